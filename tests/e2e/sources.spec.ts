import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { events } from "./store-facts";

// The source records, read straight from data/ so the pages are checked against the data.
const sourcesDir = path.join(process.cwd(), "data", "sources");
const sources = readdirSync(sourcesDir)
  .filter((name) => name.endsWith(".json"))
  .map(
    (name) =>
      JSON.parse(readFileSync(path.join(sourcesDir, name), "utf8")) as {
        id: string;
        title: string;
        url: string | null;
      },
  );

const quotesFrom = (sourceId: string) =>
  events.flatMap((event) =>
    event.sources
      .filter((cite) => cite.source === sourceId)
      .map((cite) => ({ event, quote: cite.quote })),
  );
const eventsFrom = (sourceId: string) =>
  events.filter((event) => event.sources.some((cite) => cite.source === sourceId));
// Marks may split a quote at other quotes and at paragraphs; compare text without whitespace.
const squeeze = (text: string) => text.replace(/\s+/g, "");

const DW = "dw-2017-02-16-libya-requests-nato-assistance";
const REQUEST = "2017-02-16-libya-requests-nato-assistance";
const NO_URL = "nato-2020-05-14-stoltenberg-erdogan-call";
// Quoted in words another event's quote also covers.
const PRESSTV = "presstv-2016-04-16-nato-ready-to-help-libya";
const UPRISING = "2011-uprising-topples-muammar-gaddafi";

test("/sources lists every source with the number of events drawn from it", async ({ page }) => {
  await page.goto("/sources");
  await expect(page).toHaveTitle(/^Sources/);
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(sources.length);
  for (const source of sources) {
    const link = page.getByRole("link", { name: source.title, exact: true });
    await expect(link).toHaveAttribute("href", `/sources/${source.id}`);
    const count = eventsFrom(source.id).length;
    await expect(page.getByRole("listitem").filter({ has: link })).toContainText(
      ` · ${count} ${count === 1 ? "event" : "events"}`,
    );
  }
});

for (const source of sources) {
  test(`${source.id}: every quote is highlighted and linked to its event`, async ({ page }) => {
    const response = await page.goto(`/sources/${source.id}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(source.title);
    const text = page.getByRole("region", { name: "Text" });
    for (const event of eventsFrom(source.id)) {
      const quotes = quotesFrom(source.id).filter((cite) => cite.event === event);
      // One link to the event after each of its passages.
      const links = text.locator(`a[href="/events/${event.id}"]`);
      await expect(links).toHaveCount(quotes.length);
      for (const label of await links.evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute("aria-label")),
      )) {
        expect(label).toMatch(/^Quoted in event \d+: /);
        expect(label?.endsWith(`: ${event.title}`)).toBe(true);
      }
      const marked = squeeze(
        (await text.locator(`mark[data-events~="${event.id}"]`).allTextContents()).join(""),
      );
      for (const { quote } of quotes) expect(marked).toContain(squeeze(quote));
      await expect(page.locator(`[id="q-${event.id}"]`)).toHaveCount(1);
    }
  });
}

test("an event's anchor is the :target of its address and links to the event", async ({ page }) => {
  await page.goto(`/sources/${DW}#q-${REQUEST}`);
  const target = page.locator(":target");
  await expect(target).toHaveAttribute("id", `q-${REQUEST}`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveCSS("outline-style", "solid");
  await expect(page.locator("mark:not(:target)").first()).toHaveCSS("outline-style", "none");

  await page.getByRole("link", { name: "passage" }).first().click();
  const first = eventsFrom(DW)[0]!;
  await expect(page).toHaveURL(new RegExp(`#q-${first.id}$`));

  await page.goto(`/sources/${DW}#q-${REQUEST}`);
  await page
    .getByRole("region", { name: "Text" })
    .locator(`a[href="/events/${REQUEST}"]`)
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/events/${REQUEST}$`));
});

test("a source without a known address says so and links no original", async ({ page }) => {
  expect(sources.find((source) => source.id === NO_URL)?.url).toBeNull();
  await page.goto(`/sources/${NO_URL}`);
  await expect(page.getByText("Original address unknown", { exact: true })).toBeVisible();
  await expect(page.locator('main a[href^="http"]')).toHaveCount(0);
});

test("the source page says who speaks in each quoted passage", async ({ page }) => {
  await page.goto(`/sources/${DW}`);
  const request = page
    .getByRole("region", { name: "Events drawn from this article" })
    .getByRole("listitem")
    .filter({ has: page.locator(`a[href="/events/${REQUEST}"]`) });
  const speakers = request.getByTestId("speaker");
  const quotes = events
    .find((event) => event.id === REQUEST)!
    .sources.filter((s) => s.source === DW);
  await expect(speakers).toHaveCount(quotes.length);
  await expect(speakers.first()).toHaveText("Jens Stoltenberg (paraphrase)");
  await expect(speakers.filter({ hasText: "The publisher's own words" })).toHaveCount(
    quotes.filter((quote) => quote.voice === "narration").length,
  );
});

test("a republished copy's address is named as the republisher's page", async ({ page }) => {
  await page.goto(`/sources/${PRESSTV}`);
  await expect(
    page.getByText(
      "(the republished copy on GlobalSecurity.org, where the text was captured; not the publisher's own page)",
    ),
  ).toBeVisible();
});

test("an unknown source id is a real 404", async ({ page }) => {
  const response = await page.goto("/sources/no-such-source");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

const expectNoAxeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
};

for (const colorScheme of ["light", "dark"] as const) {
  test(`the source pages have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/sources");
    await expectNoAxeViolations(page);
    // Opened at an anchor, so the :target style is checked too.
    await page.goto(`/sources/${PRESSTV}#q-${UPRISING}`);
    await expectNoAxeViolations(page);
  });
}
