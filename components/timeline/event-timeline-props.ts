import type { ExplorerResult } from "@/lib/explorer/explorer-result";
import type { TimelineModel } from "@/lib/timeline/timeline-items";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";

export interface EventTimelineProps {
  /** The result the explorer shows; its lanes are those of its query's grouping. */
  result: ExplorerResult;
  /**
   * The server's items when `result` is the server's snapshot (which holds only the first page
   * of its events); null when it is the browser's, whole, and the timeline derives its own.
   */
  serverModel: TimelineModel | null;
  selectedId: string | null;
  /** null: fit all entries. */
  window: TimelineWindow | null;
  onSelect: (id: string | null) => void;
  /** Called after the user pans or zooms (not for changes made through props). */
  onWindowChange: (window: TimelineWindow) => void;
  /** Called once its first items are on screen. */
  onFirstDrawn: () => void;
  /** Enter on the timeline with an event selected: move to its details. */
  onReadDetails: () => void;
}
