import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { openHostPage } from "./fixtures/host-page";
import { events } from "./store-facts";
import { showAllFilters } from "./filters";
import { exploreTimeline, ITEM } from "./reading";

// The security headers every response carries (next.config.ts headers() and proxy.needs-server.ts), checked against the
// policy as written here, not as lib/deploy/security-headers.ts builds it.

const EVENT = events.find((event) => event.id === "2017-02-16-libya-requests-nato-assistance")!;

/** The policy's directives by name: "script-src 'self' x" → { "script-src": ["'self'", "x"] }. */
function directives(policy: string | undefined): Record<string, string[]> {
  expect(policy, "Content-Security-Policy header").toBeTruthy();
  return Object.fromEntries(
    policy!
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

const COMMON_DIRECTIVES = {
  "default-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

const PATHS = [
  { name: "home page", path: "/", status: 200, framable: false },
  { name: "event page", path: `/events/${EVENT.id}`, status: 200, framable: false },
  { name: "embed", path: "/embed?type=meeting", status: 200, framable: true },
  { name: "404", path: "/no-such-page", status: 404, framable: false },
  { name: "unknown event", path: "/events/no-such-event", status: 404, framable: false },
  {
    name: "link-preview image",
    path: `/events/${EVENT.id}/opengraph-image`,
    status: 200,
    framable: false,
  },
  { name: "robots.txt", path: "/robots.txt", status: 200, framable: false },
  { name: "JSON API", path: "/api/events", status: 200, framable: false },
];

for (const { name, path, status, framable } of PATHS) {
  test(`security headers on the ${name} (${path})`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const permissions = headers["permissions-policy"]?.split(/,\s*/) ?? [];
    expect(permissions).toEqual(
      expect.arrayContaining([
        "camera=()",
        "microphone=()",
        "geolocation=()",
        "interest-cohort=()",
      ]),
    );
    expect(headers["x-powered-by"]).toBeUndefined();

    const policy = headers["content-security-policy"];
    expect(policy).not.toContain("unsafe-eval");
    const csp = directives(policy);
    expect(csp).toMatchObject(COMMON_DIRECTIVES);
    // No 'unsafe-inline' script: only the site's own files, and the inline scripts of this page
    // by hash (made at build time) or by nonce (rendered per request).
    const [self, ...inline] = csp["script-src"] ?? [];
    expect(self).toBe("'self'");
    for (const source of inline)
      expect(source).toMatch(/^'(sha256-[A-Za-z0-9+/]+=*|nonce-[\w+/=-]+)'$/);
    if (framable) {
      expect(csp["frame-ancestors"]).toEqual(["*"]);
      expect(headers["x-frame-options"]).toBeUndefined();
    } else {
      expect(csp["frame-ancestors"]).toEqual(["'none'"]);
      expect(headers["x-frame-options"]).toBe("DENY");
    }
  });
}

/** Collects CSP violations: the browser's console reports and the DOM's violation events. */
async function watchCsp(page: Page) {
  const reports: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(text)) {
      reports.push(`${message.type()}: ${text}`);
    }
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy|unsafe-eval/i.test(error.message)) reports.push(error.message);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return reports;
}

test("the home page, its timeline and the explorer work under the policy", async ({ page }) => {
  const reports = await watchCsp(page);
  await page.goto("/?type=meeting");
  // The timeline is a lazily loaded chunk that sets inline styles: it must draw its items (on a
  // phone once the reader asks for it).
  await exploreTimeline(page);
  const items = page.locator(ITEM);
  await expect(items.first()).toBeVisible();
  await items.first().click();
  await expect(page).toHaveURL(/event=/);
  // Client-side filtering (React, no eval) still runs.
  await showAllFilters(page);
  await page.getByRole("checkbox", { name: /^Offer/ }).check();
  await expect(page).toHaveURL(/type=meeting,offer|type=offer,meeting/);
  // connect-src 'self': the page may read the site's own JSON API.
  const status = await page.evaluate(() =>
    fetch("/api/events").then((response) => response.status),
  );
  expect(status).toBe(200);
  expect(reports).toEqual([]);
});

for (const path of [
  "/",
  "/about",
  "/sources",
  `/sources/${EVENT.sources[0]!.source}`,
  "/no-such-page",
]) {
  test(`${path} runs its own inline scripts under the policy`, async ({ page }) => {
    const reports = await watchCsp(page);
    // A blocked inline script (Next inlines its payload in every page) is reported here.
    await page.goto(path, { waitUntil: "networkidle" });
    expect(reports).toEqual([]);
  });
}

test("an event page and its images load under the policy", async ({ page }) => {
  const reports = await watchCsp(page);
  const blocked: string[] = [];
  page.on("requestfailed", (request) => {
    // Prefetches cut short by navigation fail too (net::ERR_ABORTED): only blocks count here.
    if (/BLOCKED/.test(request.failure()?.errorText ?? "")) blocked.push(request.url());
  });
  await page.goto(`/events/${EVENT.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(EVENT.title);
  // Hydrated: a client component answers a click.
  await page.getByRole("button", { name: /copy/i }).first().click();
  await expect(page.getByRole("status").filter({ hasText: /Copied|Could not copy/ })).toHaveCount(
    1,
  );
  const ogImage = await page.locator('head meta[property="og:image"]').getAttribute("content");
  const image = await page.request.get(new URL(ogImage!).pathname);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(blocked).toEqual([]);
  expect(reports).toEqual([]);
});

test("other sites cannot frame the site, but can frame /embed", async ({ page, baseURL }) => {
  // Chromium reports a refused frame in the console ("Framing … violates … frame-ancestors")
  // and fails its request with net::ERR_BLOCKED_BY_RESPONSE.
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors|Refused to (display|frame)/i.test(message.text())) {
      refused.push(message.text());
    }
  });
  page.on("requestfailed", (request) => {
    if (request.frame() !== page.mainFrame()) {
      refused.push(`${request.url()}: ${request.failure()?.errorText}`);
    }
  });
  await openHostPage(page, `${baseURL}/`);
  await expect.poll(() => refused.join("\n")).toMatch(/frame-ancestors 'none'/);
  expect(refused.join("\n")).toContain("ERR_BLOCKED_BY_RESPONSE");
  const frame = page.frameLocator("iframe");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveCount(0);

  refused.length = 0;
  await openHostPage(page, `${baseURL}/embed`);
  await expect(frame.getByTestId("event").first()).toBeVisible();
  expect(refused).toEqual([]);
});
