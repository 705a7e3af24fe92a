// npm run bench: the budgets of the real store (./data, served from the production build in
// .next): sizes, Lighthouse (bench/lighthouse.ts), the TimelineJS3 comparison
// (bench/timelinejs.ts), JavaScript on against off (bench/lcp-js.ts), the map (bench/map.ts), load against `next start` and the static export (bench/load.ts),
// hostile clients beside readers (bench/hostile.ts); then
// the scale bench (bench/scale.ts: 1,000 and 10,000 synthetic events, each built on
// its own). Prints every figure with its budget, and exits 1 when a budget is broken.
// Needs the static export and a production build of ./data first, in this order (the export
// reuses .next): npm run build:export && npm run build && npm run bench. See docs/performance.md.
//
// The one script of bench/ (the other files are its library). One part alone, after a build:
//   npx tsx bench/run.ts map | lighthouse | timelinejs | lcp-js | load | hostile | scale
//   npx tsx bench/run.ts synthetic [dir] [events]   writes a synthetic store (tmp/synthetic-10000)
//
// Environment:
//   BENCH_PORT        port of the real store's `next start` (3300); the scale bench's servers
//                     use the next ports (BENCH_PORT + 1 + i for its i-th size), the static
//                     export BENCH_PORT + 50, the hostile-clients server BENCH_PORT + 51
//   BENCH_LOAD_SECONDS  seconds of load per path (20)
//   BENCH_EVENT_PAGE  the event page measured (/events/2011-nato-military-intervention-in-libya)
//   BENCH_SIZES       the scale bench's store sizes (1000,10000)
//   BENCH_SKIP_SCALE  1: the real store's budgets only
//   LCP_PAIRS         pairs of loads with JavaScript on and off (15, the least)
//   BENCH_KEEP        1: keep the scale bench's tmp/synthetic-N and .next-scale-N
//   CHROMIUM_PATH     the browser (/usr/bin/chromium)
import { existsSync } from "node:fs";
import path from "node:path";
import { BUDGETS, bytes } from "./budgets";
import { measureBundle, measureHomePage, measurePageScripts } from "./bundle";
import { LIGHT_PAGES } from "./pages";
import { measureHtml } from "./browser-bench";
import { runLighthouse } from "./lighthouse";
import { runHostileBench } from "./hostile";
import { runLoadBenchWithExport } from "./load";
import { measureMap } from "./map";
import { report, runScaleBench } from "./scale";
import { startServer } from "./server";
import { info, loadAverage, machine, printFigures, type Figure } from "./stats";
import { DEFAULT_EVENTS, writeSyntheticStore } from "./synthetic-store";
import { runTimelineJsComparison } from "./timelinejs";
import { runScriptLcpComparison } from "./lcp-js";
import { loadStore } from "@/lib/store/store";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const EVENT_PAGE =
  process.env.BENCH_EVENT_PAGE ?? "/events/2011-nato-military-intervention-in-libya";
const NEXT_DIR = ".next";
/** The static export (out/) is served here for the load bench's side-by-side column. */
const STATIC_PORT = PORT + 50;
const HOSTILE_PORT = PORT + 51;

/** The real store's budgets: what `/` and an event page send, from the build in .next. */
async function realStore(): Promise<Figure[]> {
  const store = loadStore(path.resolve("data"));
  const server = await startServer({ port: PORT });
  try {
    const home = await measureHtml(`${server.url}/`);
    const page = await measureHomePage(
      server.url,
      home.html,
      store.events.map((event) => event.title),
    );
    printFigures(`Page / with the real store (${store.events.length} events, ./data)`, [
      ...home.figures,
      ...page,
    ]);
    const bundle = measureBundle(home.html, NEXT_DIR);
    printFigures("Bundle of / (.next/static, gzip)", bundle.figures);
    const event = await measurePageScripts(server.url, EVENT_PAGE, bytes(BUDGETS.eventPageJsKb));
    printFigures("Event page (gzip)", event);
    const others = [];
    for (const { path: other } of LIGHT_PAGES)
      others.push(...(await measurePageScripts(server.url, other, bytes(BUDGETS.firstLoadJsKb))));
    printFigures("Threads and statements (gzip)", others);
    const map = await measureMap(server.url, home.html, store, EVENT_PAGE);
    printFigures("Map (gzip)", map);
    const lighthouse = await runLighthouse(server.url);
    const timelineJs = await runTimelineJsComparison({ appUrl: server.url });
    const scriptLcp = await runScriptLcpComparison(server.url);
    const load = await runLoadBenchWithExport(server.url, STATIC_PORT);
    return [
      ...page,
      ...bundle.figures,
      ...event,
      ...others,
      ...map,
      ...lighthouse,
      ...timelineJs,
      ...scriptLcp,
      ...load,
    ];
  } finally {
    await server.stop();
  }
}

