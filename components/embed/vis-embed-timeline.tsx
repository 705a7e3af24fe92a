"use client";

import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "../timeline/timeline.css";
import "./embed-timeline.css";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { buildModel } from "@/lib/timeline/timeline-items";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";
import { TimelineView } from "../timeline/timeline-view";
import { EMBED_TIMELINE_HEIGHT_PX, type EmbedTimelineProps } from "./embed-timeline-types";

const ignore = () => {};

/**
 * vis-timeline for the embed, through the explorer's adapter (TimelineView) at a fixed height.
 * The entries are fixed for the page (the server filtered them), so only the year bands of a
 * large result are redrawn as the user pans (see buildModel). Selecting an event opens its
 * permalink in a new tab: inside an iframe on another site, the reader leaves the host page only
 * if they ask to.
 */
export default function VisEmbedTimeline({
  entries,
  lanes,
  window: requested,
  permalinkBase,
}: EmbedTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<TimelineView | null>(null);
  const [visible, setVisible] = useState<TimelineWindow | null>(requested);
  const model = useMemo(() => buildModel(entries, lanes, { visible }), [entries, lanes, visible]);
  const opened = useRef(false);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const view: TimelineView = new TimelineView(
      container,
      {
        onSelect: (id) => {
          view.select(null);
          if (id) window.open(`${permalinkBase}${encodeURIComponent(id)}`, "_blank", "noopener");
        },
        onWindowChange: ignore,
        onVisibleChange: (range) => {
          clearTimeout(timer);
          timer = setTimeout(() => setVisible(range), 150);
        },
        onOverflowChange: ignore,
      },
      { height: EMBED_TIMELINE_HEIGHT_PX },
    );
    viewRef.current = view;
    opened.current = false;
    return () => {
      clearTimeout(timer);
      viewRef.current = null;
      view.destroy();
    };
  }, [permalinkBase]);

  // A new model (only when a large result's bands change with the window): apply the difference.
  // The window asked for (or all) is shown once, when the first items are in.
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.sync(model);
    if (!opened.current) view.showWindow(requested, true);
    opened.current = true;
  }, [model, requested]);

  return (
    <div
      ref={containerRef}
      className="event-timeline embed-timeline"
      style={{ height: EMBED_TIMELINE_HEIGHT_PX }}
    />
  );
}
