/**
 * Our `/` side by side with a TimelineJS3 page of the same events, in one run: phone viewport,
 * 4× CPU slowdown, pages alternated, each load in a fresh browser context (cold cache). Figure:
 * time from navigation start until the first event's title is painted (Element Timing), and,
 * printed beside it, until the next frame after it was found has been produced (an upper bound).
 * Budget: ours at most half of TimelineJS3's median paint time. Second figure and budget: the
 * largest contentful paint (Chromium's own entry, bench/lcp.ts), ours at most half of theirs.
 *
 * "First event": the oldest, which both pages show first (our list is oldest first; TimelineJS
 * opens on its first slide, there being no title slide). The budget counts the title shown
 * anywhere in the page: on a phone our list starts below the first screen (filters come first),
 * so a second figure says whether, and when, each page shows it without scrolling. On a touch
 * device TimelineJS lays its "Swipe to Navigate" hint over the slide; the title is painted under it.
 *
 * Standalone: `npm run build` once, then `npx tsx bench/run.ts timelinejs` (exits 1 over budget).
 * TIMELINEJS_RUNS (15) loads per page; TIMELINEJS_PORT (3410) for our app, the next port for the
 * TimelineJS3 page.
 */
import { chromium, type Browser } from "@playwright/test";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEventDate, type DatePoint } from "@/lib/store/event-date";
import { eventViews, type EventView } from "@/lib/views/event-view";
import { loadStore } from "@/lib/store/store";
import { escapeHtml } from "@/lib/text/html";
import { chromiumLaunchOptions } from "../tests/chromium";
import { watchLargestPaint, type LargestPaint } from "./lcp";
import { startServer } from "./server";
import { startStaticServer } from "./static-server";
import { budgeted, info, kb, loadAverage, median, ms, printFigures, type Figure } from "./stats";
import { BUDGETS } from "./budgets";

const TEMPLATE = path.resolve("bench/timelinejs/index.html");
const LIBRARY = path.resolve("node_modules/@knight-lab/timelinejs/dist");
const PAGE_DIR = path.resolve("tmp/timelinejs");
export const CPU_SLOWDOWN = 4;
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};
const TIMEOUT_MS = 120_000;
const PORT = Number(process.env.TIMELINEJS_PORT ?? 3410);

// ---------------------------------------------------------------------------------------------
// The TimelineJS3 page

interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

/** Only the parts the date knows: "2011" gives a year, "2015-12" a year and month. */
function timelineDate(point: DatePoint): TimelineDate {
  const [year, month, day] = point.earliest.split("-").map(Number) as [number, number, number];
  if (point.precision === "year") return { year };
  if (point.precision === "month") return { year, month };
  return { year, month, day };
}

/** One event as TimelineJS JSON; our label ("c. 2014", "Mar–Oct 2011") is shown as its date. */
function timelineEvent(view: EventView) {
  const date = parseEventDate(view.edtf);
  return {
    unique_id: view.id,
    start_date: timelineDate(date.interval?.start ?? date),
    ...(date.interval && { end_date: timelineDate(date.interval.end) }),
    display_date: view.label,
    text: { headline: escapeHtml(view.title), text: `<p>${escapeHtml(view.summary)}</p>` },
  };
}

/**
 * Writes the TimelineJS3 page for the store in `dataDir` into `dir`, beside a copy of the
 * library's js/ and css/. No title slide: TimelineJS then opens on its first event, as `/`
 * opens on its list, oldest first. Returns that first event's title, which both pages show first.
 */
