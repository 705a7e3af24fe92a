import {
  MAX_NOTICES_PER_PARAM,
  parseExplorerQuery,
  type ExplorerQuery,
  type QueryVocabulary,
} from "../../explorer/explorer-query";
import { shown } from "../../text/shown";
import { FACET_TABLE, FACETS, type Facet } from "../../explorer/facets";
import type { ApiFilters, ApiParameterProblem } from "./types";

/** The home page's parameters that filter or order the list. */
export const FILTER_PARAMS = [
  "q",
  "from",
  "to",
  ...FACET_TABLE.map((row) => row.param),
  "thread",
  "expected",
  "sort",
] as const;

/**
 * The home page's display settings (grouping, timeline window, selected event): accepted, so
 * a link copied from the page works here, and ignored — they cannot change the list, so even a
 * value the page would correct is no reason to refuse the request.
 */
export const DISPLAY_PARAMS = ["group", "start", "end", "event"] as const;

const KNOWN_PARAMS: ReadonlySet<string> = new Set([...FILTER_PARAMS, ...DISPLAY_PARAMS]);

/** Parameters that take one value: given twice, the request is ambiguous and refused. */
const SINGLE_VALUE_PARAMS: ReadonlySet<string> = new Set([
  "q",
  "from",
  "to",
  "thread",
  "expected",
  "sort",
]);

type ApiQueryResult =
  { ok: true; query: ExplorerQuery } | { ok: false; parameters: ApiParameterProblem[] };

/**
 * The list's query, read by the home page's own parser (lib/explorer/explorer-query.ts), but strictly:
 * where the page drops or corrects a value and says so, the API refuses the request and names
 * every parameter at fault. A parameter the page does not know (a typo such as `types=`) is
 * refused too, rather than silently giving the unfiltered list.
 */
export function parseApiQuery(
  params: URLSearchParams,
  vocabulary: QueryVocabulary,
): ApiQueryResult {
  const problems: ApiParameterProblem[] = [];
  const filterParams = new URLSearchParams();
  const unknown = new Set<string>();
  for (const [name, value] of params) {
    if (!KNOWN_PARAMS.has(name)) unknown.add(name);
    else if (!(DISPLAY_PARAMS as readonly string[]).includes(name))
      filterParams.append(name, value);
  }
  for (const name of [...unknown].slice(0, MAX_NOTICES_PER_PARAM)) {
    problems.push({
      name,
      message: `Unknown parameter “${shown(name)}”: use ${FILTER_PARAMS.join(", ")}.`,
    });
  }
  if (unknown.size > MAX_NOTICES_PER_PARAM) {
    problems.push({
      name: "(other)",
      message: `…and ${unknown.size - MAX_NOTICES_PER_PARAM} more unknown parameters.`,
    });
  }
  for (const name of SINGLE_VALUE_PARAMS) {
    const count = params.getAll(name).length;
    if (count > 1) {
      problems.push({ name, message: `“${name}” takes one value; it was given ${count} times.` });
    }
  }
  const { query, notices } = parseExplorerQuery(filterParams, vocabulary);
  for (const { param, message } of notices) problems.push({ name: param, message });
  return problems.length > 0 ? { ok: false, parameters: problems } : { ok: true, query };
}

/** The filters of a query, as the list answer reports them (the display settings left out). */
export const apiFilters = (query: ExplorerQuery): ApiFilters => ({
  q: query.q,
  from: query.from,
  to: query.to,
  ...(Object.fromEntries(FACETS.map((facet) => [facet, [...query[facet]]])) as Pick<
    ApiFilters,
    Facet
  >),
  thread: query.thread,
  expected: query.expected,
  sort: query.sort,
});
