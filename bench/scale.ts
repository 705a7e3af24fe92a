// npm run bench:scale: the site with 1,000 and 10,000 synthetic events, each store built on its
// own (the home page's data is made at build time, so a store is built with the DATA_DIR it is
// served with). For each size N:
//   1. generate tmp/synthetic-N (bench/synthetic-store.ts), validate and load it in Node, time
//      the explorer's filter per query;
//   2. NEXT_DIST_DIR=.next-scale-N DATA_DIR=tmp/synthetic-N next build (timed; .next untouched),
//      with the compile hints that `npm run build` adds;
//   3. next start on that build: first and next request to / and to an event page that was not
//      prerendered; Chromium: first timeline paint, list rows, repaint after filter changes;
//      the server's memory (RSS after start and after the browser run, peak VmHWM);
//   4. delete tmp/synthetic-N and .next-scale-N (a store left in the project is traced into the
//      next build) unless BENCH_KEEP=1.
// Environment: BENCH_SIZES (1000,10000), BENCH_PORT (3300; size i uses BENCH_PORT + i),
// BENCH_KEEP=1, CHROMIUM_PATH. Run alone it exits 1 when a budget is broken.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lazyScripts, measureBundle } from "./bundle";
import { measureHtml, measureRequests, runBrowserBench } from "./browser-bench";
import { runFilterBench } from "./filter-bench";
import { processMemory, startServer, type Server } from "./server";
import { budgeted, info, loadAverage, mb, ms, printFigures, timed, type Figure } from "./stats";
import { writeSyntheticStore } from "./synthetic-store";
import { afterBuild } from "../lib/deploy/after-build";
import { BUDGETS } from "./budgets";

export const SIZES = (process.env.BENCH_SIZES ?? "1000,10000")
  .split(",")
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0);
const BUILD_TIMEOUT_MS = 20 * 60_000;
/** Files `next build` may rewrite for a new distDir (its types folder): put back afterwards. */
const RESTORED = ["tsconfig.json", "next-env.d.ts"];

interface Built {
  ms: number;
  /** "Generating static pages (x/y)": the pages the build prerendered, when it says so. */
  pages: number | null;
  /** Event pages among the prerendered routes (prerender-manifest.json). */
  eventPages: Set<string>;
}

/** Runs `next build` into `distDir` for the store in `dataDir`. */
async function nextBuild(distDir: string, dataDir: string): Promise<Built> {
  const saved = RESTORED.filter((file) => existsSync(file)).map(
    (file) => [file, readFileSync(file)] as const,
  );
  const started = performance.now();
  let output = "";
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [path.join("node_modules", "next", "dist", "bin", "next"), "build"],
        {
          env: { ...process.env, NEXT_DIST_DIR: distDir, DATA_DIR: dataDir },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      const timer = setTimeout(() => child.kill("SIGTERM"), BUILD_TIMEOUT_MS);
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.once("error", reject);
      child.once("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    if (code !== 0) throw new Error(`next build exited with ${code}:\n${output.slice(-4000)}`);
    afterBuild(distDir); // as `npm run build` does
  } finally {
    for (const [file, content] of saved) {
      if (!readFileSync(file).equals(content)) writeFileSync(file, content);
    }
  }
  const elapsed = performance.now() - started;
  const generated = [...output.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)].at(-1);
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8"),
  ) as { routes: Record<string, unknown> };
  const eventPages = new Set(
    Object.keys(manifest.routes).filter((route) => /^\/events\/[^/]+$/.test(route)),
  );
  return { ms: elapsed, pages: generated ? Number(generated[2]) : null, eventPages };
}

/** The main build's id and when it was written: a scale build must leave both alone. */
function mainBuildStamp(): string | null {
  const file = path.resolve(".next", "BUILD_ID");
  return existsSync(file) ? `${readFileSync(file, "utf8")}@${statSync(file).mtimeMs}` : null;
}

const memory = (server: Server) => {
  const m = processMemory(server.pid);
  return m ? { rss: mb(m.rss), peak: mb(m.peak) } : { rss: "n/a", peak: "n/a" };
};