/** Hostile clients beside readers, on a server of its own bound to loopback (bench/hostile.ts). */
async function hostile(): Promise<Figure[]> {
  const figures = await runHostileBench(HOSTILE_PORT);
  printFigures("Hostile clients beside readers (next start -H 127.0.0.1)", figures);
  return figures;
}

function requireBuild() {
  if (!existsSync(path.join(NEXT_DIR, "BUILD_ID"))) {
    console.error("No production build in .next: run `npm run build` first, then `npm run bench`.");
    process.exit(1);
  }
}

/** `next start` on the real store for one part run alone, stopped after it. */
async function withServer(port: number, measure: (url: string) => Promise<Figure[]>) {
  const server = await startServer({ port, dataDir: path.resolve("data") });
  try {
    return await measure(server.url);
  } finally {
    await server.stop();
  }
}

/** Each part alone, by name: its figures, printed under its title (null: the part prints them). */
const PARTS: Record<string, { title: string | null; run: () => Promise<Figure[]> }> = {
  map: {
    title: "Map (gzip)",
    run: () =>
      withServer(PORT, async (url) =>
        measureMap(url, await (await fetch(`${url}/`)).text(), loadStore("data"), EVENT_PAGE),
      ),
  },
  lighthouse: { title: null, run: () => withServer(PORT, runLighthouse) },
  timelinejs: { title: null, run: () => runTimelineJsComparison() },
  "lcp-js": { title: null, run: () => withServer(PORT, (url) => runScriptLcpComparison(url)) },
  load: {
    title: "Load benchmark",
    run: () =>
      withServer(PORT, async (url) => [
        ...(await runLoadBenchWithExport(url, STATIC_PORT)),
        info("load average after", loadAverage()),
      ]),
  },
  hostile: { title: "Hostile clients", run: () => runHostileBench(HOSTILE_PORT) },
  scale: { title: null, run: () => runScaleBench({ port: PORT + 1 }) },
};

async function main(): Promise<Figure[]> {
  const [part, ...args] = process.argv.slice(2);
  if (part === "synthetic") {
    // Writes a store, measures nothing: no figures, no budgets.
    const events = Number(args[1] ?? DEFAULT_EVENTS);
    const dir = path.resolve(args[0] ?? `tmp/synthetic-${events}`);
    const summary = writeSyntheticStore(dir, { events });
    console.log(
      `wrote ${summary.events} events, ${summary.sources} sources, ${summary.actors} actors, ${summary.places} places to ${path.relative(process.cwd(), dir)}`,
    );
    return [];
  }
  if (part && !PARTS[part]) {
    console.error(`Unknown part "${part}": use ${Object.keys(PARTS).join(", ")} or synthetic.`);
    process.exit(2);
  }
  requireBuild();
  console.log(`Machine: ${machine()}, load average ${loadAverage()}`);
  if (part) {
    const { title, run } = PARTS[part]!;
    const figures = await run();
    if (title) printFigures(title, figures);
    return figures;
  }
  const figures = [...(await realStore()), ...(await hostile())];
  if (!process.env.BENCH_SKIP_SCALE) figures.push(...(await runScaleBench({ port: PORT + 1 })));
  return figures;
}

main()
  .then(report)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
