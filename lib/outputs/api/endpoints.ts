import type { Store } from "../../store/build-store";
import { closestIds } from "../../views/closest-ids";
import { eventViews } from "../../views/event-view";
import type { QueryVocabulary } from "../../explorer/explorer-query";
import { eventFilterFor } from "../../explorer/snapshot";
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

interface StoreIndex {
  filter: ReturnType<typeof eventFilterFor>["filter"];
  vocabulary: QueryVocabulary;
  events: ReadonlyMap<string, ApiEvent>;
}

const indexes = new WeakMap<Store, StoreIndex>();

/** The shared filter (with its search index) and the serialized events, made once per store. */
function indexOf(store: Store): StoreIndex {
  let index = indexes.get(store);
  if (!index) {
    const { filter, vocabulary } = eventFilterFor(eventViews(store));
    const events = new Map(store.events.map((event) => [event.id, toApiEvent(store, event)]));
    index = { filter, vocabulary, events };
    indexes.set(store, index);
  }
  return index;
}

/** Shortened, for quoting an id back in an error. */
const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

const notFound = (what: string, id: string, ids: readonly string[]) =>
  ({
    status: 404,
    body: { error: `No ${what} with id “${shown(id)}”.`, suggestions: closestIds(id, ids) },
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
