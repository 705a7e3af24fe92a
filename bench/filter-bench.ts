/**
 * Filtering in Node: the explorer's filter (lib/filter-events.ts) over the synthetic store, as the
 * page runs it in the browser. Queries are written as URL query strings and parsed by the app's
 * own parser, so they are exactly what a link would ask for.
 */
import { buildStore } from "@/lib/build-store";
import { eventViews } from "@/lib/event-view";
import { parseExplorerQuery } from "@/lib/explorer-query";
import { createEventSearch } from "@/lib/event-search";
import { createEventFilter } from "@/lib/filter-events";
import { readStore } from "@/lib/read-store";
import { budgeted, info, median, ms, percentile, timed, type Figure } from "./stats";

export const QUERY_P95_BUDGET_MS = 16;
const WARM_UP = 5;
const RUNS = 100;

/** Representative queries; the ids are those of bench/synthetic-store.ts. */
export const QUERIES: { name: string; url: string }[] = [
  { name: "no filter", url: "" },
  { name: "text with a typo", url: "q=maritme" },
  { name: "common word", url: "q=security" },
  { name: "type", url: "type=meeting" },
  { name: "actor", url: "actor=coast-guard-command" },
  { name: "place", url: "place=port-alvara" },
  { name: "publisher", url: "publisher=benchmark-herald" },
  { name: "date range", url: "from=2010&to=2015-06" },
  {
    name: "combined",
    url: "q=training&type=assistance,offer&actor=synthetic-alliance&from=2005&to=2025",
  },
  { name: "hide expected", url: "expected=hide" },
  { name: "relevance sort", url: "q=border+security&sort=relevance" },
];

/** Validates and loads the store in `dir`, timing each step, then benchmarks the queries. */
export function runFilterBench(dir: string): { load: Figure[]; queries: Figure[]; ok: boolean } {
  const read = timed(() => readStore(dir));
  const { records, problems } = read.value;
  const store = timed(() => buildStore(records));
  const views = timed(() => eventViews(store.value));
  const created = timed(() => createEventFilter(views.value, createEventSearch(views.value)));
  const load = [
    info("read + validate (readStore)", `${ms(read.ms)}, ${problems.length} problem(s)`),
    info("buildStore", ms(store.ms)),
    info(`eventViews (${views.value.length} events)`, ms(views.ms)),
    info("createEventFilter (search index, facets)", ms(created.ms)),
  ];
  if (problems.length > 0) return { load, queries: [], ok: false };

  const { filter, vocabulary } = created.value;
  const queries = QUERIES.map(({ name, url }) => {
    const { query, notices } = parseExplorerQuery(new URLSearchParams(url), vocabulary);
    if (notices.length > 0) throw new Error(`query "${url}": ${notices.join(" ")}`);
    let shown = 0;
    for (let i = 0; i < WARM_UP; i++) shown = filter(query).events.length;
    const times = Array.from({ length: RUNS }, () => timed(() => filter(query)).ms);
    return {
      ...budgeted(`p95 ${name}`, percentile(times, 95), QUERY_P95_BUDGET_MS, ms, true),
      note: `?${url} → ${shown} events; median ${ms(median(times))}, ${RUNS} runs`,
    };
  });
  return { load, queries, ok: queries.every((figure) => figure.pass) };
}
