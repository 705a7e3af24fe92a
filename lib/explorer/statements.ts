import type { Store } from "../store/build-store";
import { eventViews, type EventView, type QuoteView } from "../views/event-view";
import {
  dateBounds,
  MAX_NOTICES_PER_PARAM,
  parseExplorerQuery,
  type ExplorerQuery,
  type QueryNotice,
} from "./explorer-query";
import { shown } from "../text/shown";
import { eventFilterFor } from "./event-filter";
import { onceFor } from "../store/per-store";
import { EVENT_TYPES } from "../store/event-types";
import type { EventType, Named } from "../store/schema";

/**
 * /statements: every quote of the store as a row — the words, who speaks, the publisher and the
 * publication date, and the event it supports — filtered by the explorer's own parameters
 * (q, type, publisher, thread, from, to, read by parseExplorerQuery) and by `speaker`.
 * Dates here are publication dates: when the words were published, not when the event happened.
 */
export interface StatementRow {
  eventId: string;
  eventTitle: string;
  eventLabel: string;
  eventType: EventType;
  sourceId: string;
  sourceTitle: string;
  publisher: string;
  publisherId: string;
  /** ISO date the source was published, and its label ("16 Feb 2017"). */
  published: string;
  publishedLabel: string;
  url: string | null;
  quote: QuoteView;
}

interface StatementQuery {
  /** The explorer's filters; from/to apply to publication dates. */
  filters: ExplorerQuery;
  /** Actor ids: only their direct and reported words. */
  speakers: string[];
}

interface StatementsIndex {
  rows: StatementRow[];
  /** The named speakers and the publishers of the rows, by name: the filters' options. */
  speakers: Named[];
  publishers: Named[];
}

/**
 * Every quote of `views` as a row, oldest publication first (then in the events' order), made
 * once per list. The views are the server's (eventViews) or, in the static export, the ones the
 * browser reads from the explorer's data files: the same rows either way.
 */
