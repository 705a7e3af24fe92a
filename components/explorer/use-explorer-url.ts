"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  parseExplorerQuery,
  serializeExplorerQuery,
  type ExplorerQuery,
  type QueryNotice,
  type QueryVocabulary,
} from "@/lib/explorer-query";

/** "push" makes a history entry (a person's change); "replace" amends the current one. */
export type HistoryMode = "push" | "replace";

/**
 * The explorer's state, read from the URL with the same parser the server uses, and a way to
 * change it. Changes are shallow history.pushState/replaceState updates (no server round trip);
 * Next.js keeps useSearchParams in step with them and with back/forward.
 */
export function useExplorerUrl(vocabulary: QueryVocabulary) {
  const search = useSearchParams().toString();
  const fromUrl = useMemo(
    () => parseExplorerQuery(new URLSearchParams(search), vocabulary),
    [search, vocabulary],
  );

  // The router reports a pushed URL a little later; until it does, show the change at once
  // (a checkbox must not flick back). Once the URL has caught up, it is the truth again.
  const [pending, setPending] = useState<{ search: string; query: ExplorerQuery } | null>(null);
  if (pending && pending.search === search) setPending(null);
  // Back/forward may land before the router reported the pushed URL: the history entry wins.
  useEffect(() => {
    const drop = () => setPending(null);
    window.addEventListener("popstate", drop);
    return () => window.removeEventListener("popstate", drop);
  }, []);

  const navigate = useCallback((next: ExplorerQuery, mode: HistoryMode) => {
    const qs = serializeExplorerQuery(next);
    if (qs === window.location.search.slice(1)) return;
    // Compared with useSearchParams().toString(), which spells commas as %2C.
    setPending({ search: new URLSearchParams(qs).toString(), query: next });
    const url = qs ? `?${qs}` : window.location.pathname;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  return pending && pending.search !== search
    ? { query: pending.query, notices: [] as QueryNotice[], navigate }
    : { ...fromUrl, navigate };
}
