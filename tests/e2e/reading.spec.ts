import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { showAllFilters } from "./filters";
import { events } from "./store-facts";

// The explorer read as a story (issue "A timeline you can read"): selection never moves the
// page, the timeline shows all it holds, the phone and the keyboard are first-class.

// A point item also draws a dot with class .vis-item: count the items themselves.
const ITEM = ".vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point";
const details = (page: Page) => page.getByRole("complementary", { name: "Selected event" });
const timeline = (page: Page) => page.getByRole("group", { name: /Timeline of events/ });
const LATEST = [...events].sort((a, b) => b.date.localeCompare(a.date))[0]!;

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator(ITEM).first().waitFor();
  await page.waitForLoadState("networkidle");
}

/** The window the URL holds once the reader panned or zoomed, as years. */
const urlWindow = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return { start: params.get("start"), end: params.get("end") };
};

async function inViewport(locator: Locator) {
  const box = await locator.boundingBox();
  const height = await locator.page().evaluate(() => window.innerHeight);
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(height);
}

test.describe("at 1440×900", () => {
  test.skip(({ isMobile }) => isMobile, "the desktop layout");
  test.use({ viewport: { width: 1440, height: 900 } });

  test("selecting on the timeline never scrolls the page; the details stand beside it", async ({
    page,
  }) => {
    await open(page, "/");
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.locator(ITEM, { hasText: LATEST.title }).click();
    await expect(page).toHaveURL(new RegExp(`event=${LATEST.id}`));
    await expect(details(page)).toContainText(LATEST.title);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await inViewport(timeline(page));
    await inViewport(details(page).getByRole("heading", { name: LATEST.title }));

    // Five steps with the arrow keys: the timeline stays where it is.
    await timeline(page).focus();
    for (let step = 0; step < 5; step += 1) await page.keyboard.press("ArrowLeft");
    await expect(page).not.toHaveURL(new RegExp(`event=${LATEST.id}`));
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await inViewport(timeline(page));
  });

  test("every label is readable, the window fits the data, bands are never slivers", async ({
    page,
  }) => {
    await open(page, "/");
    const frame = await page.locator(".event-timeline .vis-panel.vis-center").boundingBox();
    const items = await page.locator(ITEM).evaluateAll((nodes) =>
      nodes.map((node) => {
        const content = node.querySelector(".vis-item-content")!;
        const box = node.getBoundingClientRect();
        return {
          text: content.textContent ?? "",
          clipped: content.scrollWidth > content.clientWidth + 1,
          left: box.left,
          right: box.right,
          width: box.width,
          range: node.classList.contains("vis-range"),
        };
      }),
    );
    expect(items).toHaveLength(events.length);
    for (const item of items) {
      expect(item.clipped, item.text).toBe(false);
      expect(item.left, item.text).toBeGreaterThanOrEqual(frame!.x - 1);
      expect(item.right, item.text).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
      if (item.range) expect(item.width, item.text).toBeGreaterThanOrEqual(10);
    }
    const bands = await page
      .locator(".tl-band")
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().width));
    expect(bands.length).toBeGreaterThan(0);
    for (const width of bands) expect(width).toBeGreaterThanOrEqual(10);
    // No empty year after the last event (2020).
    const years = await page.locator(".vis-time-axis .vis-text").allTextContents();
    expect(years).toContain("2020");
    expect(years.filter((year) => Number(year) > 2020)).toEqual([]);
  });

  test("rows that do not fit are announced, and can all be shown", async ({ page }) => {
    await open(page, "/");
    const more = page.getByTestId("timeline-more");
    await expect(more).toHaveText("All rows");
    await expect(more).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator(".event-timeline.tl-overflowing")).toHaveCount(1);
    await more.click();
    await expect(more).toHaveAttribute("aria-pressed", "true");
    const panel = await page.locator(".event-timeline .vis-panel.vis-center").boundingBox();
    const lowest = await page
      .locator(ITEM)
      .evaluateAll((nodes) =>
        Math.max(...nodes.map((node) => node.getBoundingClientRect().bottom)),
      );
    expect(lowest).toBeLessThanOrEqual(panel!.y + panel!.height + 1);
  });

  test("the wheel scrolls the page, not the zoom; zooming out stops near the data", async ({
    page,
  }) => {
    await open(page, "/?type=meeting");
    const box = await timeline(page).boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(urlWindow(page)).toEqual({ start: null, end: null });

    await timeline(page).focus();
    for (let step = 0; step < 8; step += 1) await page.keyboard.press("-");
    await expect.poll(() => urlWindow(page).start).not.toBeNull();
    const { start, end } = urlWindow(page);
    const first = Math.min(
      ...events.filter((e) => e.type === "meeting").map((e) => +e.date.slice(0, 4)),
    );
    expect(Number(start!.slice(0, 4))).toBeGreaterThanOrEqual(first - 2);
    expect(Number(end!.slice(0, 4))).toBeLessThanOrEqual(2022);
  });

  test("lanes by actor go by number of events, the rest in one lane", async ({ page }) => {
    await open(page, "/?group=actor");
    const lanes = await page.locator(".event-timeline .vis-labelset .vis-label").allTextContents();
    expect(lanes[0]).toBe("NATO");
    expect(lanes.length).toBeLessThanOrEqual(7);
    expect(lanes.at(-1)).toMatch(/^Other actors \(\d+\)$/);
  });

  test("lanes by type carry the type's mark", async ({ page }) => {
    await open(page, "/?group=type");
    const marks = await page
      .locator(".event-timeline .vis-label.tl-lane .vis-inner")
      .evaluateAll((nodes) =>
        nodes.map((node) => {
          const mark = getComputedStyle(node, "::before");
          return { clip: mark.clipPath, colour: mark.backgroundColor };
        }),
      );
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) expect(mark.clip).not.toBe("none");
    expect(new Set(marks.map((mark) => mark.colour)).size).toBeGreaterThan(1);
  });
});

