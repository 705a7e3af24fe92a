import type { TimelineEntry, TimelineLane, TimelineWindow } from "@/lib/timeline/timeline-types";

/** Height of the embed's timeline; its loading placeholder has the same, so nothing shifts. */
export const EMBED_TIMELINE_HEIGHT_PX = 170;

export interface EmbedTimelineProps {
  entries: TimelineEntry[];
  /** null: one lane for everything. */
  lanes: TimelineLane[] | null;
  /** The window to open at (the query's start/end); null: fit all entries. */
  window: TimelineWindow | null;
  /** Absolute address that an event's id is appended to, e.g. "https://…/events/". */
  permalinkBase: string;
}
