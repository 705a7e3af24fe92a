import type { Store } from "../store/build-store";
import { eventViews, type EventView } from "../views/event-view";
import { listedEvent, type ListedEvent } from "../views/listed-event";
import { PAGE_SIZE } from "./explorer-data";
import { explorerResult, type ExplorerResult } from "./explorer-result";
import { eventFilterFor } from "./event-filter";
import { firstTimelineModel, timelineEntries } from "./timeline-data";
import type { SearchMatch } from "./event-search";
import type { TimelineModel } from "../timeline/timeline-items";

/** The store's events that a page URL's query selects, as the explorer shows them. */
export const storeResult = (store: Store, params: URLSearchParams) =>
  explorerResult(eventFilterFor(eventViews(store)), params);

/**
 * What the server drew for the URL it was asked (`search`, canonical form), so that the page
 * reads before the data arrives: the result with its first page of events, the selection and
 * the timeline's first items.
 */
export interface ExplorerSnapshot {
  search: string;
  /**
   * The result, its events cut to the first PAGE_SIZE (or as far as the selected one, when it is
   * further down), as listed.
   */
  result: ExplorerResult;
  /** The timeline's first items for the result (firstTimelineModel), drawn before the data is here. */
  timeline: TimelineModel;
  /** The selected event, whole, and the events it links to, when the URL selects one. */
  selected: EventView | null;
  related: ListedEvent[];
  /** What the query's search text matched, when it has one. */
  searchMatch: SearchMatch | null;
}

/** What the home page draws on the server for a URL query. */
export function explorerSnapshot(
  store: Store,
  params: URLSearchParams,
  result = storeResult(store, params),
): ExplorerSnapshot {
  const { query, events } = result;
  const views = eventViews(store);
  const selected = query.event ? (views.find((view) => view.id === query.event) ?? null) : null;
  const selectedAt = selected ? events.indexOf(selected) : -1;
  return {
    search: params.toString(),
    result: {
      ...result,
      events: events.slice(0, Math.max(PAGE_SIZE, selectedAt + 1)).map(listedEvent),
    },
    timeline: firstTimelineModel(result),
    selected,
    related: selected
      ? views.filter((view) => selected.relatedIds.includes(view.id)).map(listedEvent)
      : [],
    searchMatch: query.q ? eventFilterFor(views).search.matched(query.q) : null,
  };
}

/**
 * What the home page draws for a URL query, filtered once: the snapshot the browser takes over,
 * and every event of the result as the timeline's overview strip draws it (server HTML only).
 */
export function explorerPage(store: Store, params: URLSearchParams) {
  const result = storeResult(store, params);
  return {
    snapshot: explorerSnapshot(store, params, result),
    overview: timelineEntries(result.events, "none"),
  };
}
