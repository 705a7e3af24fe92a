import { DEFAULT_QUERY, type ExplorerQuery } from "./explorer-query";
import { FACET_TABLE, type Facet, type FacetOption } from "./facets";

/** One filter in force, described for people, with the query that drops it. */
export interface ActiveFilter {
  key: string;
  label: string;
  without: ExplorerQuery;
}

/** The filters set in a query, one entry per value, for chips and for "widen your search" hints. */
export function activeFilters(
  query: ExplorerQuery,
  options: Record<Facet, FacetOption[]>,
): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  if (query.q)
    filters.push({
      key: "q",
      label: `Text “${query.q}”`,
      without: { ...query, q: "", sort: "date" },
    });
  if (query.from)
    filters.push({ key: "from", label: `From ${query.from}`, without: { ...query, from: null } });
  if (query.to)
    filters.push({ key: "to", label: `To ${query.to}`, without: { ...query, to: null } });
  for (const { facet, label: name } of FACET_TABLE) {
    for (const id of query[facet]) {
      const label = options[facet].find((option) => option.id === id)?.label ?? id;
      filters.push({
        key: `${facet}:${id}`,
        label: `${name}: ${label}`,
        without: { ...query, [facet]: query[facet].filter((value) => value !== id) },
      });
    }
  }
  if (query.thread)
    filters.push({
      key: "thread",
      label: `Thread: ${query.thread}`,
      without: { ...query, thread: null },
    });
  if (!query.expected) {
    filters.push({
      key: "expected",
      label: "Expected events hidden",
      without: { ...query, expected: true },
    });
  }
  return filters;
}

/** The query with every filter cleared; grouping and the timeline window are kept. */
export const withoutFilters = (query: ExplorerQuery): ExplorerQuery => ({
  ...DEFAULT_QUERY,
  group: query.group,
  start: query.start,
  end: query.end,
  event: query.event,
});

/** The query's filters alone: the display settings (grouping, window, selection) reset. */
export const filtersOnly = (query: ExplorerQuery): ExplorerQuery => ({
  ...query,
  group: "none",
  start: null,
  end: null,
  event: null,
});
