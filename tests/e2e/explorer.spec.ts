import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { showAllFilters } from "./filters";
import { exploreTimeline, watchChunk } from "./reading";
import { countWhere, events, resultLine } from "./store-facts";

const count = (page: Page) => page.getByTestId("result-count");
const listItems = (page: Page) => page.getByTestId("event");
// A point item also draws a dot with class .vis-item: count the items themselves.
const ITEM = ".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point";
const timelineItems = (page: Page) => page.locator(ITEM);
const selectedTimelineItems = (page: Page) =>
  page.locator(ITEM.replaceAll(", ", ".vis-selected, ") + ".vis-selected");
/** Opens a page and waits until the explorer is interactive, vis-timeline drawn. */
async function open(page: Page, url: string, { unfold = true } = {}) {
  await page.goto(url);
  await exploreTimeline(page);
  if (unfold) await showAllFilters(page);
}

const REQUEST = "2017-02-16-libya-requests-nato-assistance";

test.describe("on a phone-sized screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters fold under one line and the first event shows on the first screen", async ({
    page,
  }) => {
    await page.goto("/");
    // The page's scripts start after its first paint, so after the load event: wait for them
    // before ticking (before them, a tick is the form's own, sent by its Apply button).
    await page.waitForLoadState("networkidle");
    const more = page.locator("summary", { hasText: "More filters" });
    await expect(page.getByRole("checkbox", { name: /^Meeting/ })).toBeHidden();
    await expect(page.getByTestId("event").first()).toBeInViewport();
    await more.click();
    await page.getByRole("checkbox", { name: /^Meeting/ }).check();
    await expect(more).toHaveText("More filters (1 set)");
  });
});

test.describe("filters", () => {
  test("the text search is loaded once the page is idle, before the reader types", async ({
    page,
  }) => {
    // MiniSearch's chunk, recognised by one of its method names.
    const searchLoaded = watchChunk(page, "addAllAsync");
    await open(page, "/");
    await expect(page.getByLabel("Search")).not.toBeFocused();
    await expect.poll(searchLoaded, { timeout: 10_000 }).toBe(true);
  });

  test("free text is ranked and forgives typos and case", async ({ page }) => {
    await open(page, "/");
    await page.getByLabel("Search").fill("STOLTENBRG sarraj");
    await expect(page).toHaveURL(/q=STOLTENBRG(\+|%20)sarraj/);
    await page.getByLabel("Order").selectOption("relevance");
    await expect(page).toHaveURL(/sort=relevance/);
    await expect(listItems(page).first()).toContainText("Al-Sarraj");
    const n = await listItems(page).count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(events.length);
    await expect(count(page)).toHaveText(resultLine(n));
  });

  test("type, actor, place and publisher facets narrow the list and the timeline", async ({
    page,
  }) => {
    await open(page, "/");
    await page.getByRole("checkbox", { name: /^Meeting/ }).check();
    const meetings = countWhere((event) => event.type === "meeting");
    await expect(count(page)).toHaveText(resultLine(meetings));
    await expect(listItems(page)).toHaveCount(meetings);
    await expect(timelineItems(page)).toHaveCount(meetings);

    await page.locator("summary", { hasText: "Actor" }).click();
    await page.getByRole("checkbox", { name: /^Jens Stoltenberg/ }).check();
    const both = countWhere((e) => e.type === "meeting" && e.actors.includes("jens-stoltenberg"));
    await expect(count(page)).toHaveText(resultLine(both));
    await expect(page).toHaveURL(/type=meeting&actor=jens-stoltenberg/);

    await open(page, "/?place=sirte");
    await expect(count(page)).toHaveText(resultLine(countWhere((e) => e.places.includes("sirte"))));

    await open(page, "/?publisher=xinhua");
    const xinhua = countWhere((e) => e.sources.some((s) => s.source.startsWith("xinhua-")));
    await expect(count(page)).toHaveText(resultLine(xinhua));
  });

  test("a date range keeps imprecise events whose span overlaps it, ends included", async ({
    page,
  }) => {
    await open(page, "/?from=2015-12-31&to=2015-12-31");
    await expect(listItems(page)).toHaveCount(1);
    await expect(listItems(page).first()).toContainText("Dec 2015");

    await open(page, "/");
    await page.getByRole("textbox", { name: "From" }).fill("2016");
    await page.getByRole("textbox", { name: "To" }).fill("2016");
    await page.getByRole("textbox", { name: "To" }).press("Enter");
    await expect(page).toHaveURL(/from=2016&to=2016/);
    const in2016 = countWhere((e) => e.date.includes("2016"));
    await expect(count(page)).toHaveText(resultLine(in2016));
  });

  test("expected events can be hidden", async ({ page }) => {
    await open(page, "/");
    await page.getByLabel(/Hide expected events/).check();
    await expect(count(page)).toHaveText(resultLine(countWhere((e) => e.status !== "expected")));
    await expect(page.getByText("(expected)")).toHaveCount(0);
  });

  test("facet counts follow the current result", async ({ page }) => {
    await open(page, "/?publisher=xinhua");
    const xinhuaMeetings = countWhere(
      (e) => e.type === "meeting" && e.sources.some((s) => s.source.startsWith("xinhua-")),
    );
    await expect(page.getByText(`Meeting (${xinhuaMeetings})`, { exact: true })).toBeVisible();
  });

  test("an empty result says why and how to widen it, and one control clears everything", async ({
    page,
  }) => {
    // No result: no timeline to wait for.
    await page.goto("/?q=sirte&type=summit");
    await showAllFilters(page);
    await expect(count(page)).toHaveText(resultLine(0));
    await expect(page.getByText("No event matches all of these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Remove “Type: Summit”" }).click();
    await expect(listItems(page).first()).toContainText("Sirte");
    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(count(page)).toHaveText(resultLine(events.length));
    await expect(page.getByLabel("Search")).toHaveValue("");
  });
});

