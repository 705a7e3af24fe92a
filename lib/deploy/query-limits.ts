import { shown } from "../text/shown";

// Checked by the proxy before anything is rendered, for pages and the API alike; kept apart from
// the explorer's query parser, which the browser runs too.

/**
 * What one request may ask of the server: a longer query string is answered 414, more values in
 * one parameter 400 (queryLimitProblem). Far above any real view: 25 actors and every type fit.
 */
export const MAX_SEARCH_LENGTH = 2048;
export const MAX_VALUES_PER_PARAM = 50;
/** Why a query string is refused outright (status and words for people), or null. */
export function queryLimitProblem(search: string): { status: 400 | 414; message: string } | null {
  if (search.length > MAX_SEARCH_LENGTH) {
    return {
      status: 414,
      message: `The query is ${search.length} characters long; at most ${MAX_SEARCH_LENGTH} are accepted.`,
    };
  }
  const counts = new Map<string, number>();
  for (const [key, value] of new URLSearchParams(search)) {
    const count = (counts.get(key) ?? 0) + value.split(",").length;
    counts.set(key, count);
    if (count > MAX_VALUES_PER_PARAM) {
      return {
        status: 400,
        message: `The parameter “${shown(key)}” has more than ${MAX_VALUES_PER_PARAM} values; at most ${MAX_VALUES_PER_PARAM} are accepted.`,
      };
    }
  }
  return null;
}
