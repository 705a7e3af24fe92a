// npm run bench: bundle sizes, filtering in Node and repaint in Chromium with 10,000 synthetic
// events. Prints every figure with its budget, and exits 1 when a budget is broken.
// Needs a production build: npm run build && npm run bench. See docs/performance.md.
// BENCH_EVENTS (10000), BENCH_PORT (3300), BENCH_KEEP_STORE=1 to keep tmp/synthetic-<events>.
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { lazyScripts, measureBundle } from "./bundle";
import { CHANGE_BUDGET_MS, measureHtml, runBrowserBench } from "./browser-bench";
import { runFilterBench } from "./filter-bench";
import { startServer, type Server } from "./server";
import { budgeted, info, ms, printFigures, timed, type Figure } from "./stats";
import { writeSyntheticStore } from "./synthetic-store";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const NEXT_DIR = path.resolve(".next");
const DATA_DIR = path.resolve(`tmp/synthetic-${EVENTS}`);

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

async function main(): Promise<Figure[]> {
  if (!existsSync(path.join(NEXT_DIR, "BUILD_ID"))) {
    console.error("No production build in .next: run `npm run build` first, then `npm run bench`.");
    process.exit(1);
  }
  const cpus = os.cpus();
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${load()}`,
  );

  const written = timed(() => writeSyntheticStore(DATA_DIR, { events: EVENTS }));
  const { sources, actors, places } = written.value;
  printFigures(`Synthetic store (${path.relative(process.cwd(), DATA_DIR)})`, [
    info(
      `generated ${EVENTS} events, ${sources} sources, ${actors} actors, ${places} places`,
      ms(written.ms),
    ),
  ]);

  try {
    return await measure();
  } finally {
    // Left in the project, the store would be traced into the next build (lib/store.ts reads a
    // dynamic path, so Turbopack traces the whole project): remove it unless asked to keep it.
    if (!process.env.BENCH_KEEP_STORE) rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

async function measure(): Promise<Figure[]> {
  const filtering = runFilterBench(DATA_DIR);
  printFigures("Loading the store in Node", filtering.load);
  if (filtering.queries.length === 0) throw new Error("the synthetic store is not valid");
  printFigures("Filtering in Node (lib/filter-events.ts)", filtering.queries);

  const server: Server = await startServer({ port: PORT, dataDir: DATA_DIR });
  try {
    const html = await measureHtml(`${server.url}/`);
    const bundle = measureBundle(html.html, NEXT_DIR);
    printFigures("Bundle (.next/static, gzip)", bundle.figures);
    printFigures(`Page / with ${EVENTS} events (server)`, html.figures);

    const browser = await runBrowserBench(`${server.url}/`);
    const lazy = lazyScripts(NEXT_DIR, browser.scripts, bundle.firstLoad);
    printFigures(`Page / with ${EVENTS} events (Chromium ${browser.browserVersion})`, [
      ...browser.loadFigures,
      lazy,
    ]);
    printFigures("Filter change → next frame with list and timeline updated", [
      ...browser.changes,
      budgeted("slowest change", browser.slowest, CHANGE_BUDGET_MS, ms, true),
    ]);
    return [...filtering.queries, ...bundle.figures, ...browser.changes];
  } finally {
    await server.stop();
  }
}

main()
  .then((figures) => {
    const failed = figures.filter((figure) => figure.pass === false);
    console.log(`\nLoad average at the end: ${load()}`);
    if (failed.length === 0) {
      console.log("All budgets met.");
      return;
    }
    console.log(`${failed.length} budget(s) broken:`);
    for (const figure of failed)
      console.log(`  FAIL ${figure.name}: ${figure.value} (${figure.budget})`);
    process.exitCode = 1;
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
