import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { events } from "./store-facts";

// Link previews: the image routes, and what the event page's <head> tells crawlers.
// Nothing here depends on the viewport.

const EVENT = events.find((event) => event.id === "2017-02-16-libya-requests-nato-assistance")!;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (body: Buffer) => ({ width: body.readUInt32BE(16), height: body.readUInt32BE(20) });

/** The answer at `address` is a 1200×630 PNG. */
async function expectPreviewImage(request: APIRequestContext, address: string) {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect(body.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(body.length).toBeGreaterThan(10_000);
  expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
}

for (const address of [
  `/events/${EVENT.id}/opengraph-image`,
  `/events/${EVENT.id}/twitter-image`,
  "/opengraph-image",
]) {
  test(`${address} is a 1200×630 PNG`, async ({ request }) => {
    await expectPreviewImage(request, address);
  });
}

// The threads as written in data/threads/, so that none is left out.
const threadsDir = path.join(process.cwd(), "data", "threads");
const THREADS = readdirSync(threadsDir).map(
  (file) =>
    JSON.parse(readFileSync(path.join(threadsDir, file), "utf8")) as {
      id: string;
      title: string;
      steps: { event: string }[];
    },
);

test("each thread page's og:image answers a PNG, and its steps' pages share it", async ({
  page,
  request,
}) => {
  expect(THREADS.length).toBeGreaterThan(1);
  for (const thread of THREADS) {
    for (const address of [
      `/threads/${thread.id}`,
      `/threads/${thread.id}/${thread.steps[1]!.event}`,
    ]) {
      await page.goto(address);
      const meta = (selector: string) =>
        page.locator(`head meta[${selector}]`).getAttribute("content");
      const image = new URL((await meta('property="og:image"'))!);
      expect(image.pathname).toBe(`/threads/${thread.id}/opengraph-image`);
      expect(await meta('property="og:image:alt"')).toContain("thread");
      expect(await meta('name="twitter:card"')).toBe("summary_large_image");
      expect(await meta('name="twitter:image"')).toBe(image.href);
      await expectPreviewImage(request, image.pathname);
    }
  }
  expect((await request.get("/threads/no-such-thread/opengraph-image")).status()).toBe(404);
});

test("an unknown event has no image", async ({ request }) => {
  expect((await request.get("/events/no-such-event/opengraph-image")).status()).toBe(404);
});

test("an event page gives crawlers its preview and its structured data", async ({ page }) => {
  await page.goto(`/events/${EVENT.id}`);
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");

  expect(await meta('property="og:title"')).toContain(EVENT.title);
  expect(await meta('property="og:image"')).toContain(`/events/${EVENT.id}/opengraph-image`);
  expect(await meta('property="og:image:width"')).toBe("1200");
  expect(await meta('name="twitter:card"')).toBe("summary_large_image");
  expect(await meta('name="twitter:image"')).toContain(`/events/${EVENT.id}/twitter-image`);

  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
  const event = data.find((item) => item["@type"] === "Event");
  expect(event, "a JSON-LD Event (the lead wires <JsonLd> into the page)").toBeDefined();
  expect(event).toMatchObject({
    "@context": "https://schema.org",
    name: EVENT.title,
    // The request is dated 2017-02-15/2017-02-16: the interval's ends.
    startDate: "2017-02-15",
    endDate: "2017-02-16",
  });
  expect(String(event?.url)).toMatch(new RegExp(`/events/${EVENT.id}$`));
});
