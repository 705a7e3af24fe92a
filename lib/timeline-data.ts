import { datedBy } from "./attribution";
import type { ListedEvent } from "./event-view";
import type { ExplorerQuery, Grouping } from "./explorer-query";
import type { Facet, FacetOption } from "./filter-events";
import { buildModel, type TimelineModel } from "./timeline-items";
import type { TimelineEntry, TimelineLane, TimelineWindow } from "./timeline-types";

/** The result as the timeline draws it, with each event's lanes for the chosen grouping. */
export function timelineEntries(events: readonly ListedEvent[], group: Grouping): TimelineEntry[] {
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    label: event.label,
    datedBy: datedBy(event.sources),
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

/** The window a query asks the timeline to show; null (fit all) unless it sets both ends. */
export const queryWindow = ({ start, end }: ExplorerQuery): TimelineWindow | null =>
  start && end ? { start, end } : null;

/** Query parameters that change which items the timeline draws in detail, not what it sums up. */
const DETAIL_PARAMS = ["start", "end", "event"];

/**
 * Whether the timeline's items for one URL query still show the result of another: they do
 * when the two differ only in the window or the selection (the same events in the same lanes).
 * A static export's page holds the items for no query at all.
 */
export function sameTimelineResult(search: string, other: string): boolean {
  const canonical = (query: string) => {
    const params = new URLSearchParams(query);
    for (const key of DETAIL_PARAMS) params.delete(key);
    params.sort();
    return params.toString();
  };
  return canonical(search) === canonical(other);
}

/**
 * What the timeline draws first for a result: the query's window (or all) in view, its
 * selection drawn. The server sends it with the page, so the timeline is drawn as soon as its
 * code is here; the browser later derives the same items, by the same functions, from every
 * event, and vis has nothing to redraw.
 */
export function firstTimelineModel(
  events: readonly ListedEvent[],
  query: ExplorerQuery,
  facets: Record<Facet, FacetOption[]>,
): TimelineModel {
  const entries = timelineEntries(events, query.group);
  return buildModel(entries, timelineLanes(entries, query.group, facets), {
    visible: queryWindow(query),
    selectedId: query.event,
  });
}
