import type { ListedEvent } from "./event-view";
import type { Grouping } from "./explorer-query";
import type { Facet, FacetOption } from "./filter-events";
import type { TimelineEntry, TimelineLane } from "./timeline-types";

/** The result as the timeline draws it, with each event's lanes for the chosen grouping. */
export function timelineEntries(events: readonly ListedEvent[], group: Grouping): TimelineEntry[] {
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    label: event.label,
    earliest: event.earliest,
    latest: event.latest,
    precise: event.precise,
    expected: event.status === "expected",
    lanes:
      group === "actor"
        ? event.actors.map((actor) => actor.id)
        : group === "type"
          ? [event.type]
          : [],
  }));
}

/** The lanes that hold at least one entry, in the facet's order; null when not grouped. */
export function timelineLanes(
  entries: TimelineEntry[],
  group: Grouping,
  facets: Record<Facet, FacetOption[]>,
): TimelineLane[] | null {
  if (group === "none") return null;
  const used = new Set(entries.flatMap((entry) => entry.lanes));
  return facets[group === "actor" ? "actors" : "types"]
    .filter((option) => used.has(option.id))
    .map((option) => ({ id: option.id, name: option.label }));
}
