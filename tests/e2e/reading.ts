import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures/test";
import { events } from "./store-facts";

// Shared by the reading specs: the explorer read as a story (selection never moves the page,
// the timeline shows all it holds, the phone and the keyboard are first-class). Desktop-only
// tests are in reading.desktop.spec.ts, phone-only ones in reading.phone.spec.ts (the projects
// in playwright.config.ts pick them), the rest in reading.spec.ts.

// A point item also draws a dot with class .vis-item: count the items themselves.
export const ITEM = ".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point";
export const details = (page: Page) => page.getByRole("complementary", { name: "Selected event" });
export const timeline = (page: Page) => page.getByRole("group", { name: /Timeline of events/ });
export const LATEST = [...events].sort((a, b) => b.date.localeCompare(a.date))[0]!;

/**
 * Watches `page` for a script chunk whose code holds `marker` (a name that minifying keeps):
 * the returned function says whether one has been loaded so far.
 */
export function watchChunk(page: Page, marker: string): () => boolean {
  let loaded = false;
  page.on("response", async (response) => {
    if (!response.url().endsWith(".js")) return;
    if ((await response.text().catch(() => "")).includes(marker)) loaded = true;
  });
  return () => loaded;
}

/** The control that, on a phone, swaps the overview strip for vis-timeline. */
export const exploreControl = (page: Page) =>
  page.getByRole("button", { name: "Zoom / explore the timeline" });

/**
 * Waits for vis-timeline: drawn at once on wide screens, after the reader asks on a phone
 * (until then the phone's timeline is the server's overview strip).
 */
export async function exploreTimeline(page: Page) {
  const explore = exploreControl(page);
  await page.locator(".vis-timeline").or(explore).first().waitFor();
  // A click that moves no focus, so that keyboard tests start from the page's top.
  if (await explore.isVisible()) await explore.dispatchEvent("click");
  await page.locator(ITEM).first().waitFor();
}

export async function open(page: Page, url: string) {
  await page.goto(url);
  await exploreTimeline(page);
  await page.waitForLoadState("networkidle");
}

/** The window the URL holds once the reader panned or zoomed, as years. */
export const urlWindow = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return { start: params.get("start"), end: params.get("end") };
};

export async function inViewport(locator: Locator) {
  const box = await locator.boundingBox();
  const height = await locator.page().evaluate(() => window.innerHeight);
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(height);
}
