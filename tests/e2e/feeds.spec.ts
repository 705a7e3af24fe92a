import { expect, test } from "./fixtures/test";
import { events } from "./store-facts";

// The news feeds: found from every page's <head>, and readable by feed readers.

const permalinkPath = (id: string) => `/events/${id}`;

test("the home page links both feeds for autodiscovery", async ({ page }) => {
  await page.goto("/");
  const link = (type: string) => page.locator(`head link[rel="alternate"][type="${type}"]`);
  await expect(link("application/atom+xml")).toHaveAttribute("href", /\/feed\.xml$/);
  await expect(link("application/atom+xml")).toHaveAttribute("title", /\(Atom\)$/);
  await expect(link("application/feed+json")).toHaveAttribute("href", /\/feed\.json$/);
  await expect(link("application/feed+json")).toHaveAttribute("title", /\(JSON Feed\)$/);
});

test("/feed.xml is an Atom feed with an entry per event, ids the permalinks", async ({
  page,
  request,
}) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();

  // Parse it as XML in the browser: a parse error would give a <parsererror> document.
  await page.goto("/");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(atom, "entry")];
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: doc.documentElement.namespaceURI + " " + doc.documentElement.localName,
      ids: entries.map((entry) => entry.getElementsByTagNameNS(atom, "id")[0]?.textContent ?? ""),
    };
  }, xml);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(parsed.ids).toHaveLength(events.length);
  expect(parsed.ids.map((id) => new URL(id).pathname).sort()).toEqual(
    events.map((event) => permalinkPath(event.id)).sort(),
  );
});

test("/feed.json is a JSON Feed 1.1 with an item per event", async ({ request }) => {
  const response = await request.get("/feed.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
  const feed = (await response.json()) as {
    version: string;
    title: string;
    items: { id: string; url: string; title: string; date_published: string }[];
  };
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.title).toBeTruthy();
  expect(feed.items).toHaveLength(events.length);
  for (const item of feed.items) {
    expect(item.url).toBe(item.id);
    expect(item.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
  }
  expect(feed.items.map((item) => new URL(item.id).pathname).sort()).toEqual(
    events.map((event) => permalinkPath(event.id)).sort(),
  );
});
