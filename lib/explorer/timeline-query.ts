/**
 * What the explorer's page itself asks of the timeline's state, apart from lib/explorer/timeline-data.ts
 * so that the page's first scripts do not carry the timeline's derivations.
 */
import type { ExplorerQuery } from "./explorer-query";
import type { TimelineWindow } from "../timeline/timeline-types";

/** The window a query asks the timeline to show; null (fit all) unless it sets both ends. */
export const queryWindow = ({ start, end }: ExplorerQuery): TimelineWindow | null =>
  start && end ? { start, end } : null;
