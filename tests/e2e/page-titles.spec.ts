import { expect, test } from "./fixtures/test";
import { events } from "./store-facts";

const selected = events[3]!;

test("a link to a selected event is titled with the event, as its own page is", async ({
  page,
}) => {
  await page.goto(`/events/${selected.id}`);
  const eventTitle = await page.title();
  expect(eventTitle).toContain(selected.title);
  await page.goto(`/?event=${selected.id}`);
  await expect(page).toHaveTitle(eventTitle);
});

test("an unknown selected event leaves the site's title", async ({ page }) => {
  await page.goto("/?event=no-such-event");
  await expect(page).toHaveTitle("Libya–NATO security-assistance timeline");
});

test("the filtered view's own address redirects to the one URL of the view, uncached", async ({
  request,
}) => {
  const response = await request.get("/filtered-view?type=meeting&q=nato", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe("/");
  expect(new URL(response.headers()["location"]!, "http://x").search).toBe("?type=meeting&q=nato");
  expect(response.headers()["cache-control"]).toBe("no-store");
});
