import type { Page } from "@playwright/test";

/** On a phone most filters are folded under "More filters": unfold them (no-op on a desktop). */
export async function showAllFilters(page: Page) {
  const more = page.locator("summary", { hasText: "More filters" });
  if (await more.isVisible()) await more.click();
}
