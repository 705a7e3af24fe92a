// Hostile clients beside real readers (docs/security.md), on `next start` bound to loopback:
//  1. 40 connections of normal pages (/, a filtered /, an event page, the API), alone;
//  2. the same 40 beside 10 connections of hostile queries (45 unknown values, 60 values, a
//     3,000-character query, made-up ids): the normal pages' p99 stays within 2× of run 1, with
//     no errors;
//  3. made-up ids only, four rounds on a server whose heap is capped at 128 MB: every answer a
//     404, the server still up (anything kept per id would fill the heap), nothing written.
//   npm run build && npx tsx bench/run.ts hostile      (BENCH_HOSTILE_SECONDS: seconds per run, 10)
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { autocannon, type AutocannonResult } from "./load";
import { processMemory, startServer } from "./server";
import { budgeted, info, mb, ms, type Figure } from "./stats";
import { BUDGETS } from "./budgets";

const SECONDS = Number(process.env.BENCH_HOSTILE_SECONDS ?? 10);
/** Rounds of made-up ids, and the heap they must fit in (room enough for the real store). */
const ROUNDS = 4;
const HEAP_MB = 128;

const NORMAL = [
  "/",
  "/?type=meeting&actor=nato",
  "/events/2011-nato-military-intervention-in-libya",
  "/api/events",
].map((urlPath) => ({ path: urlPath }));

/** A request for a path with a new made-up id ("{id}") each time it is sent. */
const madeUp = (template: string) => ({
  setupRequest: (request: { path: string }) => ({
    ...request,
    path: template.replace("{id}", `made-up-${randomUUID()}`),
  }),
});

const values = (n: number) => Array.from({ length: n }, (_, i) => `type=unknown-${i}`).join("&");
const HOSTILE = [
  ...[
    `/?${values(45)}`,
    `/api/events?${values(45)}`,
    `/?${values(60)}`,
    `/?q=${"a".repeat(3000)}`,
  ].map((urlPath) => ({ path: urlPath })),
  ...["/events/{id}/opengraph-image", "/events/{id}", "/sources/{id}"].map(madeUp),
];

const MADE_UP_IDS = [
  "/events/{id}/opengraph-image",
  "/events/{id}/twitter-image",
  "/events/{id}",
  "/sources/{id}",
  "/api/events/{id}",
].map(madeUp);

const run = (
  url: string,
  connections: number,
  requests: Parameters<typeof autocannon>[0]["requests"],
) => autocannon({ url, connections, duration: SECONDS, requests });

const fileCount = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0;

const summary = (result: AutocannonResult) =>
  `${result.requests.average.toFixed(0)} req/s, p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}, ${result.errors} errors`;

export async function runHostileBench(port: number): Promise<Figure[]> {
  return [
    ...(await hostileBeside(port)),
    ...(await madeUpIds(port)),
    info("seconds per run", String(SECONDS)),
  ];
}

/** Normal pages alone, then beside hostile queries. */
async function hostileBeside(port: number): Promise<Figure[]> {
  const server = await startServer({ port, host: "127.0.0.1" });
  try {
    const { url } = server;
    await run(url, 40, NORMAL); // warm-up: the store, the JIT
    const alone = await run(url, 40, NORMAL);
    const [beside, hostile] = await Promise.all([run(url, 40, NORMAL), run(url, 10, HOSTILE)]);
    const ratio = beside.latency.p99 / alone.latency.p99;
    return [
      {
        ...budgeted(
          "normal pages alone: errors + non-2xx",
          alone.errors + alone.non2xx,
          BUDGETS.hostileErrors,
          String,
        ),
        note: summary(alone),
      },
      {
        ...budgeted(
          "normal pages beside hostile queries: errors + non-2xx",
          beside.errors + beside.non2xx,
          BUDGETS.hostileErrors,
          String,
        ),
        note: `${summary(beside)}; hostile: ${summary(hostile)}, statuses ${Object.keys(hostile.statusCodeStats).join(" ")}`,
      },
      budgeted(
        "normal pages' p99, beside hostile ÷ alone",
        ratio,
        BUDGETS.hostileP99Ratio,
        (n) => `${n.toFixed(2)}×`,
      ),
    ];
  } finally {
    await server.stop();
  }
}

/**
 * Made-up ids alone, on a server whose heap is capped (HEAP_MB): were anything kept per id, the
 * heap would fill and the process die within the rounds; it must answer every one 404, stay
 * up, and write nothing.
 */
async function madeUpIds(port: number): Promise<Figure[]> {
  const options = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${options ?? ""} --max-old-space-size=${HEAP_MB}`.trim();
  const server = await startServer({ port, host: "127.0.0.1" });
  if (options === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = options;
  try {
    const { url } = server;
    // The first 404 has Next keep its page once; made-up ids must add nothing after that.
    await autocannon({ url, connections: 1, duration: 1, requests: MADE_UP_IDS });
    const cache = path.join(".next", "server");
    const filesBefore = fileCount(cache);
    const rss: number[] = [];
    let requests = 0;
    let failures = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const result = await run(url, 20, MADE_UP_IDS);
      requests += result.requests.total;
      const notFound = result.statusCodeStats["404"]?.count ?? 0;
      failures += result.errors + (result.requests.total - notFound);
      rss.push(processMemory(server.pid)?.rss ?? NaN);
    }
    return [
      {
        ...budgeted(
          `made-up ids (heap capped at ${HEAP_MB} MB): errors + answers other than 404`,
          failures,
          BUDGETS.hostileErrors,
          String,
        ),
        note: `${requests} requests; RSS after each round: ${rss.map(mb).join(", ")}`,
      },
      {
        name: "made-up ids: the server still up at the end",
        value: server.ended() ?? "yes",
        pass: server.ended() === null,
      },
      budgeted(
        "made-up ids: files written under .next/server",
        fileCount(cache) - filesBefore,
        BUDGETS.hostileErrors,
        String,
      ),
    ];
  } finally {
    await server.stop();
  }
}
