import type { EventView, SourceView } from "./event-view";
import type { ExplorerQuery, QueryNotice } from "./explorer-query";
import type { Facet, FacetOption } from "./filter-events";

/** List rows rendered at first, and added per "Show more": 10,000 results stay fast. */
export const PAGE_SIZE = 100;

/** Where the browser fetches every event for filtering (app/explorer-data.json/route.ts). */
export const EXPLORER_DATA_PATH = "/explorer-data.json";

/**
 * Every event as the browser fetches it, once, after the page has been drawn: the event views
 * with each source written once rather than in every event that cites it (at 10,000 events that
 * is a third of the size).
 */
export interface ExplorerData {
  sources: SourceView[];
  events: (Omit<EventView, "sources"> & { sourceIds: string[] })[];
}

export function toExplorerData(views: readonly EventView[]): ExplorerData {
  const sources = new Map<string, SourceView>();
  const events = views.map(({ sources: cited, ...event }) => {
    for (const source of cited) sources.set(source.id, source);
    return { ...event, sourceIds: cited.map((source) => source.id) };
  });
  return { sources: [...sources.values()], events };
}

export function fromExplorerData(data: ExplorerData): EventView[] {
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  return data.events.map(({ sourceIds, ...event }) => ({
    ...event,
    sources: sourceIds.flatMap((id) => sources.get(id) ?? []),
  }));
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