test.describe("keyboard", () => {
  test.skip(({ isMobile }) => isMobile, "a phone has no keyboard");

  test("from the page top, the first event is at most 10 key presses away", async ({ page }) => {
    await open(page, "/");
    await page.evaluate(() => window.scrollTo(0, 0));
    const firstEvent = page.getByTestId("event").first().getByRole("link").first();
    let presses = 0;
    while (presses < 10) {
      await page.keyboard.press("Tab");
      presses += 1;
      if (
        await page
          .getByRole("link", { name: "Skip to results" })
          .evaluate((a) => a === document.activeElement)
      )
        break;
    }
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    presses += 2;
    await expect(firstEvent).toBeFocused();
    expect(presses).toBeLessThanOrEqual(10);
  });

  test("Read details moves the focus to the details; Esc closes them and brings it back", async ({
    page,
  }) => {
    await open(page, "/");
    await timeline(page).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/event=/);
    await page.keyboard.press("Enter");
    await expect(details(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/event=/);
    await expect(timeline(page)).toBeFocused();

    const row = page.getByTestId("event").nth(2);
    await row.getByRole("link").first().click();
    await row.getByRole("button", { name: "Read details" }).click();
    await expect(details(page)).toBeFocused();
    await details(page).getByRole("link", { name: "Close details" }).click();
    await expect(page).not.toHaveURL(/event=/);
    await expect(row.getByRole("button", { name: "Read details" })).toHaveCount(0);
  });

  test("zooming keeps the selected event in view", async ({ page }) => {
    await open(page, `/?event=${LATEST.id}`);
    await timeline(page).focus();
    for (let step = 0; step < 4; step += 1) await page.keyboard.press("+");
    const panel = (await page.locator(".event-timeline .vis-panel.vis-center").boundingBox())!;
    const item = (await page
      .locator(`${ITEM.replaceAll(", ", ".vis-selected, ")}.vis-selected`)
      .first()
      .boundingBox())!;
    expect(item.x + item.width).toBeGreaterThan(panel.x);
    expect(item.x).toBeLessThan(panel.x + panel.width);
  });
});

