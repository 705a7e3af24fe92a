import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { SITE_URL } from "../../lib/deploy/site";
import { HOST_ORIGIN, openHostPage } from "./fixtures/host-page";
import { events } from "./store-facts";
import { exploreTimeline } from "./reading";

// /embed inside an iframe on another site (tests/e2e/fixtures/host-page.html, served as
// https://host.test), checked against the store's own files.

const MEETINGS = events.filter((event) => event.type === "meeting");
const ITEM = ".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point";

/**
 * Links point at SITE_URL, the public address, which the test server is not (unless SITE_URL is
 * set to it): answer those requests from the test server, so a permalink opened in a new tab
 * loads the real page.
 */
async function serveSiteUrl(context: BrowserContext, baseURL: string) {
  await context.route(
    (url) => url.href.startsWith(`${SITE_URL}/`),
    async (route) => {
      const url = route.request().url().replace(SITE_URL, baseURL);
      await route.fulfill({ response: await route.fetch({ url }) });
    },
  );
}

// A permalink tab may still be fetching (icons, prefetches) when a test ends.
test.afterEach(async ({ context }) => {
  await context.unrouteAll({ behavior: "ignoreErrors" });
});

async function openFramed(page: Page, baseURL: string, query = "type=meeting") {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Refused to|Content Security Policy|frame-ancestors/i.test(message.text())) {
      refused.push(message.text());
    }
  });
  await openHostPage(page, `${baseURL}/embed?${query}`);
  return { frame: page.frameLocator("iframe"), refused };
}

test("another site's iframe shows the meetings, as the data has them", async ({
  page,
  baseURL,
}) => {
  expect(MEETINGS.length).toBeGreaterThan(1);
  const { frame, refused } = await openFramed(page, baseURL!);
  const items = frame.getByTestId("event");
  await expect(items).toHaveCount(MEETINGS.length);
  for (const meeting of MEETINGS) {
    await expect(items.getByRole("link", { name: meeting.title })).toHaveCount(1);
  }
  await expect(frame.getByTestId("embed-count")).toHaveText(`${MEETINGS.length} events`);
  // The timeline loads inside the frame too, one item per meeting.
  await expect(frame.locator(ITEM)).toHaveCount(MEETINGS.length);
  // No site chrome: only the embed's own links.
  await expect(frame.getByRole("navigation")).toHaveCount(0);
  const full = frame.getByRole("link", { name: /Libya–NATO timeline/ });
  await expect(full).toHaveAttribute("href", `${SITE_URL}/?type=meeting`);
  await expect(full).toHaveAttribute("target", "_blank");
  expect(refused).toEqual([]);
});

test("an event in the list opens its permalink in a new tab", async ({
  page,
  context,
  baseURL,
}) => {
  await serveSiteUrl(context, baseURL!);
  const { frame } = await openFramed(page, baseURL!);
  const meeting = MEETINGS[0]!;
  const link = frame.getByRole("link", { name: meeting.title });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
  const [tab] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(`${SITE_URL}/events/${meeting.id}`);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText(meeting.title);
  // The host page stays where it was.
  expect(page.url()).toBe(`${HOST_ORIGIN}/`);
});

test("an event on the timeline opens its permalink in a new tab", async ({
  page,
  context,
  baseURL,
}) => {
  await serveSiteUrl(context, baseURL!);
  const { frame } = await openFramed(page, baseURL!);
  const item = frame.locator(ITEM).first();
  await expect(item).toBeVisible();
  const title = (await item.locator(".vis-item-content").textContent())?.trim();
  const meeting = MEETINGS.find((candidate) => candidate.title === title);
  expect(meeting, `timeline item "${title}" is a meeting`).toBeDefined();
  const [tab] = await Promise.all([
    context.waitForEvent("page"),
    item.locator(".vis-item-content").click(),
  ]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(`${SITE_URL}/events/${meeting!.id}`);
  expect(page.url()).toBe(`${HOST_ORIGIN}/`);
});

test("the embed fits a 600×450 iframe: only its list scrolls", async ({ page, baseURL }) => {
  const { frame } = await openFramed(page, baseURL!, "");
  await expect(frame.getByTestId("event")).toHaveCount(events.length);
  const size = await frame.locator("html").evaluate((html) => ({
    width: html.scrollWidth,
    height: html.scrollHeight,
    clientWidth: html.clientWidth,
    clientHeight: html.clientHeight,
  }));
  expect(size.width).toBeLessThanOrEqual(size.clientWidth);
  expect(size.height).toBeLessThanOrEqual(size.clientHeight);
  expect(size.clientWidth).toBe(600);
  await expect(frame.getByTestId("embed-count")).toBeInViewport();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list and its links are there", async ({ page }) => {
    await page.goto("/embed?type=meeting");
    await expect(page.getByTestId("event")).toHaveCount(MEETINGS.length);
    await expect(page.getByRole("link", { name: MEETINGS[0]!.title })).toHaveAttribute(
      "href",
      `${SITE_URL}/events/${MEETINGS[0]!.id}`,
    );
    await expect(page.getByText("Loading timeline")).toBeHidden();
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on /embed (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/embed?type=meeting");
    await expect(page.locator(ITEM).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test("the explorer's Data menu gives the iframe snippet for the current view", async ({ page }) => {
  await page.goto("/?type=meeting&group=actor");
  await exploreTimeline(page);
  await page.locator("summary", { hasText: /^Data$/ }).click();
  const embed = page.locator("summary", { hasText: "Embed this view" });
  await expect(page.getByRole("textbox", { name: /Paste this HTML/ })).toBeHidden();
  await embed.click();
  await expect(page.getByRole("textbox", { name: /Paste this HTML/ })).toBeVisible();
  const snippet = await page.getByRole("textbox", { name: /Paste this HTML/ }).inputValue();
  expect(snippet).toMatch(/^<iframe src="http[^"]+\/embed\?type=meeting&group=actor"/);
  expect(snippet).toContain('title="Libya–NATO timeline"');
});
