import type { ExplorerResult } from "@/lib/explorer/explorer-result";
import type { ResultTimeline } from "@/lib/explorer/timeline-data";
import type { TimelineModel } from "@/lib/timeline/timeline-items";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";

/** What the timeline draws. */
export type TimelineSource =
  /**
   * The explorer's result, its entries derived in the timeline's chunk; `serverModel`: the
   * server's items, while the result is the server's snapshot (which holds its first page only).
   */
  | { result: ExplorerResult; serverModel: TimelineModel | null }
  /** A result's entries and lanes, derived on the server (the embed). */
  | { timeline: ResultTimeline };

/** The explorer's zoom controls, keys and rows control, and what they report. */
export interface TimelineControls {
  /** Called after the user pans or zooms (not for changes made through props). */
  onWindowChange: (window: TimelineWindow) => void;
  /** Called once its first items are on screen. */
  onFirstDrawn: () => void;
  /** Enter on the timeline with an event selected: move to its details. */
  onReadDetails: () => void;
}

export interface VisTimelineProps {
  source: TimelineSource;
  selectedId: string | null;
  /** The window to show; null: fit all entries. */
  window: TimelineWindow | null;
  /** What selecting an event does: choose it (the explorer) or open its page (the embed). */
  onSelect: (id: string | null) => void;
  /** Without them (the embed): a strip of `height` that keeps nothing selected. */
  controls?: TimelineControls;
  /** A fixed height in pixels; without it the height follows the rows. */
  height?: number;
}
