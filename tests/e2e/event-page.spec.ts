import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/test";
import { events } from "./store-facts";

const REQUEST = events.find((event) => event.id === "2017-02-16-libya-requests-nato-assistance")!;
const DECEMBER = "2015-12-rival-administrations-agree-on-unity-government";

test("an event page opened cold shows every quote with its sources", async ({ page }) => {
  const response = await page.goto(`/events/${REQUEST.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REQUEST.title);
  await expect(page).toHaveTitle(new RegExp(REQUEST.title));
  for (const { quote } of REQUEST.sources) {
    await expect(page.locator("blockquote", { hasText: quote.slice(0, 40) })).toBeVisible();
  }
  // Two publishers report it: DW with its original address, NATO without one.
  await expect(page.getByTestId("reporting")).toHaveText("Reported by 2 publishers");
  await expect(page.getByRole("link", { name: "Original" }).first()).toHaveAttribute(
    "href",
    /^https:\/\/www\.dw\.com\//,
  );
  await expect(page.getByText("Original address unknown")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Archived text, at this passage" }).first(),
  ).toHaveAttribute(
    "href",
    `/sources/dw-2017-02-16-libya-requests-nato-assistance#q-${REQUEST.id}`,
  );
  await expect(page.getByRole("link", { name: "View on timeline" })).toHaveAttribute(
    "href",
    `/?event=${REQUEST.id}`,
  );
});

test("the date is given in words with the source's own phrase", async ({ page }) => {
  await page.goto(`/events/${DECEMBER}`);
  await expect(
    page.getByText("December 2015 — “last December”, Press TV (Iran), 16 Apr 2016"),
  ).toBeVisible();
  await expect(page.getByText("known to the month")).toBeVisible();
  await expect(page.getByTestId("reporting")).toHaveText("Single source");
});

test("previous, next and related events link to their pages", async ({ page }) => {
  await page.goto(`/events/${DECEMBER}`);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", /^\/events\//);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/events\/(?!2015-12)/);
  const related = page.getByRole("region", { name: "Related events" }).getByRole("link");
  expect(await related.count()).toBeGreaterThan(0);
});

test("copy link and cite give the canonical address and ready citations", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/events/${REQUEST.id}`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(new RegExp(`/events/${REQUEST.id}$`));
  await expect(page.getByTestId("canonical-url")).toHaveText(canonical!);
  // The button is hidden until its script has wired it; the click waits for it to show.
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await expect(page.getByTestId("cite-chicago")).toContainText(`“${REQUEST.title}.”`);
  await expect(page.getByTestId("cite-bibtex")).toContainText(`@misc{${REQUEST.id},`);
  await page.getByRole("button", { name: "Copy BibTeX" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    `url = {${canonical}}`,
  );
});

test("an event page ships no framework JavaScript and keeps its citations without any", async ({
  browser,
}) => {
  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`/events/${REQUEST.id}`);
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  expect(scripts).toEqual(["/copy-buttons.js"]);

  const noScript = await browser.newPage({ javaScriptEnabled: false });
  await noScript.goto(`/events/${REQUEST.id}`);
  await expect(noScript.getByTestId("cite-chicago")).toContainText(`“${REQUEST.title}.”`);
  // A button that could not copy is not shown; the text beside it is there to select.
  await expect(noScript.getByRole("button", { name: /^Copy/ })).toHaveCount(0);
  await Promise.all([page.close(), noScript.close()]);
});

test("an unknown event id is a real 404 that offers the closest pages and a search", async ({
  page,
}) => {
  const response = await page.goto("/events/2017-02-16-libya-request-nato-assistance");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Closest addresses" }).getByRole("link").first(),
  ).toHaveAttribute("href", `/events/${REQUEST.id}`);
  await expect(page.getByRole("searchbox", { name: "Search the timeline" })).toHaveValue(
    "libya request nato assistance",
  );
});

for (const [name, path] of [
  ["an event page", `/events/${REQUEST.id}`],
  ["the about page", "/about"],
  ["the 404 page", "/events/no-such-event"],
] as const) {
  test(`axe finds no violations on ${name}, light and dark`, async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
    }
  });
}

test("the archived-text link lands on the highlighted passage", async ({ page }) => {
  await page.goto(`/events/${DECEMBER}`);
  await page.getByRole("link", { name: "Archived text, at this passage" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/sources/presstv-[^#]+#q-${DECEMBER}$`));
  const passage = page.locator(`[id="q-${DECEMBER}"]`);
  await expect(passage).toBeInViewport();
  await expect(passage).toContainText("reached agreement on a unity government");
});