export function writeTimelineJsPage(dataDir: string, dir = PAGE_DIR) {
  const views = eventViews(loadStore(dataDir));
  // In our order (oldest first, ties as the store has them); TimelineJS's sort keeps ties' order.
  const data = { events: views.map(timelineEvent) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ["js", "css"]) {
    cpSync(path.join(LIBRARY, part), path.join(dir, part), {
      recursive: true,
      filter: (file) => !file.endsWith(".map"),
    });
  }
  // Inside <script>: "<" escaped so no title can close the element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const html = readFileSync(TEMPLATE, "utf8").replace("/*TIMELINE_DATA*/ { events: [] }", json);
  if (!html.includes(json)) throw new Error(`${TEMPLATE} has lost its /*TIMELINE_DATA*/ marker`);
  writeFileSync(path.join(dir, "index.html"), html);
  return { firstTitle: views[0]!.title, events: views.length };
}

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * Injected before any page script; the same script runs on both pages. On every frame it looks
 * for a text node that is exactly `title` and shown: a non-empty box, no ancestor hidden or at
 * opacity 0. The frame in which it is found paints it, so the time is taken at the next frame,
 * once that one has been produced. Two times: shown anywhere in the page (Chromium paints well
 * beyond the viewport; a phone user sees it on scrolling) and shown in the first screen (its box
 * inside the 390×844 viewport, without scrolling).
 *
 * The budgeted time is the browser's own: Element Timing's renderTime, when the paint holding the
 * title was presented. The block holding the title (and nothing else) is marked (`elementtiming`)
 * in the frame that finds it shown, before that frame paints it. The frame-based time is an upper bound:
 * whatever task runs between that paint and the next frame (on our page, Next's scripts
 * starting up) is counted in it.
 */
const firstTextScript = (title: string) => `(() => {
  const title = ${JSON.stringify(title)};
  const state = (window.__firstText = {
    anywhere: null, inView: null, seen: null, whereAnywhere: null, whereInView: null, top: null, stop: false,
    painted: null,
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier !== "first-event" || !entry.renderTime) continue;
      if (state.painted === null || entry.renderTime < state.painted) state.painted = entry.renderTime;
    }
  }).observe({ type: "element", buffered: true });
  const shown = (node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return null;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || style.opacity === "0") return null;
    }
    return box;
  };
  const inView = (box) => box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  const describe = (el) =>
    el.tagName.toLowerCase() +
    (typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const where = (node) => {
    const el = node.parentElement;
    return (el.parentElement ? describe(el.parentElement) + " > " : "") + describe(el);
  };
  const nextFrameTime = (key) => requestAnimationFrame(() => (state[key] = performance.now()));
  const frame = () => {
    if (state.stop || state.whereInView) return;
    const walker = document.body && document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker && walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.trim() !== title) continue;
      const box = shown(node);
      if (!box) continue;
      if (!state.whereAnywhere) {
        // Laid out in this frame, so painted at its end: Element Timing gives that paint's time.
        // Chromium times text by its block (an <a> in an <h3> is timed as the <h3>).
        let block = node.parentElement;
        while (getComputedStyle(block).display.startsWith("inline") && block.parentElement) block = block.parentElement;
        if (block.textContent.trim() === title) block.setAttribute("elementtiming", "first-event");
        state.whereAnywhere = where(node);
        state.top = box.top + scrollY;
        state.seen = performance.now();
        nextFrameTime("anywhere");
      }
      if (inView(box)) {
        state.whereInView = where(node);
        nextFrameTime("inView");
        break;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Load {
  /** Navigation start → the paint holding the first event's title (Element Timing renderTime). */
  painted: number;
  /** Navigation start → frame produced with the first event's title shown, anywhere in the page. */
  anywhere: number;
  /** The frame before: when the title was found, shown, in the DOM (a lower bound). */
  seen: number;
  /** The same, with the title inside the first screen; null when it never is without scrolling. */
  inView: number | null;
  /** Where the title was first found: element, its page position. */
  where: string;
  top: number;
  firstContentfulPaint: number | null;
  /** Chromium's largest contentful paint (bench/lcp.ts). */
  largest: LargestPaint;
  /** Bytes over the wire (compressed), all responses and scripts only, up to the load event. */
  bytes: number;
  scriptBytes: number;
  requests: number;
  /** Requests to anything but loopback (there should be none). */
  outside: string[];
}

interface FirstText {
  painted: number | null;
  anywhere: number | null;
  seen: number;
  inView: number | null;
  whereAnywhere: string;
  top: number;
  stop: boolean;
}
type WithFirstText = Window & { __firstText: FirstText };

/** After the title is shown somewhere, how long to wait for it in the first screen. */
const IN_VIEW_GRACE_MS = 2_000;

async function measureLoad(browser: Browser, url: string, title: string): Promise<Load> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await cdp.send("Network.enable");
    const scripts = new Set<string>();
    let bytes = 0;
    let scriptBytes = 0;
    let requests = 0;
    cdp.on("Network.responseReceived", ({ requestId, type }) => {
      if (type === "Script") scripts.add(requestId);
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      requests += 1;
      bytes += encodedDataLength;
      if (scripts.has(requestId)) scriptBytes += encodedDataLength;
    });
    const outside: string[] = [];
    page.on("request", (request) => {
      const { protocol, hostname } = new URL(request.url());
      const local = ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
      if (!local && protocol !== "data:" && protocol !== "blob:") outside.push(request.url());
    });
    await page.addInitScript(firstTextScript(title));
    const largest = await watchLargestPaint(cdp);

    await page.goto(url, { waitUntil: "load", timeout: TIMEOUT_MS });
    // Self-contained functions, not strings: our CSP forbids eval, and we leave the CSP on.
    const found = (key: string) =>
      (window as unknown as WithFirstText).__firstText[key as "painted" | "anywhere" | "inView"] !==
      null;
    await page.waitForFunction(found, "anywhere", { timeout: TIMEOUT_MS, polling: 100 });
    await page.waitForFunction(found, "painted", { timeout: TIMEOUT_MS, polling: 100 });
    await page
      .waitForFunction(found, "inView", { timeout: IN_VIEW_GRACE_MS, polling: 100 })
      .catch(() => undefined);
    const result = await page.evaluate(() => {
      const state = (window as unknown as WithFirstText).__firstText;
      state.stop = true;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
      return { ...state, fcp };
    });
    return {
      largest: await largest.settled(),
      painted: result.painted!,
      anywhere: result.anywhere!,
      seen: result.seen,
      inView: result.inView,
      where: result.whereAnywhere,
      top: result.top,
      firstContentfulPaint: result.fcp,
      bytes,
      scriptBytes,
      requests,
      outside,
    };
  } finally {
    await context.close();
  }
}

const spread = (values: number[]) =>
  `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

