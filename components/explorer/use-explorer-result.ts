"use client";

import { startTransition, useCallback, useEffect, useMemo, useState } from "react";
import type { ListedEvent } from "@/lib/views/listed-event";
import type { ExplorerSnapshot } from "@/lib/explorer/snapshot";
import type { ExplorerQuery } from "@/lib/explorer/explorer-query";
import { explorerResult, type ExplorerResult } from "@/lib/explorer/explorer-result";
import { useExplorerData, useTextSearch } from "./use-explorer-data";
import { useFilterEngine } from "./use-filter-engine";
import { useExplorerUrl } from "./use-explorer-url";
import { whenIdle } from "../when-idle";

/** The result the explorer shows, and what it can look up beside it. */
export interface ShownResult {
  /** The server's snapshot's own result (its first page of events), or the browser's, whole. */
  result: ExplorerResult;
  eventById: (id: string) => ListedEvent | undefined;
  /** How many events a query would show; known once the data is here. */
  countWithout?: (query: ExplorerQuery) => number;
}

function fromSnapshot(snapshot: ExplorerSnapshot): ShownResult {
  // The list's own objects last, so that they win: the selection is looked up in the list.
  const known = new Map(
    [
      ...(snapshot.selected ? [snapshot.selected] : []),
      ...snapshot.related,
      ...snapshot.result.events,
    ].map((event) => [event.id, event]),
  );
  return { result: snapshot.result, eventById: (id) => known.get(id) };
}

/**
 * What the explorer shows for the page's URL: the server's snapshot at first, then, once every
 * event is here, its own filtering of them (the text search loaded when a query asks for it).
 * `busy`: a new URL's result is still on its way (the last one stays shown meanwhile);
 * `complete`: the result holds every event it matched; `settleTimeline`: the timeline's first
 * drawing is on screen, so the events may be read now; `loadError`: why the events could not be
 * fetched; `prepareSearch`: the reader is about to search (the text search is loaded then).
 */
export function useExplorerResult(snapshot: ExplorerSnapshot) {
  const { search, navigate: go } = useExplorerUrl(snapshot.search);
  // The timeline draws the server's items first; the events are read after that, or as soon as
  // the URL asks for another result (the server's items no longer show it).
  const [timelineSettled, setTimelineSettled] = useState(false);
  const settleTimeline = useCallback(() => startTransition(() => setTimelineSettled(true)), []);
  const data = useExplorerData(timelineSettled || search !== snapshot.search);
  const wantsText = Boolean(new URLSearchParams(search).get("q")?.trim());
  // The reader is about to type a search: load it now, so that it is here by the first word.
  // Else once the page is idle with every event here: a search typed at once would otherwise
  // wait for the index (about a second at 10,000 events, built in slices).
  const [aboutToSearch, setAboutToSearch] = useState(false);
  const prepareSearch = useCallback(() => setAboutToSearch(true), []);
  useEffect(() => {
    if (!data.full) return;
    const handle = whenIdle(prepareSearch);
    return () => handle.cancel();
  }, [data.full, prepareSearch]);
  const textSearch = useTextSearch(data.full, wantsText || aboutToSearch);
  const engine = useFilterEngine(data.listed, textSearch);
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

  const fromServer = useMemo(() => fromSnapshot(snapshot), [snapshot]);
  const filtered = useMemo((): ShownResult | null => {
    if (!engine) return search === snapshot.search ? fromServer : null;
    if (wantsText && !textSearch) return null;
    return {
      result: explorerResult(engine.filter, new URLSearchParams(search)),
      eventById: (id) => engine.byId.get(id),
      countWithout: (next) => engine.filter.filter(next).events.length,
    };
  }, [engine, search, snapshot.search, fromServer, wantsText, textSearch]);

  // Until the data (or the text search) is here for a new URL, keep showing the last result.
  const [last, setLast] = useState(fromServer);
  if (filtered && filtered !== last) setLast(filtered);
  const shown = filtered ?? last;
  const busy = filtered === null;
  return {
    search,
    go,
    shown,
    busy,
    complete: engine !== null && !busy,
    wholeById,
    textSearch,
    prepareSearch,
    settleTimeline,
    loadError: data.error,
  };
}
