import { type EventView, type Named, type SourceView } from "../views/event-view";
import { LISTED_FIELDS, type ListedEvent } from "../views/listed-event";
import type { ExplorerQuery, QueryNotice } from "./explorer-query";
import type { Facet, FacetOption } from "./filter-events";
import type { TimelineModel } from "../timeline/timeline-items";
import type { SearchMatch } from "./event-search";

/** List rows rendered at first, and added per "Show more": 10,000 results stay fast. */
export const PAGE_SIZE = 100;

/**
 * Where the browser fetches every event, in two files made at build time: first what lists,
 * filters and the timeline need (the index), then the rest, for the details and the text search
 * (app/explorer-index.json and app/explorer-text.json). At 10,000 events the index is a fifth of
 * the whole, so the timeline is drawn long before the quotes have arrived.
 */
export const EXPLORER_INDEX_PATH = "/explorer-index.json";
export const EXPLORER_TEXT_PATH = "/explorer-text.json";

/** Listed fields that name rows of the index's tables (sources, actors, places). */
const TABLED = ["sources", "actors", "places"] as const;
type Tabled = (typeof TABLED)[number];
type ListedField = (typeof LISTED_FIELDS)[number];

/**
 * The index: the listed events by column, one array per field in the events' order, so that no
 * field name is written (and parsed) once per event; each source, actor and place is written
 * once in a table and referred to by its position there. A third smaller than a list of
 * objects at 10,000 events, and quicker to parse.
 */
export interface ExplorerIndex {
  sources: SourceView[];
  actors: Named[];
  places: Named[];
  /** The tags, each written once; events name them by position, as they do sources. */
  tags: string[];
  events: {
    [F in ListedField]: F extends Tabled | "tags" ? number[][] : ListedEvent[F][];
  };
}

/** Collects the distinct values of a table, giving each its position. */
function table() {
  const positions = new Map<string, number>();
  const rows: { id: string }[] = [];
  const at = (row: { id: string }) => {
    let position = positions.get(row.id);
    if (position === undefined) {
      position = rows.push(row) - 1;
      positions.set(row.id, position);
    }
    return position;
  };
  return { rows, at };
}

/** The rest of each event, in the index's order. */
export type EventText = Omit<EventView, keyof ListedEvent>;

export function toExplorerIndex(views: readonly EventView[]): ExplorerIndex {
  const tables = { sources: table(), actors: table(), places: table() };
  const tags = table();
  const tabled = new Set<string>(TABLED);
  const column = (field: ListedField) =>
    field === "tags"
      ? views.map((view) => view.tags.map((tag) => tags.at({ id: tag })))
      : tabled.has(field)
        ? views.map((view) => (view[field] as { id: string }[]).map(tables[field as Tabled].at))
        : views.map((view) => view[field]);
  // The columns first: they fill the tables.
  const events = Object.fromEntries(
    LISTED_FIELDS.map((field) => [field, column(field)]),
  ) as ExplorerIndex["events"];
  return {
    sources: tables.sources.rows as SourceView[],
    actors: tables.actors.rows as Named[],
    places: tables.places.rows as Named[],
    tags: tags.rows.map((row) => row.id),
    events,
  };
}

const listed = new Set<string>(LISTED_FIELDS);

export function toExplorerText(views: readonly EventView[]): EventText[] {
  return views.map(
    (view) =>
      Object.fromEntries(Object.entries(view).filter(([field]) => !listed.has(field))) as EventText,
  );
}

export function fromExplorerIndex({ events: c, ...tables }: ExplorerIndex): ListedEvent[] {
  const rows = <T>(positions: number[], table: T[]) => positions.flatMap((at) => table[at] ?? []);
  // Field by field, not by looping over LISTED_FIELDS: a literal is about twice as quick to
  // make at 10,000 events, and the ListedEvent type makes sure that no field is left out.
  return c.id.map((id, i): ListedEvent => ({
    id,
    title: c.title[i]!,
    label: c.label[i]!,
    type: c.type[i]!,
    status: c.status[i]!,
    earliest: c.earliest[i]!,
    latest: c.latest[i]!,
    precise: c.precise[i]!,
    year: c.year[i]!,
    actors: rows(c.actors[i]!, tables.actors),
    places: rows(c.places[i]!, tables.places),
    tags: rows(c.tags[i]!, tables.tags),
    threads: c.threads[i]!,
    sources: rows(c.sources[i]!, tables.sources),
  }));
}

/** Whole views again: each listed event with its text (the two lists share their order). */
export function withText(listed: readonly ListedEvent[], texts: readonly EventText[]): EventView[] {
  if (texts.length !== listed.length) throw new Error("The event texts do not match the index.");
  return listed.map((event, i) => ({ ...event, ...texts[i]! }));
}

/**
 * What the server drew for the URL it was asked (`search`, canonical form), so that the page
 * reads before the data arrives: the first page of the result, the facets, the selection and the
 * timeline's first items.
 */
export interface ExplorerSnapshot {
  search: string;
  query: ExplorerQuery;
  notices: QueryNotice[];
  /** The first PAGE_SIZE events of the result, in order (as listed: the selected one is whole). */
  page: ListedEvent[];
  matched: number;
  total: number;
  facets: Record<Facet, FacetOption[]>;
  /** The timeline's first items for the result (firstTimelineModel), drawn before the data is here. */
  timeline: TimelineModel;
  /** The selected event, whole, and the events it links to, when the URL selects one. */
  selected: EventView | null;
  related: ListedEvent[];
  /** What the query's search text matched, when it has one. */
  searchMatch: SearchMatch | null;
}
