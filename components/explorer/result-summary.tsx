import type { MouseEvent } from "react";
import type { ActiveFilter } from "@/lib/explorer/active-filters";
import type { ExplorerQuery, QueryNotice } from "@/lib/explorer/explorer-query";
import type { HistoryMode } from "./use-explorer-url";
import { QueryNotices } from "@/components/query-notices";
import { inPageClick } from "../in-page-click";

const chipClass =
  "inline-flex min-h-11 items-center rounded-full border border-zinc-400 px-3 text-sm hover:bg-zinc-100 focus-visible:outline-2 sm:min-h-8 dark:border-zinc-600 dark:hover:bg-zinc-800";

/**
 * "N of M events", the filters in force (each removable), one control to clear them, notices.
 * Each control is a link to the view it makes, so that it works without JavaScript too.
 */
export function ResultSummary({
  shown,
  total,
  filters,
  notices,
  countWithout,
  hrefOf,
  onChange,
  cleared,
  corrected,
}: {
  shown: number;
  total: number;
  filters: ActiveFilter[];
  notices: QueryNotice[];
  /** How many events a query would show, to say what removing a filter would bring back. */
  countWithout?: (query: ExplorerQuery) => number;
  hrefOf: (query: ExplorerQuery) => string;
  onChange: (next: ExplorerQuery, mode: HistoryMode) => void;
  /** The query without any filter. */
  cleared: ExplorerQuery;
  /** The events' words the search took its text's words for. */
  corrected: string[];
}) {
  const go = (next: ExplorerQuery) => (click: MouseEvent<HTMLAnchorElement>) => {
    if (inPageClick(click)) onChange(next, "push");
  };
  return (
    <div className="space-y-2">
      <QueryNotices notices={notices} />
      <div className="flex flex-wrap items-center gap-2">
        <p aria-live="polite" className="font-semibold" data-testid="result-count">
          {shown} of {total} events
        </p>
        {filters.map((filter) => (
          <a
            key={filter.key}
            href={hrefOf(filter.without)}
            className={chipClass}
            aria-label={`Remove filter: ${filter.label}`}
            onClick={go(filter.without)}
          >
            {filter.label} <span aria-hidden="true">×</span>
          </a>
        ))}
        {filters.length > 0 && (
          <a
            href={hrefOf(cleared)}
            onClick={go(cleared)}
            className="inline-flex min-h-11 items-center text-sm font-semibold text-blue-700 underline underline-offset-2 sm:min-h-0 dark:text-blue-300"
          >
            Clear all filters
          </a>
        )}
      </div>
      {corrected.length > 0 && (
        <p className="text-sm" data-testid="search-matched">
          Matched {corrected.map((term) => `“${term}”`).join(", ")}
        </p>
      )}
      {shown === 0 && (
        <div className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
          <p className="font-semibold">No event matches all of these filters.</p>
          <p className="text-sm">To widen the result, remove one of them:</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {filters.map((filter) => (
              <li key={filter.key}>
                <a
                  href={hrefOf(filter.without)}
                  className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
                  onClick={go(filter.without)}
                >
                  Remove “{filter.label}”
                </a>
                {countWithout && ` (${countWithout(filter.without)} events)`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