export const statementsIndex = onceFor((views: readonly EventView[]): StatementsIndex => {
  const rows = views.flatMap((view) =>
    view.quotes.flatMap((quote): StatementRow[] => {
      const source = view.sources.find((candidate) => candidate.id === quote.sourceId);
      if (!source) return [];
      return [
        {
          eventId: view.id,
          eventTitle: view.title,
          eventLabel: view.label,
          eventType: view.type,
          sourceId: source.id,
          sourceTitle: source.title,
          publisher: source.publisher,
          publisherId: source.publisherId,
          published: source.published,
          publishedLabel: source.publishedLabel,
          url: source.url,
          quote,
        },
      ];
    }),
  );
  // A stable sort: rows of one day keep the events' chronological order.
  rows.sort((a, b) => a.published.localeCompare(b.published));
  const speakers = new Map<string, string>();
  const publishers = new Map<string, string>();
  for (const row of rows) {
    if (row.quote.speaker?.actor) speakers.set(row.quote.speaker.actor, row.quote.speaker.name);
    publishers.set(row.publisherId, row.publisher);
  }
  const byName = (map: Map<string, string>): Named[] =>
    [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { rows, speakers: byName(speakers), publishers: byName(publishers) };
});

/** The parameters /statements reads; the explorer's view settings mean nothing here. */
const STATEMENT_PARAMS = ["q", "from", "to", "type", "publisher", "thread", "speaker"];

export function parseStatementQuery(
  views: readonly EventView[],
  params: URLSearchParams,
): { query: StatementQuery; notices: QueryNotice[] } {
  const { vocabulary } = eventFilterFor(views);
  const own = new URLSearchParams();
  for (const [key, value] of params) if (STATEMENT_PARAMS.includes(key)) own.append(key, value);
  const { query: filters, notices } = parseExplorerQuery(own, vocabulary);
  const known = new Set(statementsIndex(views).speakers.map((speaker) => speaker.id));
  const asked = [
    ...new Set(
      params
        .getAll("speaker")
        .flatMap((value) => value.split(","))
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = asked.filter((id) => !known.has(id));
  for (const id of unknown.slice(0, MAX_NOTICES_PER_PARAM))
    notices.push({ param: "speaker", message: `Ignored unknown speaker “${shown(id)}”.` });
  return { query: { filters, speakers: asked.filter((id) => known.has(id)) }, notices };
}

/**
 * The rows a query selects, oldest first. The text search, type and thread pick events (the
 * explorer's filter); publisher, speaker and the date range (inclusive, by publication) pick rows.
 */
export function filterStatements(
  views: readonly EventView[],
  { filters, speakers }: StatementQuery,
) {
  const { filter } = eventFilterFor(views);
  const events = new Set(
    filter({ ...filters, from: null, to: null, publishers: [], sort: "date" }).events.map(
      (event) => event.id,
    ),
  );
  const from = filters.from ? dateBounds(filters.from)?.earliest : undefined;
  const to = filters.to ? dateBounds(filters.to)?.latest : undefined;
  const { rows } = statementsIndex(views);
  return rows.filter(
    (row) =>
      events.has(row.eventId) &&
      (!from || row.published >= from) &&
      (!to || row.published <= to) &&
      (filters.publishers.length === 0 || filters.publishers.includes(row.publisherId)) &&
      (speakers.length === 0 || speakers.includes(row.quote.speaker?.actor ?? "")),
  );
}

/** The query string of a statements view (defaults left out), without the leading "?". */
export function serializeStatementQuery({ filters, speakers }: StatementQuery): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null) => value && params.set(key, value);
  set("q", filters.q);
  set("speaker", speakers.join(","));
  set("publisher", filters.publishers.join(","));
  set("thread", filters.thread);
  set("type", filters.types.join(","));
  set("from", filters.from);
  set("to", filters.to);
  return params.toString().replace(/%2C/g, ",");
}

/** The columns of the statements CSV, in order; one row per quote. */
export const STATEMENT_COLUMNS = [
  "published",
  "publisher",
  "source_id",
  "source_title",
  "source_url",
  "speaker",
  "speaker_actor_id",
  "voice",
  "quote",
  "event_id",
  "event_title",
  "event_date",
  "event_type",
] as const;

type StatementCsvRow = Record<(typeof STATEMENT_COLUMNS)[number], string>;

/** A row as the downloads give it: plain strings, "" for unknown. */
export const statementRecord = (row: StatementRow): StatementCsvRow => ({
  published: row.published,
  publisher: row.publisher,
  source_id: row.sourceId,
  source_title: row.sourceTitle,
  source_url: row.url ?? "",
  speaker: row.quote.speaker?.name ?? "",
  speaker_actor_id: row.quote.speaker?.actor ?? "",
  voice: row.quote.voice,
  quote: row.quote.text,
  event_id: row.eventId,
  event_title: row.eventTitle,
  event_date: row.eventLabel,
  event_type: row.eventType,
});

/**
 * What /statements shows for a URL query, JSON-safe: on the server (the prerendered page and
 * app/filtered-statements) and, in the static export, in the browser. `downloads` is false where
 * no server cuts a view's downloads (the static export).
 */
export function statementsView(
  views: readonly EventView[],
  params: URLSearchParams,
  { downloads }: { downloads: boolean },
) {
  const { query, notices } = parseStatementQuery(views, params);
  const search = serializeStatementQuery(query);
  const suffix = search ? `?${search}` : "";
  const view = {
    query: {
      q: query.filters.q,
      speaker: query.speakers[0] ?? "",
      publisher: query.filters.publishers[0] ?? "",
      thread: query.filters.thread ?? "",
      type: query.filters.types[0] ?? "",
      from: query.filters.from ?? "",
      to: query.filters.to ?? "",
    },
    notices,
    rows: filterStatements(views, query),
    total: statementsIndex(views).rows.length,
    downloads: downloads
      ? { csv: `/download/statements.csv${suffix}`, json: `/download/statements.json${suffix}` }
      : null,
  };
  return JSON.parse(JSON.stringify(view)) as typeof view;
}

export type StatementsView = ReturnType<typeof statementsView>;

/** The choices of the filter form: the speakers and publishers quoted, the threads, the types. */
export function statementOptions(store: Store) {
  const { speakers, publishers } = statementsIndex(eventViews(store));
  return {
    speakers,
    publishers,
    threads: store.threads.map(({ id, title }) => ({ id, name: title })),
    types: EVENT_TYPES.map((type) => ({ id: type, name: type })),
  };
}

export type StatementOptions = ReturnType<typeof statementOptions>;
