"use client";

import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "../timeline/timeline.css";
import "./embed-timeline.css";
import { useEffect, useMemo, useRef, useState } from "react";
import { DataSet } from "vis-data/peer";
import { Timeline, type IdType, type TimelineOptions } from "vis-timeline/peer";
import {
  BUCKET_PREFIX,
  DAY_MS,
  buildModel,
  diffRows,
  parseWindow,
  toWindow,
  type VisGroup,
  type VisItem,
} from "@/lib/timeline-items";
import type { TimelineWindow } from "@/lib/timeline-types";
import { EMBED_TIMELINE_HEIGHT_PX, type EmbedTimelineProps } from "./embed-timeline-types";

const NO_ANIMATION = { animation: false };
const YEAR_MS = 365.25 * DAY_MS;

const OPTIONS: TimelineOptions = {
  height: `${EMBED_TIMELINE_HEIGHT_PX}px`,
  orientation: "top",
  maxMinorChars: 4,
  showCurrentTime: false,
  zoomable: true,
  // The wheel scrolls (the host page, or the lanes); Ctrl + wheel and pinching zoom.
  zoomKey: "ctrlKey",
  verticalScroll: true,
  moveable: true,
  stack: true,
  margin: { axis: 6, item: { horizontal: 4, vertical: 4 } },
  zoomMin: 7 * DAY_MS,
  zoomMax: 30 * YEAR_MS,
  selectable: true,
  multiselect: false,
  // Content is escaped by buildModel already; vis's own filter stays on as a second line of defence.
  xss: { disabled: false },
};

/** The window that shows every item, with room on the right for the last point's title. */
function fitWindow(items: VisItem[]): { start: number; end: number } | null {
  if (items.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const { start, end } of items) {
    first = Math.min(first, start.getTime());
    last = Math.max(last, (end ?? start).getTime());
  }
  const span = Math.max(last - first, 7 * DAY_MS);
  return { start: first - span * 0.03, end: last + span * 0.25 };
}

/**
 * vis-timeline for the embed. The entries are fixed for the page (the server filtered them), so
 * the timeline is made once; only the year bands of a large result are redrawn as the user pans
 * (see buildModel). Selecting an event opens its permalink in a new tab: inside an iframe on
 * another site, the reader leaves the host page only if they ask to.
 */
export default function VisEmbedTimeline({
  entries,
  lanes,
  window: requested,
  permalinkBase,
}: EmbedTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<VisItem> | null>(null);
  const shownItems = useRef(new Map<string, VisItem>());
  const [visible, setVisible] = useState<TimelineWindow | null>(null);
  const model = useMemo(() => buildModel(entries, lanes, { visible }), [entries, lanes, visible]);
  const modelRef = useRef(model);
  const initial = useRef({ model, requested });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { model: first, requested: window0 } = initial.current;
    const items = new DataSet<VisItem>(first.items);
    shownItems.current = new Map(first.items.map((item) => [item.id, item]));
    const timeline = new Timeline(container, items, OPTIONS);
    if (first.groups) timeline.setGroups(new DataSet<VisGroup>(first.groups));
    const range = (window0 && parseWindow(window0)) ?? fitWindow(first.items);
    if (range) timeline.setWindow(range.start, range.end, NO_ANIMATION);

    timeline.on("select", ({ items: selected }: { items: IdType[] }) => {
      timeline.setSelection([]);
      if (selected.length === 0) return;
      const id = String(selected[0]);
      const bucket = id.startsWith(BUCKET_PREFIX) ? shownItems.current.get(id) : undefined;
      if (bucket?.end) {
        // A band of a year's events: zoom into that year.
        timeline.setWindow(bucket.start, bucket.end, NO_ANIMATION);
        return;
      }
      const entryId = modelRef.current.entryIdByItem.get(id);
      if (entryId) {
        window.open(`${permalinkBase}${encodeURIComponent(entryId)}`, "_blank", "noopener");
      }
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    timeline.on("rangechanged", (changed: { start: Date; end: Date }) => {
      clearTimeout(timer);
      timer = setTimeout(() => setVisible(toWindow(changed)), 150);
    });

    timelineRef.current = timeline;
    itemsRef.current = items;
    return () => {
      clearTimeout(timer);
      timelineRef.current = null;
      itemsRef.current = null;
      timeline.destroy();
    };
  }, [permalinkBase]);

  // A new model (only when a large result's bands change with the window): apply the difference.
  useEffect(() => {
    modelRef.current = model;
    const items = itemsRef.current;
    if (!items) return;
    const { remove, upsert } = diffRows(shownItems.current, model.items);
    if (remove.length === 0 && upsert.length === 0) return;
    items.remove(remove);
    items.update(upsert);
    shownItems.current = new Map(model.items.map((item) => [item.id, item]));
  }, [model]);

  return (
    <div
      ref={containerRef}
      className="event-timeline embed-timeline"
      style={{ height: EMBED_TIMELINE_HEIGHT_PX }}
    />
  );
}