async function benchSize(events: number, port: number): Promise<Figure[]> {
  const dataDir = path.resolve(`tmp/synthetic-${events}`);
  const distDir = `.next-scale-${events}`;
  const budgets: Figure[] = [];
  console.log(`\n=== ${events} events (load average ${loadAverage()}) ===`);
  try {
    const written = timed(() => writeSyntheticStore(dataDir, { events }));
    const { sources, actors, places } = written.value;
    printFigures(`Synthetic store (${path.relative(process.cwd(), dataDir)})`, [
      info(
        `generated ${events} events, ${sources} sources, ${actors} actors, ${places} places`,
        ms(written.ms),
      ),
    ]);

    const filtering = runFilterBench(dataDir);
    printFigures("Validating and loading the store in Node", filtering.load);
    budgets.push(...filtering.load.filter((figure) => figure.pass !== undefined));
    if (filtering.queries.length === 0) throw new Error("the synthetic store is not valid");
    printFigures("Filtering in Node (lib/explorer/filter-events.ts)", filtering.queries);
    budgets.push(...filtering.queries);

    const before = mainBuildStamp();
    const built = await nextBuild(distDir, dataDir);
    const untouched = mainBuildStamp() === before;
    const buildFigures: Figure[] = [
      {
        ...info(`next build (${distDir})`, ms(built.ms)),
        note: `${built.pages ?? "?"} pages prerendered, of which ${built.eventPages.size} event pages`,
      },
      {
        name: "main build (.next) left alone",
        value: untouched ? "yes" : "no",
        budget: "yes",
        pass: untouched,
      },
    ];
    printFigures(`Build (load average ${loadAverage()})`, buildFigures);
    budgets.push(buildFigures[1]!);

    const server = await startServer({ port, dataDir, distDir });
    try {
      const afterStart = memory(server);
      const home = await measureHtml(`${server.url}/`);
      // An event page the build did not make: made on its first request, then cached.
      const onDemand = [...filtering.ids]
        .reverse()
        .find((id) => !built.eventPages.has(`/events/${id}`));
      const eventPage = onDemand
        ? await measureRequests(`${server.url}/events/${onDemand}`, "an event page not prerendered")
        : { figures: [info("an event page not prerendered", "none: all were prerendered")] };
      printFigures(`Server (next start, ${distDir})`, [
        ...home.figures,
        ...eventPage.figures.map((figure, i) =>
          i === 0 && onDemand ? { ...figure, note: `/events/${onDemand}; ${figure.note}` } : figure,
        ),
      ]);
      budgets.push(...eventPage.figures.filter((figure) => figure.pass !== undefined));

      const browser = await runBrowserBench(`${server.url}/`);
      const firstLoad = measureBundle(home.html, distDir).firstLoad;
      const lazy = lazyScripts(distDir, browser.scripts, firstLoad);
      const browserFigures = [...browser.loadFigures, browser.rows, lazy];
      printFigures(`Page / in Chromium ${browser.browserVersion}`, browserFigures);
      budgets.push(...browserFigures.filter((figure) => figure.pass !== undefined));
      printFigures("Filter change → next frame with list and timeline updated", [
        ...browser.changes,
        budgeted("slowest change", browser.slowest, BUDGETS.changeRepaintMs, ms, true),
      ]);
      budgets.push(...browser.changes);

      const afterBrowser = memory(server);
      const ended = server.ended();
      if (ended) {
        console.warn(`\nThe server ${ended}`);
        budgets.push({
          name: "server still running after the browser run",
          value: "no",
          pass: false,
        });
      }
      printFigures("Memory of the server process (/proc/<pid>/status)", [
        info("RSS after start", afterStart.rss),
        info("RSS after the requests and the browser run", afterBrowser.rss),
        info("peak RSS (VmHWM)", afterBrowser.peak),
      ]);
    } finally {
      await server.stop();
    }
  } catch (error) {
    console.error(`\n${events} events: ${error instanceof Error ? error.message : String(error)}`);
    budgets.push({ name: `scale bench at ${events} events`, value: "error", pass: false });
  } finally {
    if (!process.env.BENCH_KEEP) {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(distDir, { recursive: true, force: true });
    }
  }
  // Each size's figures are named by their size in the summary of broken budgets.
  return budgets.map((figure) => ({ ...figure, name: `${events}: ${figure.name}` }));
}

/** Every size in turn; returns the figures that have a budget. */
export async function runScaleBench({
  port = Number(process.env.BENCH_PORT ?? 3300),
}: { port?: number } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [i, events] of SIZES.entries()) figures.push(...(await benchSize(events, port + i)));
  return figures;
}

/** Prints the broken budgets, if any, and sets the exit code. */
export function report(figures: readonly Figure[]) {
  const failed = figures.filter((figure) => figure.pass === false);
  console.log(`\nLoad average at the end: ${loadAverage()}`);
  if (failed.length === 0) {
    console.log("All budgets met.");
    return;
  }
  console.log(`${failed.length} budget(s) broken:`);
  for (const figure of failed)
    console.log(`  FAIL ${figure.name}: ${figure.value} (budget ${figure.budget ?? "—"})`);
  process.exitCode = 1;
}
