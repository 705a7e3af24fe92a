/**
 * The one way from a URL query to what the explorer shows, for the server (the home page's
 * snapshot, the embed, the downloads) and the browser alike. Nothing here reads the store: the
 * browser's filter runs over the events it fetched.
 */
import type { ListedEvent } from "../views/listed-event";
import { parseExplorerQuery, type ExplorerQuery, type QueryNotice } from "./explorer-query";
import type { createEventFilter, FilterResult } from "./filter-events";

/** A filter over a fixed list of events, and the ids a query may name. */
export type EventFilter<T extends ListedEvent> = ReturnType<typeof createEventFilter<T>>;

/** What a URL query selects: its query as parsed, what was ignored, the events and facets. */
export interface ExplorerResult<T extends ListedEvent = ListedEvent> extends FilterResult<T> {
  query: ExplorerQuery;
  notices: QueryNotice[];
  /** How many events pass the filters; `events` may hold only the first of them (a snapshot). */
  matched: number;
}

/** The result of a URL query (bad values ignored, each with a notice). */
export function explorerResult<T extends ListedEvent>(
  { filter, vocabulary }: EventFilter<T>,
  params: URLSearchParams,
): ExplorerResult<T> {
  const { query, notices } = parseExplorerQuery(params, vocabulary);
  const result = filter(query);
  return { query, notices, ...result, matched: result.events.length };
}
