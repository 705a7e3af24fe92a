import type { Store } from "../store/build-store";
import { createEventSearch, type ExplainedSearch } from "./event-search";
import { eventViews, type EventView } from "../views/event-view";
import { listedEvent } from "../views/listed-event";
import { parseExplorerQuery } from "./explorer-query";
import { PAGE_SIZE, type ExplorerSnapshot } from "./explorer-data";
import { createEventFilter } from "./filter-events";
import { firstTimelineModel, timelineEntries } from "../timeline/timeline-data";

const filters = new WeakMap<
  readonly EventView[],
  ReturnType<typeof createEventFilter<EventView>> & { search: ExplainedSearch }
>();

/** The filter over a list of events with its search index, built once per list (server side). */
export function eventFilterFor(events: readonly EventView[]) {
  let filter = filters.get(events);
  if (!filter) {
    const search = createEventSearch(events);
    filter = { ...createEventFilter(events, search), search };
    filters.set(events, filter);
  }
  return filter;
}

/** The events a page URL's query selects, as the explorer shows them (bad values ignored). */
export function filteredView(store: Store, params: URLSearchParams) {
  const { filter, vocabulary } = eventFilterFor(eventViews(store));
  const { query, notices } = parseExplorerQuery(params, vocabulary);
  return { query, notices, ...filter(query) };
}

/** What the home page draws on the server for a URL query (see ExplorerSnapshot). */
export function explorerSnapshot(store: Store, params: URLSearchParams): ExplorerSnapshot {
  const { query, notices, events, facets, total } = filteredView(store, params);
  const views = eventViews(store);
  const selected = query.event ? (views.find((view) => view.id === query.event) ?? null) : null;
  // The list shows its first page, and as far as the selected event when it is further down.
  const selectedAt = selected ? events.indexOf(selected) : -1;
  return {
    search: params.toString(),
    query,
    notices,
    page: events.slice(0, Math.max(PAGE_SIZE, selectedAt + 1)).map(listedEvent),
    matched: events.length,
    total,
    facets,
    timeline: firstTimelineModel(events, query, facets),
    selected,
    related: selected
      ? views.filter((view) => selected.relatedIds.includes(view.id)).map(listedEvent)
      : [],
    searchMatch: query.q ? eventFilterFor(views).search.matched(query.q) : null,
  };
}

/** The result of a page URL's query as the timeline's overview strip draws it. */
export const overviewEntries = (store: Store, params: URLSearchParams) =>
  timelineEntries(filteredView(store, params).events, "none");
