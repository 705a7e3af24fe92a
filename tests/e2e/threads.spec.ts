import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { exploreTimeline } from "./reading";
import { events } from "./store-facts";

// The thread as written in data/, so the pages are checked against the data, not against themselves.
const OFFER = JSON.parse(
  readFileSync(
    path.join(process.cwd(), "data", "threads", "nato-offer-of-assistance.json"),
    "utf8",
  ),
) as { id: string; title: string; steps: { event: string; note?: string }[] };
const STEPS = OFFER.steps.map(({ event }) => events.find((e) => e.id === event)!);
const stepUrl = (index: number) => `/threads/${OFFER.id}/${STEPS[index]!.id}`;

/** The step page shows step n of N, its event's title and every one of its quotes. */
async function expectStep(page: Page, index: number) {
  const event = STEPS[index]!;
  await expect(page).toHaveURL(new RegExp(`${stepUrl(index)}$`));
  await expect(page.getByTestId("step-position")).toHaveText(
    `Step ${index + 1} of ${STEPS.length}`,
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
  const quotes = page.getByRole("region", { name: "What the sources say" }).locator("figure");
  await expect(quotes).toHaveCount(event.sources.length);
}

test("the threads page lists the NATO-offer thread, whose page lists its steps in order", async ({
  page,
}) => {
  await page.goto("/threads");
  await page.getByRole("link", { name: OFFER.title }).click();
  await expect(page).toHaveURL(new RegExp(`/threads/${OFFER.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFER.title);
  const steps = page.getByTestId("thread-steps").locator("li");
  await expect(steps).toHaveCount(STEPS.length);
  for (const [i, event] of STEPS.entries()) await expect(steps.nth(i)).toContainText(event.title);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", OFFER.title);
});

test("the NATO-offer thread stepped through by mouse, forwards and back", async ({ page }) => {
  await page.goto(`/threads/${OFFER.id}`);
  await page.getByRole("link", { name: /^Next: step 1,/ }).click();
  for (let i = 0; i < STEPS.length; i++) {
    await expectStep(page, i);
    if (i < STEPS.length - 1) await page.getByRole("link", { name: /^Next:/ }).click();
  }
  await expect(page.getByRole("link", { name: /^Next:/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Previous:/ }).click();
  await expectStep(page, STEPS.length - 2);
  // A step's note is shown where the thread has one.
  await page.goto(stepUrl(0));
  await expect(page.getByTestId("step-note")).toContainText(OFFER.steps[0]!.note!);
  await page.getByRole("link", { name: /Previous: the thread's overview/ }).click();
  await expect(page).toHaveURL(new RegExp(`/threads/${OFFER.id}$`));
});

test("the NATO-offer thread stepped through with the arrow keys", async ({ page }) => {
  // The script shows the hint when it runs: a key pressed before would do nothing.
  const press = async (key: string) => {
    await expect(page.getByText("The ← and → keys step through the thread too.")).toBeVisible();
    await page.keyboard.press(key);
  };
  await page.goto(stepUrl(0));
  for (let i = 1; i < STEPS.length; i++) {
    await press("ArrowRight");
    await expectStep(page, i);
  }
  await press("ArrowRight"); // the last step: nowhere to go
  await expectStep(page, STEPS.length - 1);
  await press("ArrowLeft");
  await expectStep(page, STEPS.length - 2);
  // Tab reaches the step links too.
  await page.getByRole("link", { name: /^Next:/ }).focus();
  await page.keyboard.press("Enter");
  await expectStep(page, STEPS.length - 1);
});

test("the NATO-offer thread read with JavaScript off, and its first-load scripts", async ({
  browser,
}) => {
  const noScript = await browser.newPage({ javaScriptEnabled: false });
  await noScript.goto(`/threads/${OFFER.id}`);
  await noScript.getByRole("link", { name: /^Next: step 1,/ }).click();
  for (let i = 0; i < STEPS.length; i++) {
    await expectStep(noScript, i);
    if (i < STEPS.length - 1) await noScript.getByRole("link", { name: /^Next:/ }).click();
  }
  // The keys hint is only for readers whose browser runs the script.
  await expect(noScript.getByText("The ← and → keys step through the thread too.")).toBeHidden();

  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(stepUrl(3));
  await expectStep(page, 3);
  expect(scripts).toEqual(["/thread-keys.js"]);
  await Promise.all([page.close(), noScript.close()]);
});

test("a step of another thread, or an unknown thread, is a 404", async ({ page }) => {
  const other = await page.goto(`/threads/${OFFER.id}/2016-12-sirte-freed-from-islamic-state`);
  expect(other?.status()).toBe(404);
  const unknown = await page.goto("/threads/no-such-thread");
  expect(unknown?.status()).toBe(404);
});

for (const [name, address] of [
  ["the threads page", "/threads"],
  ["a thread page", `/threads/${OFFER.id}`],
  ["a thread step", `/threads/${OFFER.id}/${STEPS[1]!.id}`],
] as const) {
  test(`${name} has no accessibility violations, light and dark`, async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(address);
      const results = await new AxeBuilder({ page })
        // Off by default in axe; Lighthouse checks it (WCAG 2.2: targets of 24 px or spaced).
        .options({ rules: { "target-size": { enabled: true } } })
        .analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.help}`)).toEqual([]);
    }
  });
}

