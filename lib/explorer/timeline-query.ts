/**
 * What the explorer's page itself asks of the timeline's state, apart from lib/explorer/timeline-data.ts
 * so that the page's first scripts do not carry the timeline's derivations.
 */
import type { ExplorerQuery } from "./explorer-query";
import type { TimelineWindow } from "../timeline/timeline-types";

/** The window a query asks the timeline to show; null (fit all) unless it sets both ends. */
export const queryWindow = ({ start, end }: ExplorerQuery): TimelineWindow | null =>
  start && end ? { start, end } : null;

/** Query parameters that change which items the timeline draws in detail, not what it sums up. */
const DETAIL_PARAMS = ["start", "end", "event"];

/**
 * Whether the timeline's items for one URL query still show the result of another: they do
 * when the two differ only in the window or the selection (the same events in the same lanes).
 * A static export's page holds the items for no query at all.
 */
export function sameTimelineResult(search: string, other: string): boolean {
  const canonical = (query: string) => {
    const params = new URLSearchParams(query);
    for (const key of DETAIL_PARAMS) params.delete(key);
    params.sort();
    return params.toString();
  };
  return canonical(search) === canonical(other);
}
