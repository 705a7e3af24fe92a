import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../e2e/fixtures/test";
import { expectScriptsAfterPaint, firstPaintOrder, watchFirstPaint } from "../e2e/first-paint";
import { countWhere, events, resultLine } from "../e2e/store-facts";

// The static export (npm run build:export → out/), served by a plain static server: no Next.js
// server behind it. What differs from `next start` is listed in the README.

const EVENT = "2011-nato-military-intervention-in-libya";
const STOLTENBERG = "jens-stoltenberg";
const event = events.find((one) => one.id === EVENT)!;

test("/ lists every event in its HTML, before any JavaScript", async ({ request }) => {
  const html = await (await request.get("/")).text();
  for (const { title } of events) {
    expect(html).toContain(title.replaceAll("&", "&amp;").replaceAll("'", "&#x27;"));
  }
});

test("its pages paint from their own bytes: stylesheet inlined, scripts after the parse", async ({
  page,
  request,
}) => {
  for (const url of ["/", `/events/${EVENT}`]) {
    expect(await (await request.get(url)).text()).not.toMatch(
      /<link rel="stylesheet"(?![^>]*disabled)/,
    );
  }
  await watchFirstPaint(page);
  await page.goto("/");
  const order = await firstPaintOrder(page);
  expect(order.disabledLinksFetched).toBe(0);
  expectScriptsAfterPaint(order);
});

test("a filtered URL is filtered in the browser, list and timeline", async ({ page }) => {
  await page.goto("/?type=meeting&expected=hide");
  const meetings = countWhere((one) => one.type === "meeting" && one.status !== "expected");
  await expect(page.getByTestId("result-count")).toHaveText(resultLine(meetings));
  await expect(page.getByTestId("event")).toHaveCount(meetings);
  await expect(page.getByRole("checkbox", { name: /^Meeting/ })).toBeChecked();
  await expect(
    page.locator(".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point"),
  ).toHaveCount(meetings);

  // Filtering on from there works without a server too.
  await page.getByRole("checkbox", { name: /^Meeting/ }).uncheck();
  await expect(page).toHaveURL(/\?expected=hide$/);
  await expect(page.getByTestId("result-count")).toHaveText(
    resultLine(countWhere((one) => one.status !== "expected")),
  );
});

test("a search link works: the text search loads in the browser", async ({ page }) => {
  await page.goto("/?q=stoltenberg");
  // The events that name him where the search looks (title, summary, quotes, actors); some do not.
  const searched = (one: (typeof events)[number]) =>
    [one.title, one.summary, ...one.sources.map((cite) => cite.quote), ...one.actors].join(" ");
  const naming = events.filter((one) => /stoltenberg/i.test(searched(one)));
  await expect(page.getByTestId("result-count")).toHaveText(resultLine(naming.length));
  const listed = await page.getByTestId("event").evaluateAll((items) => items.map((li) => li.id));
  expect(listed.sort()).toEqual(naming.map((one) => one.id).sort());
});

test("an event page is there, with its quote and its source", async ({ page }) => {
  const response = await page.goto(`/events/${EVENT}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
  await expect(page.locator("blockquote").first()).toContainText(
    event.sources[0]!.quote.slice(0, 40),
  );
});

test("the whole store is there as JSON; per-view downloads and the API are not", async ({
  page,
  request,
}) => {
  const store = await request.get("/download/store.json");
  expect(store.status()).toBe(200);
  expect(((await store.json()) as { events: unknown[] }).events).toHaveLength(events.length);
  expect((await request.get("/api/events")).status()).toBe(404);

  await page.goto("/");
  await page.locator("summary", { hasText: /^Data$/ }).click();
  await expect(page.getByRole("link", { name: "whole store (JSON)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "CSV" })).toHaveCount(0);
  await expect(page.getByText("Embed this view")).toHaveCount(0);
});

test("the map is there: its markers filter in the browser, and event pages have a locator", async ({
  page,
}) => {
  await page.goto("/");
  const map = page.getByTestId("place-map");
  await expect(map.locator("img")).toHaveAttribute("src", "/map-base.svg");
  const image = await page.request.get("/map-base.svg");
  expect(image.ok()).toBe(true);
  expect(await image.text()).toContain("Natural Earth");
  const sirte = events.filter((one) => one.places.includes("sirte")).length;
  await page.getByRole("region", { name: "Timeline" }).scrollIntoViewIfNeeded();
  await page.locator(".vis-timeline").waitFor();
  await map.locator('svg a[data-place="sirte"]').click();
  await expect(page).toHaveURL(/\?place=sirte$/);
  await expect(page.getByTestId("result-count")).toHaveText(resultLine(sirte));

  await page.goto(`/events/${EVENT}`);
  await expect(page.getByTestId("locator-map").locator("svg path").first()).toBeVisible();
});

test("the thread pages are there, stepped with the keys", async ({ page }) => {
  const first = "2011-10-06-nato-ministers-offer-libya-security-sector-support";
  await page.goto(`/threads/nato-offer-of-assistance/${first}`);
  await expect(page.getByTestId("step-position")).toHaveText(/^Step 1 of \d+$/);
  await expect(page.getByText("The ← and → keys step through the thread too.")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("step-position")).toHaveText(/^Step 2 of \d+$/);
});

test("a statements URL filtered by speaker shows only that speaker's words, in the browser", async ({
  page,
}) => {
  // Counted from data/ directly: every quote whose speaker is Stoltenberg.
  const said = events.flatMap((one) =>
    one.sources.filter(
      (cite) => (cite as { speaker?: { actor?: string } }).speaker?.actor === STOLTENBERG,
    ),
  );
  const quotes = events.reduce((sum, one) => sum + one.sources.length, 0);
  await page.goto(`/statements?speaker=${STOLTENBERG}&speaker=nobody`);
  await expect(page.getByTestId("statement-count")).toHaveText(
    `${said.length} of ${quotes} statements`,
  );
  const rows = page.getByTestId("statement");
  await expect(rows).toHaveCount(said.length);
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute("data-speaker", STOLTENBERG);
    await expect(row.getByTestId("speaker")).toContainText("Jens Stoltenberg");
  }
  // The link's unknown speaker is named, as on the server; the form shows the view.
  await expect(
    page.getByRole("status").filter({ hasText: "Ignored unknown speaker “nobody”." }),
  ).toBeVisible();
  await expect(page.getByLabel("Speaker")).toHaveValue(STOLTENBERG);
  // No server cuts the view's downloads: the whole store is offered instead.
  await expect(page.getByRole("link", { name: "CSV" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "whole store (JSON)" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Statements" }),
  ).toBeVisible();
  const results = await new AxeBuilder({ page })
    // Off by default in axe; Lighthouse checks it (WCAG 2.2: targets of 24 px or spaced).
    .options({ rules: { "target-size": { enabled: true } } })
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("/statements without a query lists every statement in its HTML", async ({ request }) => {
  const quotes = events.reduce((sum, one) => sum + one.sources.length, 0);
  const html = await (await request.get("/statements")).text();
  expect(html.match(/data-testid="statement"/g)).toHaveLength(quotes);
});
