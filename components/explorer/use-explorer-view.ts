"use client";

import { useCallback, useMemo, useState } from "react";
import type { ListedEvent } from "@/lib/views/listed-event";
import type { ExplorerSnapshot } from "@/lib/explorer/explorer-data";
import {
  parseExplorerQuery,
  type ExplorerQuery,
  type QueryNotice,
} from "@/lib/explorer/explorer-query";
import { createEventFilter, type Facet, type FacetOption } from "@/lib/explorer/filter-events";
import { useExplorerData, useTextSearch } from "./use-explorer-data";
import { useExplorerUrl } from "./use-explorer-url";

/** What the explorer shows: the server's snapshot at first, then its own filtering. */
export interface View {
  query: ExplorerQuery;
  notices: QueryNotice[];
  /** The result in order: all of it once the data is here, its first page before. */
  events: readonly ListedEvent[];
  matched: number;
  total: number;
  facets: Record<Facet, FacetOption[]>;
  eventById: (id: string) => ListedEvent | undefined;
  /** Whether `query.event` passes the filters. */
  selectedShown: boolean;
  /** How many events a query would show; known once the data is here. */
  countWithout?: (query: ExplorerQuery) => number;
}

function snapshotView(snapshot: ExplorerSnapshot): View {
  // The list's own objects last, so that they win: the selection is looked up in the list.
  const known = new Map(
    [...(snapshot.selected ? [snapshot.selected] : []), ...snapshot.related, ...snapshot.page].map(
      (event) => [event.id, event],
    ),
  );
  const selectedId = snapshot.selected?.id;
  return {
    query: snapshot.query,
    notices: snapshot.notices,
    events: snapshot.page,
    matched: snapshot.matched,
    total: snapshot.total,
    facets: snapshot.facets,
    eventById: (id) => known.get(id),
    selectedShown: snapshot.page.some((event) => event.id === selectedId),
  };
}

/**
 * What the explorer shows for the page's URL: the server's snapshot at first, then, once every
 * event is here, its own filtering of them (the text search loaded when a query asks for it).
 * `busy`: a new URL's view is still on its way (the last one stays shown meanwhile);
 * `complete`: the view holds the whole result; `settleTimeline`: the timeline's first drawing is
 * on screen, so the events may be read now; `loadError`: why the events could not be fetched.
 */
export function useExplorerView(snapshot: ExplorerSnapshot) {
  const { search, navigate: go } = useExplorerUrl(snapshot.search);
  // The timeline draws the server's items first; the events are read after that, or as soon as
  // the URL asks for another view (the server's items no longer show it).
  const [timelineSettled, setTimelineSettled] = useState(false);
  const settleTimeline = useCallback(() => setTimelineSettled(true), []);
  const data = useExplorerData(timelineSettled || search !== snapshot.search);
  const wantsText = Boolean(new URLSearchParams(search).get("q")?.trim());
  const textSearch = useTextSearch(data.full, wantsText);
  const engine = useMemo(() => {
    if (!data.listed) return null;
    const byId = new Map(data.listed.map((event) => [event.id, event]));
    return { byId, ...createEventFilter(data.listed, textSearch) };
  }, [data.listed, textSearch]);
  // Whole events, for the details: from the server's snapshot, then from the data.
  const wholeById = useMemo(
    () =>
      new Map(
        (data.full ?? (snapshot.selected ? [snapshot.selected] : [])).map((event) => [
          event.id,
          event,
        ]),
      ),
    [data.full, snapshot],
  );

  const fromServer = useMemo(() => snapshotView(snapshot), [snapshot]);
  const filtered = useMemo((): View | null => {
    if (!engine) return search === snapshot.search ? fromServer : null;
    const { query, notices } = parseExplorerQuery(new URLSearchParams(search), engine.vocabulary);
    if (query.q && !textSearch) return null;
    const result = engine.filter(query);
    const selected = query.event ? engine.byId.get(query.event) : undefined;
    return {
      query,
      notices,
      events: result.events,
      matched: result.events.length,
      total: result.total,
      facets: result.facets,
      eventById: (id) => engine.byId.get(id),
      selectedShown: selected !== undefined && result.events.includes(selected),
      countWithout: (next) => engine.filter(next).events.length,
    };
  }, [engine, search, snapshot.search, fromServer, textSearch]);

  // Until the data (or the text search) is here for a new URL, keep showing the last view.
  const [last, setLast] = useState(fromServer);
  if (filtered && filtered !== last) setLast(filtered);
  const view = filtered ?? last;
  const busy = filtered === null;
  const complete = engine !== null && !busy;
  return {
    search,
    go,
    view,
    busy,
    complete,
    wholeById,
    textSearch,
    settleTimeline,
    loadError: data.error,
  };
}
