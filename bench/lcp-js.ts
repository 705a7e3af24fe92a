/**
 * Our `/` with its JavaScript on and off, pairs interleaved (which goes first alternates), each
 * load in a fresh context: phone viewport, 4× CPU slowdown. Figure: the largest contentful
 * paint (bench/lcp.ts), medians. Budget: with scripts, at most 10 % later than without: the
 * page's scripts cost its first paint nothing (the server's HTML is the page).
 *
 * Standalone: `npx next build` once, then `npx tsx bench/lcp-js.ts` (exits 1 over budget).
 * LCP_PAIRS (15) pairs; LCP_PORT (3430) for the app.
 */
import { chromium, type Browser } from "@playwright/test";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromiumLaunchOptions } from "../tests/chromium";
import { watchLargestPaint, type LargestPaint } from "./lcp";
import { startServer } from "./server";
import { budgeted, info, loadAverage, median, ms, printFigures, type Figure } from "./stats";
import { CPU_SLOWDOWN, PHONE } from "./timelinejs";

const MIN_PAIRS = 15;
/** How much later the largest paint may come with the page's scripts than without. */
export const SCRIPT_LCP_ALLOWANCE = 1.1;

async function load(browser: Browser, url: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const largest = await watchLargestPaint(cdp);
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    return await largest.settled();
  } finally {
    await context.close();
  }
}

export async function runScriptLcpComparison(appUrl: string, pairs = MIN_PAIRS): Promise<Figure[]> {
  if (pairs < MIN_PAIRS) throw new Error(`LCP_PAIRS must be at least ${MIN_PAIRS}`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const loadBefore = loadAverage();
  try {
    const url = `${appUrl}/`;
    // Not counted: the first request to / loads the store on the server.
    await load(browser, url, true);
    const on: LargestPaint[] = [];
    const off: LargestPaint[] = [];
    for (let pair = 0; pair < pairs; pair += 1) {
      const order = pair % 2 === 0 ? [true, false] : [false, true];
      for (const scripts of order) (scripts ? on : off).push(await load(browser, url, scripts));
    }
    const runs = (loads: LargestPaint[]) => loads.map((l) => ms(l.ms)).join(", ");
    const onMedian = median(on.map((l) => l.ms));
    const offMedian = median(off.map((l) => l.ms));
    const figures: Figure[] = [
      {
        ...info("our /: largest contentful paint, JavaScript off, median", ms(offMedian)),
        note: `runs: ${runs(off)}; largest: ${off.at(-1)!.what}`,
      },
      {
        ...info("our /: largest contentful paint, JavaScript on, median", ms(onMedian)),
        note: `runs: ${runs(on)}; largest: ${on.at(-1)!.what}`,
      },
      info("  … ratio of medians, on ÷ off", `${(onMedian / offMedian).toFixed(2)}×`),
      budgeted(
        "our /: LCP with JavaScript, median, ≤ 1.1 × without",
        onMedian,
        offMedian * SCRIPT_LCP_ALLOWANCE,
        ms,
      ),
    ];
    printFigures(
      `Largest contentful paint of /, JavaScript on and off, ${pairs} interleaved pairs ` +
        `(Chromium ${browser.version()}, 390×844 @3x phone, ${CPU_SLOWDOWN}× CPU slowdown; ` +
        `load average ${loadBefore} → ${loadAverage()})`,
      figures,
    );
    return figures;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(path.resolve(".next", "BUILD_ID"))) {
    console.error("No production build in .next: run `npx next build` first.");
    process.exit(1);
  }
  const server = await startServer({
    port: Number(process.env.LCP_PORT ?? 3430),
    dataDir: path.resolve("data"),
  });
  try {
    const figures = await runScriptLcpComparison(server.url, Number(process.env.LCP_PAIRS ?? 15));
    process.exitCode = figures.some((figure) => figure.pass === false) ? 1 : 0;
  } finally {
    await server.stop();
  }
}
