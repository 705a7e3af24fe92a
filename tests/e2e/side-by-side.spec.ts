import { expect, test } from "./fixtures/test";
import { events } from "./store-facts";

// Reported by DW and by Press TV, each in its own words.
const UPRISING = events.find((event) => event.id === "2011-uprising-topples-muammar-gaddafi")!;
const byPublisher = (prefix: string) =>
  UPRISING.sources.filter((cite) => cite.source.startsWith(prefix)).map((cite) => cite.quote);

test("an event reported by two publishers shows each one's quotes in its own column", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/events/${UPRISING.id}`);
  const dw = page.getByRole("group", { name: /^As DW/ });
  const presstv = page.getByRole("group", { name: /^As Press TV/ });
  await expect(dw.locator("blockquote")).toHaveCount(byPublisher("dw-").length);
  await expect(presstv.locator("blockquote")).toHaveCount(byPublisher("presstv-").length);
  for (const quote of byPublisher("presstv-")) await expect(presstv).toContainText(quote);
  // Side by side: the columns start level, one left of the other.
  const [a, b] = [(await dw.boundingBox())!, (await presstv.boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x);
});

test("a single-publisher event keeps one column", async ({ page }) => {
  await page.goto("/events/2016-12-sirte-freed-from-islamic-state");
  await expect(page.getByTestId("side-by-side")).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "What the sources say" }).locator("figure"),
  ).toHaveCount(2);
});

test("the explorer's detail panel shows the publishers side by side too", async ({ page }) => {
  await page.goto(`/?event=${UPRISING.id}`);
  const detail = page.getByRole("group", { name: /^As Press TV/ }).filter({ visible: true });
  await expect(detail.first()).toBeVisible();
  await expect(
    page
      .getByRole("group", { name: /^As DW/ })
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
});
