import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { events } from "./store-facts";

const REQUEST = events.find((event) => event.id === "2017-02-16-libya-requests-nato-assistance")!;

test("an event has its own page with every quote and its sources", async ({ page }) => {
  const response = await page.goto(`/events/${REQUEST.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REQUEST.title);
  await expect(page).toHaveTitle(new RegExp(REQUEST.title));
  for (const { quote } of REQUEST.sources) {
    await expect(page.locator("blockquote", { hasText: quote.slice(0, 40) })).toBeVisible();
  }
  await expect(
    page.getByText("Original address unknown; no archived copy is linked."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "← Libya–NATO timeline" })).toHaveAttribute(
    "href",
    `/?event=${REQUEST.id}`,
  );
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("an unknown event id is a real 404", async ({ page }) => {
  const response = await page.goto("/events/no-such-event");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
