import { expect, type Page } from "@playwright/test";
import { WIDE_SCREEN } from "@/lib/deploy/screens";

/**
 * What a page made at build time does before its first paint (lib/deploy/first-paint.ts): call
 * `watchFirstPaint` before `page.goto`, then `firstPaintOrder`, then `expectScriptsAfterPaint`.
 */
export async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const seen = {
      scriptAt: null as number | null,
      parsedByThen: false,
      parsedFrameAt: null as number | null,
    };
    Object.assign(window, { __firstScript: seen });
    // The first frame begun once the whole page was parsed: the frame that paints all of it.
    const frame = () => {
      if (document.readyState !== "loading") seen.parsedFrameAt = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    // The first of Next's chunk scripts to enter the page (not the polyfills, which modern browsers
    // skip): when, and whether the parse was over by then.
    new MutationObserver((records, observer) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        const chunk =
          node instanceof HTMLScriptElement &&
          !node.noModule &&
          node.src.includes("/_next/static/chunks/");
        if (chunk) {
          seen.scriptAt = performance.now();
          seen.parsedByThen = document.readyState !== "loading";
          observer.disconnect();
          return;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Once the page's first script has been added: what came first. */
export async function firstPaintOrder(page: Page) {
  await page.waitForFunction(
    () =>
      (window as unknown as { __firstScript: { scriptAt: number | null } }).__firstScript
        .scriptAt !== null,
  );
  return page.evaluate((wideScreen) => {
    const { scriptAt, parsedByThen, parsedFrameAt } = (
      window as unknown as {
        __firstScript: { scriptAt: number | null; parsedByThen: boolean; parsedFrameAt: number };
      }
    ).__firstScript;
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    const resources = performance.getEntriesByType("resource");
    const fetched = new Set(resources.map((entry) => entry.name));
    const chunks = resources.filter((entry) => entry.name.includes("/_next/static/chunks/"));
    return {
      scriptAt,
      parsedByThen,
      parsedFrameAt,
      wide: matchMedia(wideScreen).matches,
      // Chunks requested before the frame that paints the parsed page: preloaded.
      chunksFetchedBeforeFrame: chunks.filter((entry) => entry.startTime < parsedFrameAt).length,
      inlineStyles: document.querySelectorAll("head style").length,
      disabledLinks: links.filter((link) => link.disabled).length,
      // A disabled link is the stylesheet written into the page: it is never fetched.
      disabledLinksFetched: links.filter((link) => link.disabled && fetched.has(link.href)).length,
    };
  }, WIDE_SCREEN);
}

/** The scripts start after the parse; on a phone after the next frame too, and unpreloaded. */
export function expectScriptsAfterPaint(order: Awaited<ReturnType<typeof firstPaintOrder>>) {
  expect(order.parsedByThen).toBe(true);
  if (order.wide) return;
  // A frame with the whole page began before the first script was added, and nothing of them
  // was fetched before.
  expect(order.parsedFrameAt).toBeLessThan(order.scriptAt!);
  expect(order.chunksFetchedBeforeFrame).toBe(0);
}
