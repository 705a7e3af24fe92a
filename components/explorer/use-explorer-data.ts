"use client";

import { useEffect, useState } from "react";
import type { EventView } from "@/lib/event-view";
import { EXPLORER_DATA_PATH, fromExplorerData, type ExplorerData } from "@/lib/explorer-data";
import type { TextSearch } from "@/lib/filter-events";

/** Every event, fetched once after the page has been drawn; an error says what went wrong. */
export function useExplorerData() {
  const [state, setState] = useState<{ events: EventView[] | null; error: string | null }>({
    events: null,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    fetch(EXPLORER_DATA_PATH)
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json() as Promise<ExplorerData>;
      })
      .then((data) => !cancelled && setState({ events: fromExplorerData(data), error: null }))
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!cancelled) setState({ events: null, error: message });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

/**
 * The text search (MiniSearch and its index), loaded only once `events` are here and either a
 * search is asked for or the browser is idle: most visits never type a word, and indexing 10,000
 * events takes most of a second (done in slices, so the page stays responsive meanwhile).
 */
export function useTextSearch(events: readonly EventView[] | null, wanted: boolean) {
  const [search, setSearch] = useState<{ events: readonly EventView[]; search: TextSearch } | null>(
    null,
  );
  const ready = search !== null && search.events === events;
  useEffect(() => {
    if (!events || ready) return;
    let cancelled = false;
    const load = () =>
      import("@/lib/event-search")
        .then(({ createEventSearchAsync }) => createEventSearchAsync(events))
        .then((search) => !cancelled && setSearch({ events, search }));
    if (wanted) {
      void load();
      return () => {
        cancelled = true;
      };
    }
    // Safari has no requestIdleCallback: a timer stands in.
    const idle = "requestIdleCallback" in window;
    const id = idle
      ? window.requestIdleCallback(() => void load(), { timeout: 3000 })
      : window.setTimeout(() => void load(), 1000);
    return () => {
      cancelled = true;
      if (idle) window.cancelIdleCallback(id);
      else window.clearTimeout(id);
    };
  }, [events, wanted, ready]);
  return ready ? search.search : null;
}
