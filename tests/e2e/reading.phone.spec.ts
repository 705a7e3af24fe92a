// On a 390×844 touch screen: the phone project only (playwright.config.ts).
import { expect, test } from "./fixtures/test";
import { events } from "./store-facts";
import { details, exploreControl, ITEM, watchChunk } from "./reading";

test.describe("on a phone", () => {
  test("the overview strip is above the list, marks are 44 px links, vis waits for the zoom control", async ({
    page,
  }) => {
    // vis-timeline's chunk, recognised by its content: requested only once the reader asks.
    const visRequested = watchChunk(page, "vis-custom-time");
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    const strip = page.getByTestId("timeline-overview");
    const stripBox = (await strip.boundingBox())!;
    const firstRow = (await page.getByTestId("event").first().boundingBox())!;
    expect(stripBox.y + stripBox.height).toBeLessThanOrEqual(firstRow.y);
    await expect(page.getByText("Loading timeline…")).toHaveCount(0);
    await expect(page.getByText(/^Keys:/)).toBeHidden();
    expect(await strip.evaluate((node) => getComputedStyle(node).touchAction)).toBe("pan-y");
    const marks = strip.locator("a[data-mark]");
    expect(await marks.count()).toBeGreaterThan(1);
    for (const box of await marks.evaluateAll((nodes) =>
      nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    // Every event is in one mark, and the marks are in the strip's width.
    const grouped = await marks.evaluateAll((nodes) =>
      nodes.map((node) => node.textContent?.match(/^(\d+) events/)?.[1] ?? "1"),
    );
    expect(grouped.reduce((sum, n) => sum + Number(n), 0)).toBe(
      await page.getByTestId("event").count(),
    );
    expect(visRequested()).toBe(false);

    await exploreControl(page).click();
    await page.locator(ITEM).first().waitFor();
    expect(visRequested()).toBe(true);
    await expect(strip).toHaveCount(0);
    const touchAction = await page
      .locator(".event-timeline .vis-panel.vis-center")
      .evaluate((node) => getComputedStyle(node).touchAction);
    expect(touchAction).toBe("pan-y");
  });

  test("the map, drawn below the list, does not show in the first screen while the list is parsed", async ({
    page,
  }) => {
    // `/` as the browser has it before the list has arrived: the map comes before it in the page.
    const html = await (await page.request.get("/")).text();
    const beforeList = html.slice(0, html.indexOf('<section id="results"'));
    expect(beforeList).toContain('<section id="map"');
    await page.route("**/before-the-list", (route) =>
      route.fulfill({ contentType: "text/html", body: beforeList }),
    );
    await page.goto("/before-the-list");
    await expect(page.getByTestId("timeline-overview")).toBeVisible();
    await expect(page.locator("#map")).toBeHidden();

    await page.goto("/");
    await expect(page.locator("#map")).toBeVisible();
    const [listBottom, mapTop] = await page
      .evaluate(() =>
        ["#results", "#map"].map((id) => document.querySelector(id)!.getBoundingClientRect()),
      )
      .then(([list, map]) => [list!.bottom, map!.top]);
    expect(mapTop).toBeGreaterThanOrEqual(listBottom!);
  });

  test("a tap on a mark selects without scrolling, and its click lands nowhere else", async ({
    page,
  }) => {
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    // The strip low on the screen, so that the details sheet opens under the finger.
    await page.evaluate(() => {
      const strip = document.getElementById("timeline-view")!.getBoundingClientRect();
      window.scrollBy(0, strip.top + strip.height - window.innerHeight + 20);
    });
    const scrollY = await page.evaluate(() => window.scrollY);
    const mark = page.locator("a[data-mark=event]").last();
    const id = await mark.getAttribute("data-event");
    const box = (await mark.boundingBox())!;
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
    const loads: string[] = [];
    page.on("domcontentloaded", () => loads.push(page.url()));
    await page.touchscreen.tap(box.x + 10, box.y + 10);
    await expect(page).toHaveURL(new RegExp(`/\\?event=${id}$`));
    await expect(details(page)).toBeInViewport();
    await expect(details(page).getByRole("heading", { level: 3 }).first()).toBeVisible();
    await page.waitForTimeout(700);
    // Followed in the page: no page load, no scroll, the mark shown selected.
    expect(loads).toEqual([]);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await expect(page.locator(`a[data-event="${id}"]`)).toHaveAttribute("aria-current", "true");
    // The sheet opened under the finger, and the tap's click did not land on it.
    const sheet = (await details(page).boundingBox())!;
    expect(sheet.y).toBeLessThan(box.y + box.height);
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

  test("tap targets are at least 44 px tall and text 14 px", async ({ page }) => {
    await page.goto("/?type=meeting");
    await page.locator("summary", { hasText: "More filters" }).click();
    const targets = [
      page.locator("summary", { hasText: "More filters" }),
      page.locator("summary", { hasText: /^Data$/ }),
      exploreControl(page),
      page.getByRole("link", { name: "Remove filter: Type: Meeting" }),
      page.getByRole("link", { name: "Clear all filters" }),
      ...(await page.getByRole("navigation", { name: "Site" }).getByRole("link").all()),
      ...(await page.getByTestId("event").first().getByRole("listitem").getByRole("link").all()),
      page.getByRole("checkbox", { name: /^Offer/ }).locator(".."),
    ];
    expect(targets.length).toBeGreaterThan(8);
    for (const target of targets) {
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    // The explorer's text: no line under 14 px (the list's dating notes were 12 px).
    const smallest = await page.locator("main").evaluate((main) =>
      Math.min(
        ...[...main.querySelectorAll<HTMLElement>("p, span, a, label, li, summary, time")]
          .filter((node) => node.offsetParent && node.textContent?.trim())
          .filter((node) => !node.closest(".sr-only, [aria-hidden=true]"))
          .map((node) => parseFloat(getComputedStyle(node).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(14);
  });

  test("after a filter changes, a sticky Show N events brings the results into view", async ({
    page,
  }) => {
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    const show = page.getByRole("button", { name: /^Show \d+ events?$/ });
    await expect(show).toHaveCount(0);
    await page.locator("summary", { hasText: "More filters" }).click();
    await page.getByRole("checkbox", { name: /^Meeting/ }).check();
    const meetings = events.filter((event) => event.type === "meeting").length;
    await expect(show).toHaveText(`Show ${meetings} events`);
    await expect(show).toBeInViewport();
    await expect(page.getByTestId("event").first()).not.toBeInViewport();
    await show.click();
    await expect(page.getByTestId("event").first()).toBeInViewport();
    await expect(show).toHaveCount(0);
  });
});
