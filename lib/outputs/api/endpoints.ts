import type { Store } from "../../store/build-store";
import { perStore } from "../../store/per-store";
import { closestIds } from "../../views/closest-ids";
import { parseExplorerQuery } from "../../explorer/explorer-query";
import { eventFilterFor } from "../../explorer/event-filter";
import { eventViews } from "../../views/event-view";
import { shown } from "../../text/shown";
import { apiFilters, parseApiQuery } from "./query";
import { toApiEvent, toApiSource, toApiSourceSummary, toApiThread } from "./serialize";
import type {
  ApiBadRequest,
  ApiEvent,
  ApiEventList,
  ApiNotFound,
  ApiSource,
  ApiSourceList,
  ApiThread,
  ApiThreadList,
} from "./types";

/** What an endpoint answers, before it becomes an HTTP response (lib/outputs/api/http.ts). */
export type ApiResult<T> =
  | { status: 200; body: T }
  | { status: 400; body: ApiBadRequest }
  | { status: 404; body: ApiNotFound };

/** The shared filter (with its search index) and the serialized events, made once per store. */
const indexOf = perStore((store) => {
  const { filter, vocabulary } = eventFilterFor(eventViews(store));
  const events: ReadonlyMap<string, ApiEvent> = new Map(
    store.events.map((event) => [event.id, toApiEvent(store, event)]),
  );
  return { filter, vocabulary, events };
});

const notFound = (what: string, id: string, ids: readonly string[]) =>
  ({
    status: 404,
    body: { error: `No ${what} with id “${shown(id, 80)}”.`, suggestions: closestIds(id, ids) },
  }) as const;

/**
 * GET /api/events: the events the home page would list for the same query, oldest first (by
 * relevance for `sort=relevance` with a search text), or 400 naming every bad parameter.
 */
export function listEvents(store: Store, params: URLSearchParams): ApiResult<ApiEventList> {
  const { filter, vocabulary, events } = indexOf(store);
  const parsed = parseApiQuery(params, vocabulary);
  if (!parsed.ok) {
    return {
      status: 400,
      body: { error: "Bad query parameters", parameters: parsed.parameters },
    };
  }
  const result = filter(parsed.query);
  return {
    status: 200,
    body: {
      total: result.total,
      count: result.events.length,
      filters: apiFilters(parsed.query),
      events: result.events.map((view) => events.get(view.id)!),
    },
  };
}

/**
 * GET /download/events.json: the events the home page lists for its URL query, in the API's
 * shape. Forgiving as the page is: a bad value is ignored (the page said so), not refused.
 */
export function downloadEvents(store: Store, params: URLSearchParams): ApiEventList {
  const { filter, vocabulary, events } = indexOf(store);
  const { query } = parseExplorerQuery(params, vocabulary);
  const result = filter(query);
  return {
    total: result.total,
    count: result.events.length,
    filters: apiFilters(query),
    events: result.events.map((view) => events.get(view.id)!),
  };
}

/** GET /api/events/<id> */
export function getEvent(store: Store, id: string): ApiResult<ApiEvent> {
  const event = indexOf(store).events.get(id);
  if (event) return { status: 200, body: event };
  return notFound(
    "event",
    id,
    store.events.map((e) => e.id),
  );
}

/** GET /api/sources: every source, oldest first (as the sources page lists them). */
export function listSources(store: Store): ApiResult<ApiSourceList> {
  const sources = [...store.sources]
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))
    .map((source) => toApiSourceSummary(store, source));
  return { status: 200, body: { count: sources.length, sources } };
}

/** GET /api/sources/<id> */
export function getSource(store: Store, id: string): ApiResult<ApiSource> {
  const source = store.getSource(id);
  if (source) return { status: 200, body: toApiSource(store, source) };
  return notFound(
    "source",
    id,
    store.sources.map((s) => s.id),
  );
}

/** GET /api/threads: every thread, by title. */
export function listThreads(store: Store): ApiResult<ApiThreadList> {
  const threads = store.threads.map((thread) => toApiThread(store, thread));
  return { status: 200, body: { count: threads.length, threads } };
}

/** GET /api/threads/<id> */
export function getThread(store: Store, id: string): ApiResult<ApiThread> {
  const thread = store.getThread(id);
  if (thread) return { status: 200, body: toApiThread(store, thread) };
  return notFound(
    "thread",
    id,
    store.threads.map((t) => t.id),
  );
}
