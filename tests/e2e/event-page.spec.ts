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
    page.getByText(
      "December 2015 — date as reported by Press TV (Iran): “last December”, 16 Apr 2016",
    ),
  ).toBeVisible();
  await expect(page.getByText("known to the month")).toBeVisible();
  await expect(page.getByTestId("reporting")).toHaveText("Single source");
});

test("each quote names who speaks, and narration is marked as the publisher's", async ({
  page,
}) => {
  await page.goto(`/events/${REQUEST.id}`);
  const quotes = page.getByRole("region", { name: "What the sources say" }).locator("figure");
  await expect(quotes).toHaveCount(REQUEST.sources.length);
  const caption = (quote: string) => quotes.filter({ hasText: quote }).getByTestId("speaker");
  await expect(caption("according to NATO head Jens Stoltenberg")).toHaveText(
    "Jens Stoltenberg, paraphrased in DW (Deutsche Welle), 16 Feb 2017",
  );
  await expect(caption("advice and expertise")).toHaveText(
    "Government of National Accord (Libya), in DW (Deutsche Welle), 16 Feb 2017",
  );
  await expect(caption("The Libyan request came after")).toHaveText(
    "Narration by DW (Deutsche Welle), 16 Feb 2017: the publisher's own words",
  );
  await expect(caption("in response to the request by the Prime Minister")).toHaveText(
    "NATO Heads of State and Government, paraphrased in NATO, 14 May 2020",
  );
});

test("a span that rests on one source's words says whose they are", async ({ page }) => {
  await page.goto("/events/2016-islamic-state-controls-sirte");
  await expect(page.getByTestId("date-basis")).toHaveText(
    "span as reported by Xinhua: “for almost a year”",
  );
});

test("a corrected event shows its corrections with their dates, and citations the version", async ({
  page,
}) => {
  await page.goto(`/events/${REQUEST.id}`);
  await expect(page.getByTestId("corrected-mark")).toHaveText("corrected 1 Dec 2026");
  const corrections = page.getByRole("region", { name: "Corrections" });
  await expect(corrections).toContainText("Added to the store on 23 Nov 2026");
  await expect(corrections.getByTestId("revisions").getByRole("listitem").first()).toContainText(
    "Corrected 1 Dec 2026: Re-dated from 16 February 2017 to 15–16 February 2017",
  );
  await expect(page.getByTestId("cite-chicago")).toContainText(
    "event dated 15–16 Feb 2017, version of 1 Dec 2026 (corrected).",
  );
  // An event never corrected says so, and has no mark.
  await page.goto("/events/2016-04-18-eu-ministers-to-consider-libya-training-missions");
  await expect(page.getByRole("heading", { name: "Corrections: none" })).toBeVisible();
  await expect(page.getByTestId("corrected-mark")).toHaveCount(0);
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
