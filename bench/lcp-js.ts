/**
 * Our `/` with its JavaScript on and off, pairs interleaved (which goes first alternates), each
 * load in a fresh context: phone viewport, 4× CPU slowdown. Figure: the largest contentful
 * paint (bench/lcp.ts), medians. Budget: with scripts, at most 10 % later than without: the
 * page's scripts cost its first paint nothing (the server's HTML is the page).
 *
 * Alone: `npm run build` once, then `npx tsx bench/run.ts lcp-js`. LCP_PAIRS (at least 15) pairs.
 */
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../tests/chromium";
import { watchLargestPaint, type LargestPaint } from "./lcp";
import { BUDGETS } from "./budgets";
import { budgeted, info, loadAverage, median, ms, printFigures, type Figure } from "./stats";
import { CPU_SLOWDOWN, PHONE } from "./timelinejs";

const MIN_PAIRS = 15;

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

export async function runScriptLcpComparison(
  appUrl: string,
  pairs = Number(process.env.LCP_PAIRS ?? MIN_PAIRS),
): Promise<Figure[]> {
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
        `our /: LCP with JavaScript, median, ≤ ${BUDGETS.scriptLcpVsNoScript}× without`,
        onMedian,
        offMedian * BUDGETS.scriptLcpVsNoScript,
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
