import {
  LISTED_FIELDS,
  listedEvent,
  type EventView,
  type ListedEvent,
  type Named,
  type SourceView,
} from "./event-view";
import type { ExplorerQuery, QueryNotice } from "./explorer-query";
import type { Facet, FacetOption } from "./filter-events";
import type { TimelineModel } from "./timeline-items";

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

/**
 * The index: the listed events, with each source, actor and place written once in a table and
 * referred to by its position there, not written out in every event that names it.
 */
export interface ExplorerIndex {
  sources: SourceView[];
  actors: Named[];
  places: Named[];
  events: (Omit<ListedEvent, "sources" | "actors" | "places"> & {
    sources: number[];
    actors: number[];
    places: number[];
  })[];
}

/** Collects the distinct values of a table, giving each its position. */
function table<T extends { id: string }>() {
  const positions = new Map<string, number>();
  const rows: T[] = [];
  const at = (row: T) => {
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
  const sources = table<SourceView>();
  const actors = table<Named>();
  const places = table<Named>();
  const events = views.map((view) => ({
    ...listedEvent(view),
    sources: view.sources.map(sources.at),
    actors: view.actors.map(actors.at),
    places: view.places.map(places.at),
  }));
  return { sources: sources.rows, actors: actors.rows, places: places.rows, events };
}

const listed = new Set<string>(LISTED_FIELDS);

export function toExplorerText(views: readonly EventView[]): EventText[] {
  return views.map(
    (view) =>
      Object.fromEntries(Object.entries(view).filter(([field]) => !listed.has(field))) as EventText,
  );
}

export function fromExplorerIndex(index: ExplorerIndex): ListedEvent[] {
  const rows = <T>(positions: number[], table: T[]) => positions.flatMap((at) => table[at] ?? []);
  return index.events.map((event) => ({
    ...event,
    sources: rows(event.sources, index.sources),
    actors: rows(event.actors, index.actors),
    places: rows(event.places, index.places),
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
}
