import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/test";
import { expectScriptsAfterPaint, firstPaintOrder, watchFirstPaint } from "./first-paint";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The store's own files, read independently of lib/, so the page is checked against the data.
const eventsDir = path.join(process.cwd(), "data", "events");
const events = readdirSync(eventsDir)
  .filter((name) => name.endsWith(".json"))
  .map(
    (name) =>
      JSON.parse(readFileSync(path.join(eventsDir, name), "utf8")) as { id: string; title: string },
  );

test("the home page lists every event of the store, oldest first", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Libya–NATO/);
  const items = page.getByTestId("event");
  await expect(items).toHaveCount(events.length);
  for (const event of events) {
    await expect(page.locator(`[id="${event.id}"]`).getByRole("heading")).toHaveText(event.title);
  }
  const dates = await items
    .locator("time")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""));
  expect(dates).toEqual([...dates].sort());
});

test("nothing in the head holds the first paint back until a later part is parsed", async ({
  page,
}) => {
  // A render-blocking link (rel=expect) to a row below the first screen would hold the whole first
  // paint back (docs/performance.md, "The first screen is painted as soon as it is parsed").
  for (const url of ["/", "/?type=meeting"]) {
    await page.goto(url);
    await expect(page.getByTestId("event").first()).toBeVisible();
    await expect(page.locator('head [blocking~="render"]')).toHaveCount(0);
  }
});

test("/ paints from its own bytes: its stylesheet is in it, its scripts start after the parse (on a phone once it is painted)", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/")).text();
  expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)/);
  await watchFirstPaint(page);
  await page.goto("/");
  await expect(page.getByTestId("event").first()).toBeVisible();
  const order = await firstPaintOrder(page);
  expect(order.inlineStyles).toBeGreaterThan(0);
  expect(order.disabledLinks).toBeGreaterThan(0);
  expect(order.disabledLinksFetched).toBe(0);
  expectScriptsAfterPaint(order);
  // Styled by the stylesheet in the page: the layout's width limit.
  expect(await page.locator("main").evaluate((main) => getComputedStyle(main).maxWidth)).toBe(
    "1536px",
  );
});

test("each event links its sources, and a source without a known address says so", async ({
  page,
}) => {
  await page.goto("/");
  const request = page.locator('[id="2017-02-16-libya-requests-nato-assistance"]');
  await expect(
    request.getByRole("link", { name: /DW \(Deutsche Welle\), 16 Feb 2017/ }),
  ).toHaveAttribute("href", /^https:\/\/www\.dw\.com\//);
  await expect(request.getByText("(original address unknown)")).toBeVisible();
});

test("the home page has no axe violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