export interface TimelineJsOptions {
  /** Our app, already serving the store in `dataDir`; started on TIMELINEJS_PORT when not given. */
  appUrl?: string;
  /** The store both pages show: ./data unless told. */
  dataDir?: string;
  runs?: number;
  /** Port for the TimelineJS3 page; TIMELINEJS_PORT + 1 when not given. */
  port?: number;
}

export async function runTimelineJsComparison(options: TimelineJsOptions = {}): Promise<Figure[]> {
  const dataDir = options.dataDir ?? path.resolve("data");
  const runs = options.runs ?? Number(process.env.TIMELINEJS_RUNS ?? 15);
  const { firstTitle, events } = writeTimelineJsPage(dataDir);
  const timelineJs = await startStaticServer({ dir: PAGE_DIR, port: options.port ?? PORT + 1 });
  const app = options.appUrl ? null : await startServer({ port: PORT, dataDir });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const loadBefore = loadAverage();
  try {
    const pages = [
      { name: "our /", url: `${options.appUrl ?? app!.url}/` },
      { name: "TimelineJS3", url: `${timelineJs.url}/` },
    ];
    // One load each, not counted: the first request to / loads the store on the server.
    for (const { url } of pages) await measureLoad(browser, url, firstTitle);
    const loads: Load[][] = [[], []];
    for (let run = 0; run < runs; run += 1) {
      // Alternate which page goes first, so neither always follows the other.
      const order = run % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) loads[i]!.push(await measureLoad(browser, pages[i]!.url, firstTitle));
    }

    const figures: Figure[] = [];
    pages.forEach(({ name }, i) => {
      const all = loads[i]!;
      const last = all.at(-1)!;
      const inView = all.map((load) => load.inView).filter((t) => t !== null);
      const outside = [...new Set(all.flatMap((load) => load.outside))];
      figures.push(
        {
          ...info(
            `${name}: first event painted (Element Timing), median (min–max)`,
            spread(all.map((l) => l.painted)),
          ),
          note: `runs: ${all.map((l) => ms(l.painted)).join(", ")}`,
        },
        {
          ...info(
            `${name}: … next frame produced after it was found, median (min–max)`,
            spread(all.map((l) => l.anywhere)),
          ),
          note: `runs: ${all.map((l) => ms(l.anywhere)).join(", ")}; found in the frame before at ${ms(median(all.map((l) => l.seen)))} (median); first found in ${last.where}, ${Math.round(last.top)} px from the top`,
        },
        info(
          `${name}: … in the first screen (${PHONE.viewport.height} px), median`,
          inView.length === all.length
            ? spread(inView)
            : `not in ${all.length - inView.length} of ${all.length} loads`,
        ),
        {
          ...info(
            `${name}: largest contentful paint, median (min–max)`,
            spread(all.map((l) => l.largest.ms)),
          ),
          note: `runs: ${all.map((l) => ms(l.largest.ms)).join(", ")}; largest: ${last.largest.what}`,
        },
        info(
          `${name}: first contentful paint, median`,
          ms(median(all.map((l) => l.firstContentfulPaint ?? Number.NaN))),
        ),
        info(
          `${name}: transferred (gzip): all, scripts; requests`,
          `${kb(last.bytes)}, ${kb(last.scriptBytes)}; ${last.requests}`,
        ),
        outside.length === 0
          ? info(`${name}: requests leaving loopback`, "none")
          : {
              ...info(`${name}: requests leaving loopback`, String(outside.length)),
              note: outside.join(" "),
            },
      );
    });
    const ratio = (key: "painted" | "anywhere") =>
      median(loads[0]!.map((l) => l[key])) / median(loads[1]!.map((l) => l[key]));
    const ours = median(loads[0]!.map((l) => l.painted));
    const theirs = median(loads[1]!.map((l) => l.painted));
    const largest = loads.map((all) => median(all.map((l) => l.largest.ms)));
    figures.push(
      info(
        "first event painted, ratio of medians, ours ÷ TimelineJS3",
        `${ratio("painted").toFixed(2)}×`,
      ),
      info("  … by next frame produced (upper bound), ratio", `${ratio("anywhere").toFixed(2)}×`),
      budgeted(
        `our /: first event painted, median, ≤ ${BUDGETS.firstEventVsTimelineJs}× TimelineJS3's`,
        ours,
        theirs * BUDGETS.firstEventVsTimelineJs,
        ms,
      ),
      info(
        "largest contentful paint, ratio of medians, ours ÷ TimelineJS3",
        `${(largest[0]! / largest[1]!).toFixed(2)}×`,
      ),
      budgeted(
        `our /: largest contentful paint, median, ≤ ${BUDGETS.largestPaintVsTimelineJs}× TimelineJS3's`,
        largest[0]!,
        largest[1]! * BUDGETS.largestPaintVsTimelineJs,
        ms,
      ),
    );
    printFigures(
      `First event painted: our / vs TimelineJS3, ${events} events, ${runs} loads each ` +
        `(Chromium ${browser.version()}, 390×844 @3x phone, ${CPU_SLOWDOWN}× CPU slowdown; ` +
        `first event "${firstTitle}"; load average ${loadBefore} → ${loadAverage()})`,
      figures,
    );
    return figures;
  } finally {
    await browser.close();
    await app?.stop();
    await timelineJs.stop();
  }
}
