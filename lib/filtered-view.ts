import type { Store } from "./build-store";
import { eventViews } from "./event-view";
import { parseExplorerQuery } from "./explorer-query";
import { eventFilterFor } from "./filter-events";

/** The events a page URL's query selects, as the explorer shows them (bad values ignored). */
export function filteredView(store: Store, params: URLSearchParams) {
  const { filter, vocabulary } = eventFilterFor(eventViews(store));
  const { query, notices } = parseExplorerQuery(params, vocabulary);
  return { query, notices, ...filter(query) };
}
