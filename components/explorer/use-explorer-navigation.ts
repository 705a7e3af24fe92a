"use client";

import { useCallback, useEffect, useRef } from "react";
import { serializeExplorerQuery, type ExplorerQuery } from "@/lib/explorer/explorer-query";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";
import type { HistoryMode } from "./use-explorer-url";

/**
 * The explorer's changes of its URL, from the query shown: `change` for the filters (the list
 * then starts again from its first page, `onFiltersChange`), `select` for the selection, a
 * history entry each, and `moveWindow` for the timeline's window, which amends the current one.
 */
export function useExplorerNavigation(
  query: ExplorerQuery,
  go: (search: string, mode: HistoryMode) => void,
  onFiltersChange: () => void,
) {
  // Timeline callbacks fire outside React's render: they must see the latest query.
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);
  const navigate = useCallback(
    (next: ExplorerQuery, mode: HistoryMode) => go(serializeExplorerQuery(next), mode),
    [go],
  );
  const change = useCallback(
    (next: ExplorerQuery, mode: HistoryMode) => {
      onFiltersChange();
      navigate(next, mode);
    },
    [navigate, onFiltersChange],
  );
  const select = useCallback(
    (id: string | null) => navigate({ ...latest.current, event: id }, "push"),
    [navigate],
  );
  const moveWindow = useCallback(
    ({ start, end }: TimelineWindow) => navigate({ ...latest.current, start, end }, "replace"),
    [navigate],
  );
  return { change, select, moveWindow };
}
