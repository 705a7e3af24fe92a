import { TIMELINE_HEIGHT_PX, TimelineFrame } from "./timeline-frame";

/** Stands where the timeline will be, at its size, until its code and its events are here. */
export function TimelinePlaceholder() {
  return (
    <TimelineFrame>
      <div
        className="flex items-center justify-center rounded-sm border border-zinc-300 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
        style={{ height: TIMELINE_HEIGHT_PX }}
      >
        <p role="status">Loading timeline…</p>
      </div>
    </TimelineFrame>
  );
}
