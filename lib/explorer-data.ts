import type { EventView, ListedEvent, SourceView } from "./event-view";
import type { ExplorerQuery, QueryNotice } from "./explorer-query";
import type { Facet, FacetOption } from "./filter-events";

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

/** The index: listed events with each source written once, not in every event citing it. */
export interface ExplorerIndex {
  sources: SourceView[];
  events: (Omit<ListedEvent, "sources"> & { sourceIds: string[] })[];
}

/** The rest of each event, in the index's order. */
export type EventText = Omit<EventView, keyof ListedEvent>;

export function toExplorerIndex(views: readonly EventView[]): ExplorerIndex {
  const sources = new Map<string, SourceView>();
  const events = views.map((view) => {
    for (const source of view.sources) sources.set(source.id, source);
    return {
      id: view.id,
      title: view.title,
      label: view.label,
      type: view.type,
      status: view.status,
      earliest: view.earliest,
      latest: view.latest,
      precise: view.precise,
      year: view.year,
      actors: view.actors,
      places: view.places,
      sourceIds: view.sources.map((source) => source.id),
    };
  });
  return { sources: [...sources.values()], events };
}

export function toExplorerText(views: readonly EventView[]): EventText[] {
  return views.map((view) => ({
    summary: view.summary,
    edtf: view.edtf,
    longLabel: view.longLabel,
    precisionWords: view.precisionWords,
    dateText: view.dateText,
    dateSourceId: view.dateSourceId,
    tags: view.tags,
    quotes: view.quotes,
    relatedIds: view.relatedIds,
  }));
}

export function fromExplorerIndex(index: ExplorerIndex): ListedEvent[] {
  const sources = new Map(index.sources.map((source) => [source.id, source]));
  return index.events.map(({ sourceIds, ...event }) => ({
    ...event,
    sources: sourceIds.flatMap((id) => sources.get(id) ?? []),
  }));
}

/** Whole views again: each listed event with its text (the two lists share their order). */
export function withText(listed: readonly ListedEvent[], texts: readonly EventText[]): EventView[] {
  if (texts.length !== listed.length) throw new Error("The event texts do not match the index.");
  return listed.map((event, i) => ({ ...event, ...texts[i]! }));
}

/**
 * What the server drew for the URL it was asked (`search`, canonical form), so that the page
 * reads before the data arrives: the first page of the result, the facets and the selection.
 */
export interface ExplorerSnapshot {
  search: string;
  query: ExplorerQuery;
  notices: QueryNotice[];
  /** The first PAGE_SIZE events of the result, in order. */
  page: EventView[];
  matched: number;
  total: number;
  facets: Record<Facet, FacetOption[]>;
  /** The selected event, and the events it links to, when the URL selects one. */
  selected: EventView | null;
  related: EventView[];
}