test.describe("the URL holds the view", () => {
  const MEETING = "2017-02-15-nato-defence-ministers-meet-in-brussels";
  const shared = `/?type=meeting,offer&actor=nato&group=type&event=${MEETING}`;

  test("a shared link reopens the same view cold", async ({ page }) => {
    await open(page, "/?type=meeting,offer&actor=nato");
    const n = countWhere((e) => ["meeting", "offer"].includes(e.type) && e.actors.includes("nato"));
    await expect(count(page)).toHaveText(resultLine(n));
    await expect(page.getByRole("checkbox", { name: /^Offer/ })).toBeChecked();
    await expect(timelineItems(page)).toHaveCount(n);
  });

  test("the server renders the filtered list before any JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/?type=summit");
    await expect(listItems(page)).toHaveCount(countWhere((e) => e.type === "summit"));
    await expect(page.getByRole("button", { name: "Apply filters" })).toBeVisible();
    await context.close();
  });

  test("a selected event and the grouping survive a reload", async ({ page, isMobile }) => {
    await open(page, shared);
    await expect(page.locator(`[id="${MEETING}"] a[aria-current="true"]`)).toBeVisible();
    await expect(page.locator(".vis-label", { hasText: "Meeting" })).toBeVisible();
    if (!isMobile) {
      await expect(page.getByRole("complementary", { name: "Selected event" })).toContainText(
        "NATO defence ministers meet in Brussels",
      );
    }
  });

  test("back and forward step through a person's changes; typing makes one entry", async ({
    page,
  }) => {
    await open(page, "/");
    await page.getByRole("checkbox", { name: /^Meeting/ }).check();
    await expect(page).toHaveURL(/type=meeting$/);
    await page.getByLabel("Search").pressSequentially("brussels", { delay: 40 });
    await expect(page).toHaveURL(/q=brussels/);
    await page.goBack();
    await expect(page).toHaveURL(/\?type=meeting$/);
    await expect(page.getByLabel("Search")).toHaveValue("");
    await page.goBack();
    await expect(count(page)).toHaveText(resultLine(events.length));
    await page.goForward();
    await expect(count(page)).toHaveText(resultLine(countWhere((e) => e.type === "meeting")));
  });
});