test.describe("on a phone", () => {
  test.skip(({ isMobile }) => !isMobile, "the phone project (390×844, touch)");

  test("the timeline is above the list, drawn at once, with no keyboard hint", async ({ page }) => {
    await open(page, "/");
    const strip = (await timeline(page).boundingBox())!;
    const firstRow = (await page.getByTestId("event").first().boundingBox())!;
    expect(strip.y + strip.height).toBeLessThanOrEqual(firstRow.y);
    await expect(page.getByText("Loading timeline…")).toHaveCount(0);
    await expect(page.getByText(/^Keys:/)).toBeHidden();
    const touchAction = await page
      .locator(".event-timeline .vis-panel.vis-center")
      .evaluate((node) => getComputedStyle(node).touchAction);
    expect(touchAction).toBe("pan-y");
  });

  test("a tap on the timeline selects without scrolling, and its click lands nowhere else", async ({
    page,
  }) => {
    await open(page, "/");
    // The timeline low on the screen, so that the details sheet opens under the finger.
    await page.evaluate(() => {
      const strip = document.getElementById("timeline-view")!.getBoundingClientRect();
      window.scrollBy(0, strip.top + strip.height - window.innerHeight + 20);
    });
    const scrollY = await page.evaluate(() => window.scrollY);
    // An item in a row the strip shows (the others are below its foot).
    const panel = (await page.locator(".event-timeline .vis-panel.vis-center").boundingBox())!;
    const boxes = await page
      .locator(ITEM)
      .evaluateAll((nodes) =>
        nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect),
      );
    const box = boxes.find((b) => b.top >= panel.y && b.bottom <= panel.y + panel.height)!;
    // Clicks that reach the details sheet (a listener on the way back up from the target).
    await page.evaluate(() => {
      const counter = window as unknown as { sheetClicks: number };
      counter.sheetClicks = 0;
      document.addEventListener("click", (click) => {
        if (document.getElementById("details")?.contains(click.target as Node)) {
          counter.sheetClicks += 1;
        }
      });
    });
    await page.touchscreen.tap(box.x + 5, box.y + 8);
    await expect(page).toHaveURL(/\/\?event=/);
    await expect(details(page)).toBeInViewport();
    await page.waitForTimeout(700);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page).toHaveURL(/\/\?event=/);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    // The sheet opened under the finger, and the tap's click did not land on it.
    const sheet = (await details(page).boundingBox())!;
    expect(sheet.y).toBeLessThan(box.y);
    expect(
      await page.evaluate(() => (window as unknown as { sheetClicks: number }).sheetClicks),
    ).toBe(0);

    // The sheet closes with a swipe down on its bar.
    const bar = await details(page).locator(".details-bar").boundingBox();
    await details(page)
      .locator(".details-bar")
      .evaluate(
        (node, { x, y }) => {
          const touch = (clientY: number) =>
            new Touch({ identifier: 1, target: node, clientX: x, clientY });
          node.dispatchEvent(
            new TouchEvent("touchstart", {
              bubbles: true,
              touches: [touch(y)],
              changedTouches: [touch(y)],
            }),
          );
          node.dispatchEvent(
            new TouchEvent("touchend", {
              bubbles: true,
              touches: [],
              changedTouches: [touch(y + 120)],
            }),
          );
        },
        { x: bar!.x + 20, y: bar!.y + 10 },
      );
    await expect(page).not.toHaveURL(/event=/);
    await expect(details(page)).toBeHidden();
  });

  test("tap targets are at least 44 px tall and helper text 14 px", async ({ page }) => {
    await open(page, "/?type=meeting");
    const targets = [
      page.locator("summary", { hasText: "More filters" }),
      page.locator("summary", { hasText: /^Data$/ }),
      page.getByRole("button", { name: "Zoom in" }),
      page.getByRole("link", { name: "Remove filter: Type: Meeting" }),
      page.getByRole("link", { name: "Clear all filters" }),
    ];
    for (const target of targets) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    const helper = page.getByText(/typos and accents are forgiven/);
    expect(
      await helper.evaluate((node) => parseFloat(getComputedStyle(node).fontSize)),
    ).toBeGreaterThanOrEqual(14);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("chips, Clear all and Close details are links; no perpetual Loading", async ({ page }) => {
    const id = events.find((event) => event.type === "meeting")!.id;
    await page.goto(`/?type=meeting&q=nato&event=${id}`);
    await expect(page.getByText("Loading timeline…")).toHaveCount(0);
    await expect(page.getByText(/timeline needs JavaScript/)).toBeVisible();
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
