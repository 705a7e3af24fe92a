"use client";

import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "./timeline.css";
import {
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from "react";
import { afterNextFrame } from "../after-next-frame";
import { TimelineFrame, type ZoomAction } from "./timeline-frame";
import { TIMELINE_KEYS_ID } from "./timeline-legend";
import { resultTimeline } from "@/lib/explorer/timeline-data";
import { buildModel, chronological, stepEntry } from "@/lib/timeline/timeline-items";
import type { TimelineEntry, TimelineWindow } from "@/lib/timeline/timeline-types";
import type { VisTimelineProps } from "./vis-timeline-props";
import { VisAdapter } from "./vis-adapter";

const KEY_ZOOM: Record<string, ZoomAction> = { "+": "in", "=": "in", "-": "out", "0": "fit" };

/** How long panning or zooming pauses before the items are redrawn for the new window. */
const SETTLE_MS = 150;

/**
 * vis-timeline, for the explorer and the embed, through the one adapter (VisAdapter). Only the
 * loader (vis-timeline-loader.tsx) imports it, so that vis and the timeline's derivations stay in
 * their own chunk.
 */
export default function VisTimeline({
  source,
  selectedId,
  window: requestedWindow,
  onSelect,
  controls,
  height,
}: VisTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<VisAdapter | null>(null);
  const [overflowing, setOverflowing] = useState(false);
  const [allRows, setAllRows] = useState(false);
  const serverModel = "serverModel" in source ? source.serverModel : null;
  // Derived here, in the timeline's own chunk, not in the page's first scripts.
  const derived =
    "timeline" in source ? source.timeline : serverModel ? null : resultTimeline(source.result);
  const entries = derived?.entries ?? null;
  // The window in view decides which entries are drawn one by one (see buildModel). At first it
  // is the one asked for, as on the server (lib/explorer/timeline-data.ts, firstTimelineModel).
  const [visible, setVisible] = useState(requestedWindow);
  const model = useMemo(
    () =>
      derived ? buildModel(derived.entries, derived.lanes, { visible, selectedId }) : serverModel,
    [derived, serverModel, visible, selectedId],
  );
  // The entries the window was last fitted to; null: the server's first model ("unset" before).
  const shownEntries = useRef<TimelineEntry[] | null | undefined>(undefined);
  const sorted = useMemo(() => chronological(entries ?? []), [entries]);
  // Compare the window by value: callers may pass a new object on every render.
  const windowStart = requestedWindow?.start ?? null;
  const windowEnd = requestedWindow?.end ?? null;

  // vis fires these long after the effect that registered them: always use the latest props.
  const reportSelect = useEffectEvent((id: string | null) => onSelect(id));
  const reportWindow = useEffectEvent((range: TimelineWindow) => controls?.onWindowChange(range));
  const reportDrawn = useEffectEvent(() => controls?.onFirstDrawn());
  // Without controls (the embed), selecting opens a page: nothing stays selected.
  const keepsSelection = controls !== undefined;

  // One adapter per mount; strict mode mounts twice, so destroy it on cleanup. Layout effects,
  // here and below: vis then draws in the frame that follows the commit, not one (or several
  // busy tasks) later.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const adapter: VisAdapter = new VisAdapter(
      container,
      {
        onSelect: (id) => {
          if (!keepsSelection) adapter.select(null);
          reportSelect(id);
        },
        onWindowChange: (range) => reportWindow(range),
        onVisibleChange: (range) => {
          clearTimeout(timer);
          timer = setTimeout(() => setVisible(range), SETTLE_MS);
        },
        onOverflowChange: setOverflowing,
      },
      { height },
    );
    adapterRef.current = adapter;
    return () => {
      clearTimeout(timer);
      adapterRef.current = null;
      adapter.destroy();
    };
  }, [height, keepsSelection]);

  // Props → vis. Declared after the effect above so they run after it in the same commit.
  useLayoutEffect(() => {
    const adapter = adapterRef.current;
    if (!adapter || !model) return;
    const changed = adapter.sync(model);
    // Refit for other entries, not for a model redrawn because the window or selection moved.
    // The entries that replace the server's model draw the same items, unless the filters
    // changed meanwhile: refit only if the items changed.
    const previous = shownEntries.current;
    const entriesChanged =
      previous === undefined ||
      (previous === null
        ? changed
        : entries === null ||
          previous.length !== entries.length ||
          previous.some((entry, index) => entry.id !== entries[index]?.id));
    shownEntries.current = entries;
    const request =
      windowStart !== null && windowEnd !== null ? { start: windowStart, end: windowEnd } : null;
    adapter.showWindow(request, entriesChanged);
    if (previous === undefined) void afterNextFrame().then(() => reportDrawn());
  }, [model, entries, windowStart, windowEnd]);

  useLayoutEffect(() => {
    adapterRef.current?.select(selectedId);
  }, [selectedId, model]);

  if (!controls) {
    return <div ref={containerRef} className="event-timeline embed-timeline" style={{ height }} />;
  }

  const zoom = (action: ZoomAction) => {
    const adapter = adapterRef.current;
    if (adapter) controls.onWindowChange(adapter.zoom(action));
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const adapter = adapterRef.current;
    if (!adapter || event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    if (key === "ArrowRight" || key === "ArrowLeft") {
      const step = key === "ArrowRight" ? 1 : -1;
      const next = stepEntry(sorted, selectedId, step, adapter.getWindow());
      if (next) onSelect(next);
    } else if (key === "Home" || KEY_ZOOM[key]) {
      zoom(KEY_ZOOM[key] ?? "fit");
    } else if (key === "Enter" && selectedId) {
      controls.onReadDetails();
    } else {
      return;
    }
    event.preventDefault(); // keep the page from scrolling
  };

  const showAllRows = (all: boolean) => {
    setAllRows(all);
    adapterRef.current?.showAllRows(all);
  };

  return (
    <TimelineFrame
      onZoom={zoom}
      rows={
        // The fade at the timeline's foot (timeline.css) and this control say rows are hidden.
        (overflowing || allRows) && (
          <button
            type="button"
            data-testid="timeline-more"
            aria-pressed={allRows}
            onClick={() => showAllRows(!allRows)}
            className="min-h-11 px-1 text-sm font-semibold text-blue-700 underline underline-offset-2 sm:min-h-8 dark:text-blue-300"
          >
            All rows
          </button>
        )
      }
    >
      <div
        ref={containerRef}
        id="timeline-view"
        tabIndex={0}
        role="group"
        aria-label="Timeline of events; use the list for full details"
        aria-roledescription="timeline"
        aria-describedby={TIMELINE_KEYS_ID}
        onKeyDown={onKeyDown}
        className={`event-timeline rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#1d4ed8] dark:focus-visible:outline-[#60a5fa] ${overflowing && !allRows ? "tl-overflowing" : ""}`}
      />
    </TimelineFrame>
  );
}
