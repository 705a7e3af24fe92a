import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/test";
import { showAllFilters } from "./filters";
import { details, LATEST, open } from "./reading";
import { events } from "./store-facts";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("chips, Clear all and Close details are links; no perpetual Loading", async ({ page }) => {
    const id = events.find((event) => event.type === "meeting")!.id;
    await page.goto(`/?type=meeting&q=nato&event=${id}`);
    await expect(page.getByText("Loading timeline…")).toHaveCount(0);
    await details(page).getByRole("link", { name: "Close details" }).click();
    await expect(page).not.toHaveURL(/event=/);
    await expect(page).toHaveURL(/type=meeting/);
    await page.getByRole("link", { name: "Remove filter: Type: Meeting" }).click();
    await expect(page).not.toHaveURL(/type=/);
    await expect(page).toHaveURL(/q=nato/);
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page.getByTestId("result-count")).toHaveText(
      `${events.length} of ${events.length} events`,
    );
  });
});

test.describe("the overview strip without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is the timeline, and its marks are links that select or narrow the dates", async ({
    page,
  }) => {
    await page.goto("/?type=meeting");
    const strip = page.getByTestId("timeline-overview");
    await expect(strip).toBeVisible();
    const meetings = events.filter((event) => event.type === "meeting");
    const single = strip.locator("a[data-mark=event]").first();
    const id = (await single.getAttribute("data-event"))!;
    expect(meetings.map((event) => event.id)).toContain(id);
    await single.click();
    // The rest of the query is kept; the server draws the details.
    await expect(page).toHaveURL(new RegExp(`\\?type=meeting&event=${id}$`));
    await expect(details(page).getByRole("heading", { level: 3 }).first()).toHaveText(
      events.find((event) => event.id === id)!.title,
    );
    await expect(page.locator(`a[data-event="${id}"]`)).toHaveAttribute("aria-current", "true");

    await page.goto("/");
    const group = page.getByTestId("timeline-overview").locator("a[data-mark=group]").first();
    const [, n] = /^(\d+) events/.exec((await group.textContent())!)!;
    await group.click();
    await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    const shown = Number(
      /^(\d+) of/.exec((await page.getByTestId("result-count").textContent())!)![1],
    );
    expect(shown).toBeGreaterThanOrEqual(Number(n));
    expect(shown).toBeLessThan(events.length);
  });

  test("a search's words are marked in the server's list and details", async ({ page }) => {
    const id = events.find((event) => /Stoltenberg/.test(event.title))!.id;
    await page.goto(`/?q=stoltenburg&event=${id}`);
    await expect(page.getByTestId("search-matched")).toHaveText("Matched “stoltenberg”");
    await expect(page.getByTestId("event").locator("h3 mark").first()).toHaveText("Stoltenberg");
    await expect(details(page).locator("mark").first()).toHaveText(/^Stoltenberg$/i);
  });
});

test("a search with no result draws no empty timeline", async ({ page }) => {
  await page.goto("/?q=zzzzqqq");
  await expect(page.getByText("No event matches all of these filters.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" })).toHaveCount(0);
});

test("axe finds no violations on / in dark mode, details open", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, `/?event=${LATEST.id}&group=type`);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test("a search marks its words in the titles and says what a typo was taken for", async ({
  page,
}) => {
  await open(page, "/?q=stoltenburg");
  await expect(page.getByTestId("search-matched")).toHaveText("Matched “stoltenberg”");
  const marked = page.getByTestId("event").locator("h3 mark");
  await expect(marked.first()).toHaveText("Stoltenberg");
  const titles = events.filter((event) => /Stoltenberg/.test(event.title)).length;
  await expect(marked).toHaveCount(titles);
  // And in the details: the summary and the quotes.
  await page.getByTestId("event").locator("h3 a").first().click();
  await expect(details(page).locator("p mark, blockquote mark").first()).toBeVisible();
});

test.describe("the filter form without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("writes no empty parameters into the address", async ({ page }) => {
    await page.goto("/");
    await showAllFilters(page);
    await page.getByRole("checkbox", { name: /^Meeting/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=meeting/);
    expect(page.url()).not.toMatch(/[?&](q|from|to)=(&|$)/);
    await expect(page.getByTestId("event")).toHaveCount(
      events.filter((event) => event.type === "meeting").length,
    );
  });
});
