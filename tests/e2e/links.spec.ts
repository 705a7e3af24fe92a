import { expect, test } from "./fixtures/test";
import { LinkChecker, LinkState } from "linkinator";
import { SITE_URL } from "../../lib/deploy/site";

// Crawls the running site (`next start` on the production build) and fails on any internal link
// that does not answer. Absolute links to SITE_URL (canonical, og:image, JSON-LD url) are checked
// on the test server instead; every other origin is skipped (the machine has no network).
// One crawl is enough; the viewport changes no link.
test.setTimeout(180_000);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A link with a query (a filtered view, a download of one) is asked once but not crawled: each
// view links to narrower ones (places, dates, events), so crawling them would walk every
// combination of the filters.
test("every internal link answers", async ({ baseURL, request }) => {
  const root = baseURL!;
  const queried = new Set<string>();
  const skipped = (link: string) => {
    const url = new URL(link, root);
    if (url.origin !== new URL(root).origin) return Promise.resolve(true);
    if (url.search) queried.add(url.href);
    return Promise.resolve(url.search !== "");
  };
  const { links } = await new LinkChecker().check({
    path: root,
    recurse: true,
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${escapeRegExp(SITE_URL)}(?=/|$)`), replacement: root },
    ],
    linksToSkip: skipped,
    concurrency: 8,
    timeout: 30_000,
  });
  const broken = links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (${link.status ?? "no answer"}) linked from ${link.parent ?? "?"}`);
  expect(links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(20);
  expect(broken, `Broken internal links:\n${broken.join("\n")}`).toEqual([]);

  expect(queried.size).toBeGreaterThan(20);
  const failing: string[] = [];
  for (const url of queried) {
    const status = (await request.get(url, { maxRedirects: 0 })).status();
    if (status !== 200) failing.push(`${url} (${status})`);
  }
  expect(failing, `Links with a query that do not answer 200:\n${failing.join("\n")}`).toEqual([]);
});

test("every page in the sitemap answers", async ({ baseURL, request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const urls = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(20);
  const failing: string[] = [];
  for (const url of urls) {
    // The sitemap holds SITE_URL addresses; ask the test server for the same path.
    const { pathname } = new URL(url);
    const status = (await request.get(new URL(pathname, baseURL).href)).status();
    if (status !== 200) failing.push(`${pathname} (${status})`);
  }
  expect(failing, `Sitemap pages that do not answer 200:\n${failing.join("\n")}`).toEqual([]);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
});
