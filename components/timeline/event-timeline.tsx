"use client";

import dynamic from "next/dynamic";
import { TIMELINE_HEIGHT_PX, TimelineFrame } from "./timeline-frame";
import type { EventTimelineProps } from "./timeline-types";

// vis-timeline needs the DOM and is large: load it in the browser only, in its own chunk.
const VisEventTimeline = dynamic(() => import("./vis-event-timeline"), {
  ssr: false,
  loading: () => (
    <TimelineFrame>
      <div
        className="flex items-center justify-center rounded-sm border border-zinc-300 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
        style={{ height: TIMELINE_HEIGHT_PX }}
      >
        <p role="status">Loading timeline…</p>
      </div>
    </TimelineFrame>
  ),
});

/** Interactive timeline of the filtered events; the event list stays the accessible form. */
export function EventTimeline(props: EventTimelineProps) {
  return <VisEventTimeline {...props} />;
}
