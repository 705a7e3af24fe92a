// Load benchmark: autocannon (50 connections, 20 s per path, loopback only) against `next start`
// and against the static export behind a plain static server, side by side.
//   npm run build && npx tsx bench/run.ts load
// Needs the production build in .next; the static column also needs the export in out/
// (npm run build:export). BENCH_LOAD_SECONDS shortens the runs for quick trials.
// Budget per row: no errors, no timeouts, no non-2xx responses.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { startStaticServer } from "./static-server";
import { budgeted, ms, type Figure } from "./stats";
import { BUDGETS } from "./budgets";

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const WARM_UP_SECONDS = 2;

/** The part of autocannon's result used here (autocannon ships no types). */
export interface AutocannonResult {
  /** Per-second samples of completed requests; `total` is all completed requests. */
  requests: { average: number; total: number };
  /** Response times in ms. */
  latency: { p50: number; p99: number };
  /** Failed requests: connection errors and timeouts (timeouts are counted in both). */
  errors: number;
  timeouts: number;
  /** Responses outside 200–299: 1xx, 3xx (autocannon does not follow redirects), 4xx, 5xx. */
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  /** Response bytes; `total` over the whole run. */
  throughput: { total: number };
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  /** Requests taken in turn: a path, or a function that makes each request (a fresh path). */
  requests?: (
    { path: string } | { setupRequest: (request: { path: string }) => { path: string } }
  )[];
}) => PromiseLike<AutocannonResult>;
export const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** One row: the same page on both targets. */
interface Target {
  next: string;
  /** Path on the static export, or null when it has no equivalent. */
  static: string | null;
  note?: string;
}

// Ids checked against data/actors.json (nato) and lib/store/event-types.ts (meeting).
export const TARGETS: Target[] = [
  { next: "/", static: "/" },
  {
    next: "/?type=meeting&actor=nato",
    // Same index.html: the export filters in the browser.
    static: "/?type=meeting&actor=nato",
  },
  {
    next: "/events/2011-nato-military-intervention-in-libya",
    static: "/events/2011-nato-military-intervention-in-libya",
  },
  {
    next: "/api/events",
    // No server in the export to answer queries: its whole event list is the store download.
    static: "/download/store.json",
    note: "static: /download/store.json (the export has no /api/events; this file is its whole event list, unfiltered)",
  },
];

interface Row {
  server: string;
  path: string;
  result: AutocannonResult;
}

async function measure(url: string): Promise<AutocannonResult> {
  // Warm-up, not counted: the first request to / loads and validates the store, and
  // Node's JIT and the servers' caches settle.
  await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP_SECONDS });
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
}

const statuses = (result: AutocannonResult) =>
  Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");

function printTable(rows: readonly Row[]) {
  const header = [
    "path",
    "server",
    "req/s",
    "p50",
    "p99",
    "requests",
    "KB/resp",
    "errors",
    "timeouts",
    "non-2xx",
  ];
  const cells = rows.map(({ server, path: urlPath, result }) => [
    urlPath,
    server,
    result.requests.average.toFixed(0),
    ms(result.latency.p50),
    ms(result.latency.p99),
    String(result.requests.total),
    (result.throughput.total / Math.max(1, result.requests.total) / 1024).toFixed(1),
    String(result.errors),
    String(result.timeouts),
    String(result.non2xx),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((row) => row[i]!.length)),
  );
  // Text columns to the left, numbers to the right.
  const line = (row: string[]) =>
    row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(`\n  ${line(header)}`);
  for (const row of cells) console.log(`  ${line(row)}`);
}

/**
 * Loads each path on `next start` (nextUrl) and, when staticUrl is given, on the static export.
 * Prints the side-by-side table and returns one budgeted figure per row.
 */
export async function runLoadBench(options: {
  nextUrl: string;
  staticUrl: string | null;
}): Promise<Figure[]> {
  const servers = [
    { name: "next start", url: options.nextUrl, pick: (t: Target) => t.next },
    ...(options.staticUrl
      ? [{ name: "static", url: options.staticUrl, pick: (t: Target) => t.static }]
      : []),
  ];
  console.log(
    `\nLoad: ${CONNECTIONS} connections, ${SECONDS} s per path after a ${WARM_UP_SECONDS} s warm-up, on ${servers.map((s) => `${s.name} (${s.url})`).join(" and ")}`,
  );

  const rows: Row[] = [];
  const figures: Figure[] = [];
  for (const target of TARGETS) {
    for (const server of servers) {
      const urlPath = server.pick(target);
      if (urlPath === null) continue;
      const result = await measure(server.url + urlPath);
      rows.push({ server: server.name, path: urlPath, result });
      // Timeouts are already among autocannon's errors: adding them again would count them twice.
      const failures = result.errors + result.non2xx;
      figures.push({
        ...budgeted(
          `${server.name} ${urlPath}: errors + timeouts + non-2xx`,
          failures,
          BUDGETS.loadErrors,
          String,
        ),
        note:
          result.requests.total === 0
            ? `no response at all (${result.errors} errors): is ${server.name} still running?`
            : `${result.requests.average.toFixed(0)} req/s, p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}; status ${statuses(result)}`,
      });
    }
  }
  printTable(rows);
  for (const target of TARGETS)
    if (target.note && options.staticUrl) console.log(`  ${target.note}`);
  return figures;
}

/** The first port in [from, to] that nothing listens on, so we never measure someone else's server. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

/**
 * The load bench against `next start` at nextUrl and the static export in out/, served on
 * staticPort. Without an export the comparison is half missing: a failed figure, not a quiet skip.
 */
export async function runLoadBenchWithExport(nextUrl: string, staticPort: number) {
  const out = path.resolve("out");
  const hasExport = existsSync(path.join(out, "index.html"));
  const staticServer = hasExport ? await startStaticServer({ dir: out, port: staticPort }) : null;
  try {
    const figures = await runLoadBench({ nextUrl, staticUrl: staticServer?.url ?? null });
    return [
      {
        name: "static export present",
        value: hasExport ? "yes" : "no",
        pass: hasExport,
        note: hasExport
          ? undefined
          : "static column skipped: no out/index.html (npm run build:export)",
      },
      ...figures,
    ];
  } finally {
    await staticServer?.stop();
  }
}
