import type { TimelineModel } from "@/lib/timeline-items";
import type { TimelineEntry, TimelineLane, TimelineWindow } from "@/lib/timeline-types";

export interface EventTimelineProps {
  /** null while the events are still on their way. */
  entries: TimelineEntry[] | null;
  /** Until `entries` are here: the items the server derived for this view, or null. */
  firstModel: TimelineModel | null;
  /** null: one lane for everything. */
  lanes: TimelineLane[] | null;
  selectedId: string | null;
  /** null: fit all entries. */
  window: TimelineWindow | null;
  onSelect: (id: string | null) => void;
  /** Called after the user pans or zooms (not for changes made through props). */
  onWindowChange: (window: TimelineWindow) => void;
  /** Called once its first items are on screen. */
  onFirstDrawn: () => void;
}
