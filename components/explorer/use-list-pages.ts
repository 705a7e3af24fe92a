"use client";

import { useCallback, useState } from "react";
import { PAGE_SIZE } from "@/lib/explorer/explorer-data";

/**
 * The list's pages: PAGE_SIZE rows at first and one more page per `showMore`, and always as far
 * as the selected event (`selectedIndex`, -1 for none). `firstPage` starts again (new filters).
 */
export function useListPages<T>(events: readonly T[], selectedIndex: number) {
  const [pageCount, setPageCount] = useState(1);
  const showMore = useCallback(() => setPageCount((count) => count + 1), []);
  const firstPage = useCallback(() => setPageCount(1), []);
  const listed = events.slice(0, Math.max(pageCount * PAGE_SIZE, selectedIndex + 1));
  return { listed, showMore, firstPage };
}
