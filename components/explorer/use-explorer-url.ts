"use client";

import { useCallback, useSyncExternalStore } from "react";

/** "push" makes a history entry (a person's change); "replace" amends the current one. */
export type HistoryMode = "push" | "replace";

/** The same query spelled the same way ("a=1,2" and "a=1%2C2" are one query). */
const canonicalSearch = (search: string) => new URLSearchParams(search).toString();

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const locationSearch = () => canonicalSearch(window.location.search);

/**
 * The page URL's query string, and a way to change it with a shallow history entry (no server
 * round trip). While hydrating it is the query the server rendered (`serverSearch`): a static
 * export renders without one and picks up the real query right after.
 */
export function useExplorerUrl(serverSearch: string) {
  const search = useSyncExternalStore(subscribe, locationSearch, () => serverSearch);
  const navigate = useCallback((next: string, mode: HistoryMode) => {
    if (canonicalSearch(next) === locationSearch()) return;
    const url = next ? `?${next}` : window.location.pathname;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    for (const listener of listeners) listener();
  }, []);
  return { search, navigate };
}
