// On a 390×844 touch screen: the phone project only (playwright.config.ts).
import { expect, test } from "./fixtures/test";
import { details, ITEM, open, timeline } from "./reading";

test.describe("on a phone", () => {
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
