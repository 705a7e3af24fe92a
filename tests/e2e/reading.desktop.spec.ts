// At 1440×900 and with the keyboard: the desktop project only (playwright.config.ts).
import { expect, test } from "./fixtures/test";
import { details, inViewport, ITEM, LATEST, open, timeline, urlWindow } from "./reading";
import { events } from "./store-facts";

test.describe("at 1440×900", () => {
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
    const labels = await page.locator(".event-timeline .vis-labelset .vis-label").allTextContents();
    // An event that names no actor (the Berlin conference: its source names none) has a lane
    // of its own, "Not stated", whatever the actors' lanes.
    const lanes = labels.filter((label) => label !== "Not stated");
    expect(labels.length - lanes.length).toBeLessThanOrEqual(1);
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
