/**
 * The home page in Chromium with the synthetic store: initial load, then the time each filter
 * change takes to reach the screen (result line and timeline updated, next frame drawn).
 */
import { chromium, type Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { chromiumLaunchOptions } from "../tests/chromium";
import { PAGE_SCRIPT } from "./page-script";
import { budgeted, info, kb, ms, type Figure } from "./stats";
import { BUDGETS } from "./budgets";

const CHANGE_BUDGET_MS = BUDGETS.changeRepaintMs;
/** From navigation start until a frame shows the timeline's first item. */
const FIRST_PAINT_BUDGET_MS = BUDGETS.firstTimelinePaintMs;
/** The list is paginated: rows rendered at once ([data-testid="event"]). */
const LIST_ROWS_BUDGET = BUDGETS.listRows;
const LOAD_TIMEOUT_MS = 180_000;
/** How long a change may take before it counts as not seen, and how long to let it settle. */
const CHANGE_TIMEOUT_MS = 10_000;
const SETTLE_MS = 1_500;
/**
 * Filter changes are timed once the page is quiet: no long task for this long (the events are
 * read after the timeline's first drawing; a change made before waits for them, and times that
 * wait, not a repaint).
 */
const QUIET_MS = 500;

interface Action {
  kind: "click" | "enter";
  selector: string;
  value?: string;
}

/** Filter changes, in order; each undoes or builds on the one before, as a person would. */
export const CHANGES: { name: string; action: Action }[] = [
  { name: "check type Meeting", action: { kind: "click", selector: "#type-meeting" } },
  { name: "uncheck type Meeting", action: { kind: "click", selector: "#type-meeting" } },
  {
    name: "check actor Coast Guard Command",
    action: { kind: "click", selector: "#actor-coast-guard-command" },
  },
  {
    name: "uncheck actor Coast Guard Command",
    action: { kind: "click", selector: "#actor-coast-guard-command" },
  },
  {
    name: 'search "security" + Enter',
    action: { kind: "enter", selector: "#search", value: "security" },
  },
  { name: "clear search + Enter", action: { kind: "enter", selector: "#search", value: "" } },
  { name: "hide expected events", action: { kind: "click", selector: "#expected" } },
  { name: "show expected events", action: { kind: "click", selector: "#expected" } },
  { name: "From 2015 + Enter", action: { kind: "enter", selector: "#date-from", value: "2015" } },
  { name: "clear From + Enter", action: { kind: "enter", selector: "#date-from", value: "" } },
];

interface Measured {
  before: string;
  after: string;
  toCount: number | null;
  toTimeline: number | null;
  toFrame: number | null;
  longTaskTotal: number;
  longTaskMax: number;
  items: number;
  rows: number;
}

/** One GET, timed until its body has arrived. */
export async function timedGet(url: string) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  const cache = response.headers.get("x-nextjs-cache");
  return { body, status: response.status, cache, ms: performance.now() - started };
}

/** The first request after start (made on demand) and the next one (cached, or made again). */
export async function measureRequests(url: string, label: string) {
  const cold = await timedGet(url);
  const warm = await timedGet(url);
  const detail = (r: typeof cold) =>
    `HTTP ${r.status}${r.cache ? `, x-nextjs-cache ${r.cache}` : ""}`;
  const figures: Figure[] = [
    { ...info(`first request to ${label}`, ms(cold.ms)), note: detail(cold) },
    { ...info(`next request to ${label}`, ms(warm.ms)), note: detail(warm) },
  ];
  if (cold.status !== 200 || warm.status !== 200)
    figures.push({ name: `${label} answers 200`, value: "no", budget: "yes", pass: false });
  return { html: warm.body, figures };
}

/** The server's answer for `/`: time (first request after start, then the next) and size. */
export async function measureHtml(url: string) {
  const { html, figures } = await measureRequests(url, "/");
  const bytes = Buffer.byteLength(html);
  const flight = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)];
  const rscBytes = flight.reduce((sum, [, payload = ""]) => sum + Buffer.byteLength(payload), 0);
  figures.push(
    info("HTML of /, raw (gzip)", `${kb(bytes)} (${kb(gzipSync(html).length)})`),
    info("  of which inline RSC payload (self.__next_f), raw", kb(rscBytes)),
  );
  return { html, figures };
}

