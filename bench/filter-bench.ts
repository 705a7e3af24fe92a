/**
 * Filtering in Node: the explorer's filter (lib/explorer/filter-events.ts) over the synthetic store, as the
 * page runs it in the browser. Queries are written as URL query strings and parsed by the app's
 * own parser, so they are exactly what a link would ask for.
 */
import { buildStore, type StoreEvent } from "@/lib/store/build-store";
import { eventViews } from "@/lib/views/event-view";
import { parseExplorerQuery } from "@/lib/explorer/explorer-query";
import { createEventSearch } from "@/lib/explorer/event-search";
import { createEventFilter } from "@/lib/explorer/filter-events";
import { formatProblem, readStore } from "@/lib/store/read-store";
import { budgeted, info, median, ms, percentile, timed, type Figure } from "./stats";
import { BUDGETS } from "./budgets";

const QUERY_P95_BUDGET_MS = BUDGETS.filterP95Ms;
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

/** How varied a store is: date precisions, types, actors, sources, years, statuses. */
export function variety(events: readonly StoreEvent[]): string {
  const kinds = new Map<string, number>();
  const count = (key: string) => kinds.set(key, (kinds.get(key) ?? 0) + 1);
  for (const { date } of events) {
    if (date.includes("/")) count("interval");
    else if (/[~?%]/.test(date)) count("uncertain/approximate");
    else count(["", "year", "month", "day"][date.split("-").length] ?? "other");
  }
  const distinct = (values: Iterable<string>) => new Set(values).size;
  const years = events.map((event) => event.sortKey.slice(0, 4)).sort();
  const share = [...kinds]
    .map(([kind, n]) => `${kind} ${Math.round((100 * n) / events.length)} %`)
    .join(", ");
  return (
    `${share}; ${distinct(events.map((e) => e.type))} types, ` +
    `${distinct(events.flatMap((e) => e.actors))} actors, ` +
    `${distinct(events.flatMap((e) => e.sources.map((s) => s.source)))} sources cited, ` +
    `${distinct(events.map((e) => e.status))} statuses, years ${years[0]}–${years.at(-1)}`
  );
}

/** Validates and loads the store in `dir`, timing each step, then benchmarks the queries. */
export function runFilterBench(dir: string): {
  load: Figure[];
  queries: Figure[];
  ok: boolean;
  /** The events' ids, in the store's order. */
  ids: string[];
} {
  const read = timed(() => readStore(dir));
  const { records, problems } = read.value;
  const store = timed(() => buildStore(records));
  const views = timed(() => eventViews(store.value));
  const created = timed(() => createEventFilter(views.value, createEventSearch(views.value)));
  const load = [
    {
      ...budgeted("schema and source checks (readStore): problems", problems.length, 0, String),
      note: problems.slice(0, 3).map(formatProblem).join("; "),
    },
    {
      ...info("variety", `${store.value.events.length} events`),
      note: variety(store.value.events),
    },
    info("read + validate (readStore)", ms(read.ms)),
    info("buildStore", ms(store.ms)),
    info(`eventViews (${views.value.length} events)`, ms(views.ms)),
    info("createEventFilter (search index, facets)", ms(created.ms)),
  ];
  const ids = store.value.events.map((event) => event.id);
  if (problems.length > 0) return { load, queries: [], ok: false, ids };

  const { filter, vocabulary } = created.value;
  const queries = QUERIES.map(({ name, url }) => {
    const { query, notices } = parseExplorerQuery(new URLSearchParams(url), vocabulary);
    if (notices.length > 0) throw new Error(`query "${url}": ${notices.join(" ")}`);
    let shown = 0;
    for (let i = 0; i < WARM_UP; i++) shown = filter(query).events.length;
    const times = Array.from({ length: RUNS }, () => timed(() => filter(query)).ms);
    return {
      ...budgeted(`p95 ${name}`, percentile(times, 95), QUERY_P95_BUDGET_MS, ms),
      note: `?${url} → ${shown} events; median ${ms(median(times))}, ${RUNS} runs`,
    };
  });
  return { load, queries, ok: queries.every((figure) => figure.pass), ids };
}
