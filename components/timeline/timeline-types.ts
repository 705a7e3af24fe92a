import type { ListedEvent } from "@/lib/views/listed-event";
import type { Grouping } from "@/lib/explorer/explorer-query";
import type { Facet, FacetOption } from "@/lib/explorer/filter-events";
import type { TimelineModel } from "@/lib/timeline/timeline-items";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";

export interface EventTimelineProps {
  /** The result, in order; null while the events are still on their way. */
  events: readonly ListedEvent[] | null;
  /** How lanes are made, and the facets that name and order them. */
  group: Grouping;
  facets: Record<Facet, FacetOption[]>;
  /** Until `events` are here: the items the server derived for this view, or null. */
  firstModel: TimelineModel | null;
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