const evaluate = <T>(page: Page, script: string) => page.evaluate(script) as Promise<T>;

export async function runBrowserBench(url: string) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // The harness evaluates its measuring code as strings, which the site's CSP (no eval) forbids.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.addInitScript(PAGE_SCRIPT);

    await page.goto(url, { waitUntil: "load", timeout: LOAD_TIMEOUT_MS });
    const first = await evaluate<{ item: number; frame: number; rows: number } | null>(
      page,
      `Promise.race([window.__bench.firstItem, new Promise((r) => setTimeout(() => r(null), ${LOAD_TIMEOUT_MS}))])`,
    );
    if (!first) throw new Error(`the timeline showed no item within ${LOAD_TIMEOUT_MS} ms`);
    const load = await evaluate<{ ttfb: number; html: number; dcl: number; onload: number }>(
      page,
      `(() => { const n = performance.getEntriesByType("navigation")[0];
        return { ttfb: n.responseStart, html: n.responseEnd, dcl: n.domContentLoadedEventEnd, onload: n.loadEventEnd }; })()`,
    );
    const loadTasks = await evaluate<number[]>(
      page,
      `window.__bench.longTasks.filter((t) => t.start < ${first.frame}).map((t) => t.duration)`,
    );
    const loadFigures: Figure[] = [
      info("browser: first byte of HTML", ms(load.ttfb)),
      info("browser: HTML received", ms(load.html)),
      info("browser: DOMContentLoaded", ms(load.dcl)),
      info("browser: load event", ms(load.onload)),
      {
        ...budgeted(
          "browser: first timeline paint (navigation start → frame with an item)",
          first.frame,
          FIRST_PAINT_BUDGET_MS,
          ms,
        ),
        note: `first .vis-item in the DOM at ${ms(first.item)}`,
      },
      info(
        "browser: long tasks until then (count, total, longest)",
        `${loadTasks.length}, ${ms(loadTasks.reduce((a, b) => a + b, 0))}, ${ms(Math.max(0, ...loadTasks))}`,
      ),
    ];
    const quietAt = await evaluate<number | null>(
      page,
      `window.__bench.quiet(${QUIET_MS}, ${LOAD_TIMEOUT_MS})`,
    );
    if (quietAt === null) throw new Error(`the page was never quiet for ${QUIET_MS} ms`);
    loadFigures.push(
      info(
        `browser: end of the last long task of the load (none for ${ms(QUIET_MS)} after)`,
        ms(quietAt),
      ),
    );
    const rowCounts = [first.rows];

    const changes: Figure[] = [];
    let slowest = 0;
    for (const { name, action } of CHANGES) {
      const m = await evaluate<Measured>(
        page,
        `window.__bench.measure(${JSON.stringify(action)}, ${CHANGE_TIMEOUT_MS}, ${SETTLE_MS})`,
      );
      const note = `${m.rows} list rows; result line ${m.toCount === null ? "unchanged" : ms(m.toCount)}, timeline ${m.toTimeline === null ? "unchanged" : ms(m.toTimeline)}; long tasks in the next ${SETTLE_MS / 1000} s: ${ms(m.longTaskTotal)} (longest ${ms(m.longTaskMax)}); ${m.items} vis items`;
      const label = `${name}: ${m.before} → ${m.after}`;
      rowCounts.push(m.rows);
      slowest = Math.max(slowest, m.toFrame ?? Infinity);
      changes.push(
        m.toFrame === null
          ? {
              name: label,
              value: "no update seen",
              budget: `< ${ms(CHANGE_BUDGET_MS)}`,
              pass: false,
              note,
            }
          : { ...budgeted(label, m.toFrame, CHANGE_BUDGET_MS, ms, true), note },
      );
    }
    const rows: Figure = {
      ...budgeted(
        "list rows rendered (most, after load and after each change)",
        Math.max(...rowCounts),
        LIST_ROWS_BUDGET,
        String,
      ),
      note: `rows after load ${first.rows}, after each change ${rowCounts.slice(1).join(", ")}`,
    };
    for (const error of errors) console.warn(`page error: ${error}`);
    return {
      loadFigures,
      firstPaint: first.frame,
      rows,
      changes,
      slowest,
      scripts,
      browserVersion: browser.version(),
    };
  } finally {
    await browser.close();
  }
}