test("a step page draws the thread in time, the current step marked, without JavaScript", async ({
  browser,
}) => {
  const page = await browser.newPage({
    javaScriptEnabled: false,
    viewport: test.info().project.name === "phone" ? { width: 390, height: 844 } : undefined,
  });
  const current = 3;
  await page.goto(stepUrl(current));
  const markers = page.getByTestId("step-timeline").getByRole("link");
  await expect(markers).toHaveCount(STEPS.length);
  const boxes = [];
  for (const [i, event] of STEPS.entries()) {
    const marker = markers.nth(i);
    await expect(marker).toHaveAttribute("href", stepUrl(i));
    await expect(marker).toHaveAccessibleName(
      new RegExp(`^Step ${i + 1}${i === current ? " \\(this page\\)" : ""}: `),
    );
    await expect(marker).toContainText(event.title);
    boxes.push((await marker.boundingBox())!);
  }
  // Marked by more than colour: the only current link, larger than the others, and named in words.
  await expect(page.getByTestId("step-timeline").locator('[aria-current="page"]')).toHaveCount(1);
  await expect(markers.nth(current)).toHaveAttribute("aria-current", "page");
  expect(boxes[current]!.width).toBeGreaterThan(boxes[0]!.width * 1.1);
  await expect(page.getByTestId("step-timeline-current")).toHaveText(
    new RegExp(`^This page is step ${current + 1} \\(the ringed marker\\)`),
  );
  // Placed by date: of the steps dated to the day, a later one never stands left of an earlier
  // one (an imprecise date stands at its span's middle); and all within the page.
  const centres = boxes
    .filter((_, i) => /^\d{4}-\d{2}-\d{2}$/.test(STEPS[i]!.date))
    .map((box) => box.x + box.width / 2);
  expect(centres.length).toBeGreaterThan(3);
  for (let i = 1; i < centres.length; i++)
    expect(centres[i]!).toBeGreaterThanOrEqual(centres[i - 1]!);
  const width = page.viewportSize()!.width;
  for (const box of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
  // Each marker is a link to its step.
  await markers.nth(0).click();
  await expectStep(page, 0);
  await page.close();
});

test("“See on the timeline” opens the explorer on the thread, the step selected on its timeline", async ({
  page,
}) => {
  const current = 6;
  const event = STEPS[current]!;
  await page.goto(stepUrl(current));
  const link = page.getByRole("link", { name: "See on the timeline" });
  await expect(link).toHaveAttribute("href", `/?thread=${OFFER.id}&event=${event.id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`\\?thread=${OFFER.id}&event=${event.id}$`));
  await expect(page.getByTestId("event")).toHaveCount(STEPS.length);
  await page.getByRole("region", { name: "Timeline" }).scrollIntoViewIfNeeded();
  // On a phone the timeline is the overview strip until the reader asks for vis-timeline.
  await exploreTimeline(page);
  const selected = page.locator(
    ".vis-item.vis-box.vis-selected, .vis-item.vis-range.vis-selected, .vis-item.vis-point.vis-selected",
  );
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText(event.title);
});
