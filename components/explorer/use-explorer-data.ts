"use client";

import { startTransition, useEffect, useState } from "react";
import type { EventView } from "@/lib/views/event-view";
import type { ListedEvent } from "@/lib/views/listed-event";
import {
  EXPLORER_INDEX_PATH,
  EXPLORER_TEXT_PATH,
  fromExplorerIndex,
  withText,
  type EventText,
  type ExplorerIndex,
} from "@/lib/explorer/explorer-data";
import type { ExplainedSearch } from "@/lib/explorer/event-search";
import { afterNextFrame } from "../after-next-frame";

interface ExplorerData {
  /** Every event as lists, filters and the timeline need it: here first. */
  listed: ListedEvent[] | null;
  /** Every event whole (with its summary, quotes…), for details and the text search. */
  full: EventView[] | null;
  error: string | null;
}

/** Fetches `path`; its body is parsed once `parseAfter` has resolved. */
export async function getJson<T>(path: string, parseAfter?: Promise<void>): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
  await parseAfter;
  return (await response.json()) as T;
}

/** A promise and the function that resolves it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * Every event, fetched once in two parts (lib/explorer/explorer-data.ts); an error says what failed.
 * The download starts at once, but the events are read only once `ready` (it then stays so):
 * at 10,000 events reading them takes the main thread for a few hundred milliseconds, which
 * the first drawing of the timeline needs more.
 */
export function useExplorerData(ready: boolean) {
  const [state, setState] = useState<ExplorerData>({ listed: null, full: null, error: null });
  const [readable] = useState(gate);
  useEffect(() => {
    if (ready) readable.open();
  }, [ready, readable]);
  useEffect(() => {
    let cancelled = false;
    const update = (change: Partial<ExplorerData>) => {
      if (!cancelled) setState((state) => ({ ...state, ...change }));
    };
    const listed = getJson<ExplorerIndex>(EXPLORER_INDEX_PATH, readable.opened).then(
      fromExplorerIndex,
    );
    // The texts (the larger file) once the page has drawn the events: at 10,000 events their
    // download and parsing would slow the index and the timeline down.
    const texts = listed.then(afterNextFrame).then(() => getJson<EventText[]>(EXPLORER_TEXT_PATH));
    // A failure is reported once, below. Rendered as a transition: filtering every event takes a
    // while, and the timeline, drawn from the server's items meanwhile, comes first.
    listed.then((events) => startTransition(() => update({ listed: events }))).catch(() => {});
    Promise.all([listed, texts])
      .then(([events, eventTexts]) =>
        startTransition(() => update({ full: withText(events, eventTexts) })),
      )
      .catch((error: unknown) =>
        update({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      cancelled = true;
    };
  }, [readable]);
  return state;
}

/**
 * The text search (MiniSearch and its index), loaded only once `events` are here and it is
 * `wanted` (the URL has a search, the reader is about to type one, or the page is idle): not in
 * the page's first work, since indexing 10,000 events takes most of a second (done in slices, so
 * the page stays responsive meanwhile).
 */
export function useTextSearch(events: readonly EventView[] | null, wanted: boolean) {
  const [search, setSearch] = useState<{
    events: readonly EventView[];
    search: ExplainedSearch;
  } | null>(null);
  const ready = search !== null && search.events === events;
  useEffect(() => {
    if (!events || ready || !wanted) return;
    let cancelled = false;
    void import("@/lib/explorer/event-search")
      .then(({ createEventSearchAsync }) => createEventSearchAsync(events))
      .then((search) => !cancelled && setSearch({ events, search }));
    return () => {
      cancelled = true;
    };
  }, [events, wanted, ready]);
  return ready ? search.search : null;
}
