import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures/test";
import { readFile } from "node:fs/promises";
import { events } from "./store-facts";

const meetings = events.filter((event) => event.type === "meeting");
const quotesOf = (list: typeof events) => list.reduce((sum, e) => sum + e.sources.length, 0);

test("the explorer downloads its current view as CSV, one row per quote", async ({ page }) => {
  await page.goto("/?type=meeting&event=2017-02-15-nato-defence-ministers-meet-in-brussels");
  await page.locator("summary", { hasText: /^Data$/ }).click();
  const link = page.getByRole("link", { name: "CSV" });
  await expect(link).toHaveAttribute("href", "/download/events.csv?type=meeting");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("libya-nato-events.csv");
  const rows = parse(await readFile(await download.path()), { columns: true }) as Record<
    string,
    string
  >[];
  expect(rows).toHaveLength(quotesOf(meetings));
  expect(new Set(rows.map((row) => row.event_id))).toEqual(new Set(meetings.map((e) => e.id)));
});

test("the JSON download and the whole store answer with the data", async ({ request }) => {
  const view = await request.get("/download/events.json?type=meeting");
  expect(view.headers()["content-type"]).toContain("application/json");
  const body = (await view.json()) as { count: number; events: { id: string }[] };
  expect(body.count).toBe(meetings.length);
  const store = await request.get("/download/store.json");
  const all = (await store.json()) as { events: unknown[]; sources: unknown[] };
  expect(all.events).toHaveLength(events.length);
  expect(all.sources.length).toBeGreaterThan(0);
});

test("the JSON download answers in the API's shape, as /api/events does for the query", async ({
  request,
}) => {
  const download = await (await request.get("/download/events.json?type=meeting")).json();
  const api = await (await request.get("/api/events?type=meeting")).json();
  expect(download).toEqual(api);
  expect(download.filters.types).toEqual(["meeting"]);
  // Forgiving as the page is: a bad value is ignored, where the API refuses it.
  expect((await request.get("/api/events?type=banana")).status()).toBe(400);
  const lenient = await request.get("/download/events.json?type=banana");
  expect(lenient.status()).toBe(200);
  expect(((await lenient.json()) as { count: number }).count).toBe(events.length);
});
