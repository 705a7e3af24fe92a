import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { showAllFilters } from "./filters";
import { countWhere, events, resultLine } from "./store-facts";
import { exploreTimeline } from "./reading";

// Places the base map has a shape or point for (eastern Libya is listed, not drawn).
const UNDRAWN = new Set(["eastern-libya"]);
const placesOf = (list: typeof events) =>
  [...new Set(list.flatMap((event) => event.places))].filter((id) => !UNDRAWN.has(id)).sort();
const eventsAt = (id: string) => countWhere((event) => event.places.includes(id));

const map = (page: Page) => page.getByTestId("place-map");
const markers = (page: Page) => map(page).locator("svg a[data-place]");
const marker = (page: Page, id: string) => map(page).locator(`svg a[data-place="${id}"]`);
const markedIds = async (page: Page) =>
  (
    await markers(page).evaluateAll((links) => links.map((a) => a.getAttribute("data-place")))
  ).sort();

/** Opens the explorer and waits until it filters in the browser (its data is loaded). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await map(page).scrollIntoViewIfNeeded();
  await exploreTimeline(page);
}

test("the map marks each place of the result, named with its number of events", async ({
  page,
}) => {
  await open(page, "/");
  expect(await markedIds(page)).toEqual(placesOf(events));
  await expect(marker(page, "sirte")).toHaveAccessibleName(
    `Sirte (city): ${eventsAt("sirte")} events, select to filter by it`,
  );
  await expect(marker(page, "luxembourg")).toHaveAccessibleName(
    /^Luxembourg \(country, drawn as its area\): 1 event, /,
  );
  // The base map is an image from this site (the fixture fails on any other origin).
  const image = await page.request.get("/map-base.svg");
  expect(image.headers()["content-type"]).toContain("image/svg+xml");
  expect(await image.text()).toContain("Natural Earth");
  // The text alternative lists the same places, the undrawn region too.
  const list = page.getByRole("list", { name: "Places of the events shown" });
  await expect(list.getByRole("link", { name: "Sirte" })).toBeVisible();
  await expect(list).toContainText("Eastern Libya (region; not on the map");
});

test("the markers follow the filters", async ({ page }) => {
  await open(page, "/?type=conflict");
  const conflicts = events.filter((event) => event.type === "conflict");
  expect(await markedIds(page)).toEqual(placesOf(conflicts));
  await showAllFilters(page);
  await page.getByRole("checkbox", { name: /^Conflict/ }).uncheck();
  await expect(markers(page)).toHaveCount(placesOf(events).length);
});

test("a marker filters by its place, again clears it, and back/forward step through", async ({
  page,
}) => {
  await open(page, "/");
  const count = page.getByTestId("result-count");
  await marker(page, "sirte").click();
  await expect(page).toHaveURL(/\?place=sirte$/);
  await expect(count).toHaveText(resultLine(eventsAt("sirte")));
  await expect(marker(page, "sirte")).toHaveAccessibleName(/filtered by it; select to clear$/);
  await marker(page, "sirte").click();
  await expect(page).toHaveURL(/\/$/);
  await expect(count).toHaveText(resultLine(events.length));
  await page.goBack();
  await expect(page).toHaveURL(/\?place=sirte$/);
  await expect(count).toHaveText(resultLine(eventsAt("sirte")));
  await page.goBack();
  await expect(count).toHaveText(resultLine(events.length));
  await page.goForward();
  await expect(count).toHaveText(resultLine(eventsAt("sirte")));
});

test("the keyboard reaches a marker and filters with it", async ({ page }) => {
  await open(page, "/");
  await marker(page, "brussels").focus();
  await expect(marker(page, "brussels")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?place=brussels$/);
  await expect(page.getByTestId("result-count")).toHaveText(resultLine(eventsAt("brussels")));
});

test("selecting an event highlights its places", async ({ page }) => {
  const event = events.find(
    (one) => one.id === "2016-04-18-eu-ministers-to-consider-libya-training-missions",
  )!;
  await open(page, `/?event=${event.id}`);
  const list = page.getByRole("list", { name: "Places of the events shown" });
  await expect(
    list.getByRole("listitem").filter({ hasText: "a place of the selected event" }),
  ).toHaveCount(event.places.length);
  await expect(marker(page, "luxembourg").locator("text")).toHaveClass(/font-bold/);
  await expect(marker(page, "berlin").locator("text")).not.toHaveClass(/font-bold/);
});

test("without JavaScript the server's map has the markers as links", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?place=tripoli");
  await expect(page.getByTestId("result-count")).toHaveText(resultLine(eventsAt("tripoli")));
  await expect(marker(page, "tripoli")).toHaveAttribute("href", "?");
  await expect(marker(page, "sirte")).toHaveAttribute("href", "?place=sirte");
  await context.close();
});

test("an event page's locator map is in its HTML: points, areas, and the list", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/events/2014-militants-overrun-tripoli-parliament-flees-east");
  const locator = page.getByTestId("locator-map");
  await expect(locator.locator("svg")).toHaveAttribute("viewBox", /^0 0 240 \d+$/);
  await expect(locator.locator("svg circle")).toHaveCount(1); // Tripoli, a city
  await expect(locator.getByRole("listitem")).toHaveText([
    "Tripoli (city)",
    "Eastern Libya (region; not on the map: the base map has no outline)",
  ]);
  await expect(locator).toContainText("Natural Earth");
  await page.goto("/events/2016-04-18-eu-ministers-to-consider-libya-training-missions");
  await expect(locator.getByRole("listitem").first()).toHaveText(
    "Luxembourg (country, drawn as its area)",
  );
  await expect(locator.locator("svg path")).toHaveCount(3); // land, borders, Luxembourg
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the maps have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, "/?event=2016-04-18-eu-ministers-to-consider-libya-training-missions");
    const home = await new AxeBuilder({ page }).include('[data-testid="place-map"]').analyze();
    expect(home.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.goto("/events/2016-04-18-eu-ministers-to-consider-libya-training-missions");
    const locator = await new AxeBuilder({ page }).include('[data-testid="locator-map"]').analyze();
    expect(locator.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
