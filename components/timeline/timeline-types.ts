import type { TimelineEntry, TimelineLane, TimelineWindow } from "@/lib/timeline-types";

export interface EventTimelineProps {
  entries: TimelineEntry[];
  /** null: one lane for everything. */
  lanes: TimelineLane[] | null;
  selectedId: string | null;
  /** null: fit all entries. */
  window: TimelineWindow | null;
  onSelect: (id: string | null) => void;
  /** Called after the user pans or zooms (not for changes made through props). */
  onWindowChange: (window: TimelineWindow) => void;
}