test.describe("selection", () => {
  test("selecting in the list selects on the timeline and shows the sources", async ({ page }) => {
    await open(page, "/");
    const title = events.find((e) => e.id === REQUEST)!.title;
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`event=${REQUEST}`));
    await expect(selectedTimelineItems(page)).toHaveCount(1);
    await expect(selectedTimelineItems(page)).toContainText(title);
    await expect(
      page
        .getByRole("link", { name: "Archived text, at this passage" })
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Event page (permalink)" }).first(),
    ).toHaveAttribute("href", `/events/${REQUEST}`);
  });

  test("the detail panel names who speaks in each quote, and what the date rests on", async ({
    page,
  }) => {
    await open(page, `/?event=${REQUEST}`);
    const speakers = page.getByTestId("speaker").filter({ visible: true });
    const record = events.find((e) => e.id === REQUEST)!;
    await expect(speakers).toHaveCount(record.sources.length);
    await expect(speakers.first()).toHaveText(
      "Jens Stoltenberg, paraphrased in DW (Deutsche Welle), 16 Feb 2017",
    );
    await expect(
      speakers.filter({ hasText: "Narration by DW (Deutsche Welle), 16 Feb 2017" }),
    ).toHaveCount(record.sources.filter((s) => s.voice === "narration").length);
    await expect(page.getByTestId("date-basis").filter({ visible: true })).toHaveText(
      "span as reported by DW (Deutsche Welle): “on Wednesday … on Thursday”",
    );
    await expect(page.getByTestId("corrected-mark").filter({ visible: true })).toHaveText(
      "corrected 1 Dec 2026",
    );
  });

  test("a list row says whose words date an event that several publishers report", async ({
    page,
  }) => {
    await open(page, "/");
    const row = (id: string) => page.locator(`[id="${id}"]`);
    await expect(row("2011-uprising-topples-muammar-gaddafi")).toContainText(
      "2011 (dated by DW (Deutsche Welle))",
    );
    await expect(row("2016-islamic-state-controls-sirte")).not.toContainText("dated by");
  });

  test("one tag finds every NATO offer of assistance, whatever the event's type", async ({
    page,
  }) => {
    await open(page, "/");
    await page.locator("summary", { hasText: "Tag" }).click();
    await page.getByRole("checkbox", { name: /^nato-offer-of-assistance/ }).check();
    await expect(page).toHaveURL(/tag=nato-offer-of-assistance/);
    const offers = countWhere((e) => e.tags.includes("nato-offer-of-assistance"));
    expect(offers).toBeGreaterThan(countWhere((e) => e.type === "offer"));
    await expect(count(page)).toHaveText(resultLine(offers));
    await expect(listItems(page)).toHaveCount(offers);
  });

  test("selecting on the timeline selects in the list", async ({ page }) => {
    await open(page, "/?type=summit");
    await timelineItems(page).first().click();
    const summit = events.find((e) => e.type === "summit")!;
    await expect(page).toHaveURL(new RegExp(`event=${summit.id}`));
    await expect(page.locator(`[id="${summit.id}"] a[aria-current="true"]`)).toBeVisible();
  });

  test("the keyboard reaches the filters, the list and the timeline", async ({ page }) => {
    await open(page, "/", { unfold: false });
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Search")).toBeFocused();
    await page.keyboard.type("berlin");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=berlin/);
    const timeline = page.getByRole("group", { name: /Timeline of events/ });
    await timeline.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/event=/);
    const first = page.getByTestId("event").first().getByRole("link").first();
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator('a[aria-current="true"]')).toHaveCount(1);
  });
});

test("bad parameters are ignored with a notice, never reflected as markup", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const script = encodeURIComponent("<img src=x onerror=alert(1)>");
  const response = await page.goto(
    `/?type=banana&from=banana&to=2011&actor=${script}&group=sideways&event=nope&q=${"x".repeat(1000)}`,
  );
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "not understood" });
  await expect(notice).toContainText("Ignored unknown type “banana”");
  await expect(notice).toContainText("Ignored from=“banana”");
  await expect(notice).toContainText("Ignored unknown event “nope”");
  await expect(notice).toContainText("Search text cut to 200 characters");
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  await open(page, "/?from=2017&to=2011");
  await expect(page.getByRole("status").filter({ hasText: "swapped" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("when the timeline's code never arrives, the events still load and the filters work", async ({
  page,
}) => {
  // The chunk with vis-timeline is held back for good; every other script is served.
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes("vis-custom-time")) await route.fulfill({ response, body });
  });
  // The texts are fetched once the events' index has been read, which waits for the
  // timeline's first drawing only so long.
  const texts = page.waitForRequest("**/explorer-text.json", { timeout: 15_000 });
  // The held chunk may be asked for before the load event, which then never comes.
  await page.goto("/", { waitUntil: "domcontentloaded" });
  await texts;
  // The timeline's box keeps the server's overview strip.
  await expect(page.getByTestId("timeline-overview")).toBeVisible();
  await showAllFilters(page);
  await page.getByRole("checkbox", { name: /^Meeting/ }).check();
  const meetings = countWhere((event) => event.type === "meeting");
  await expect(count(page)).toHaveText(resultLine(meetings));
  await expect(listItems(page)).toHaveCount(meetings);
  // A chunk still being held back when the test ends is no error of the page's.
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test.describe("accessibility", () => {
  for (const [name, url] of [
    ["default", "/"],
    ["filtered", "/?type=meeting&q=nato&group=actor"],
    ["selected", `/?event=${REQUEST}`],
    ["empty", "/?q=zzzzqqq"],
  ] as const) {
    test(`axe finds no violations on / (${name})`, async ({ page, isMobile }) => {
      await page.goto(url);
      // The timeline as each screen first shows it: the overview strip on a phone, vis on a desktop.
      const drawn = isMobile ? page.getByTestId("timeline-overview") : timelineItems(page).first();
      await expect(drawn.or(page.getByText("No event matches"))).toBeVisible();
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});

test("back after choosing two values of one facet returns to one value", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("checkbox", { name: /^Meeting/ }).check();
  await page.getByRole("checkbox", { name: /^Offer/ }).check();
  await expect(page).toHaveURL(/type=meeting,offer$/);
  await page.goBack();
  await expect(page.getByRole("checkbox", { name: /^Offer/ })).not.toBeChecked();
  await expect(count(page)).toHaveText(resultLine(countWhere((e) => e.type === "meeting")));
});
