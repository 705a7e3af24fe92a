import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ID_ROUTES, readKnownIds, unknownIdIn } from "@/lib/deploy/id-routes";

const KNOWN = {
  events: new Set(["2016-known-event"]),
  sources: new Set(["known-source"]),
  threads: new Set(["known-thread"]),
};

/**
 * Every address with an id segment whose answer Next.js may keep (all but the `*.needs-server.ts`
 * routes, which answer each request and keep nothing), with a made-up id in it.
 */
function keptIdAddresses(): string[] {
  const addresses: string[] = [];
  for (const root of ["app", "pages"]) {
    for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
      if (!file.includes("[") || !/\.tsx?$/.test(file) || file.includes(".needs-server.")) continue;
      const address = `/${file.split(path.sep).join("/")}`
        .replace(/\[[^\]]+\]/g, "made-up-id")
        .replace(/\/(page|route|index)\.tsx?$/, "")
        .replace(/\.tsx?$/, "");
      addresses.push(address);
    }
  }
  return addresses;
}

describe("unknown ids", () => {
  it("covers every kept route with an id, so none can store a page per made-up id", () => {
    const addresses = keptIdAddresses();
    expect(addresses).toEqual(
      expect.arrayContaining([
        "/events/made-up-id",
        "/events/made-up-id/opengraph-image",
        "/sources/made-up-id",
        "/threads/made-up-id",
        "/threads/made-up-id/made-up-id",
        "/threads/made-up-id/opengraph-image",
      ]),
    );
    for (const address of addresses) expect(unknownIdIn(address, KNOWN), address).toBe(true);
    expect(unknownIdIn("/_next/data/build-1/events/made-up-id.json", KNOWN)).toBe(true);
    expect(unknownIdIn("/_next/data/build-1/threads/made-up-id.json", KNOWN)).toBe(true);
  });

  it("lets known ids, other paths and percent-encoded known ids through", () => {
    expect(unknownIdIn("/events/2016-known-event", KNOWN)).toBe(false);
    expect(unknownIdIn("/events/2016-known-event/twitter-image", KNOWN)).toBe(false);
    expect(unknownIdIn("/sources/known%2Dsource", KNOWN)).toBe(false);
    expect(unknownIdIn("/about", KNOWN)).toBe(false);
    expect(unknownIdIn("/threads", KNOWN)).toBe(false);
    expect(unknownIdIn("/threads/known-thread", KNOWN)).toBe(false);
    expect(unknownIdIn("/threads/known-thread/2016-known-event", KNOWN)).toBe(false);
    expect(unknownIdIn("/threads/known-thread/opengraph-image", KNOWN)).toBe(false);
    // A step needs both: a known thread with a made-up event, and the other way round.
    expect(unknownIdIn("/threads/known-thread/made-up-id", KNOWN)).toBe(true);
    expect(unknownIdIn("/threads/made-up-id/2016-known-event", KNOWN)).toBe(true);
    expect(unknownIdIn("/_next/data/b/threads/known-thread/2016-known-event.json", KNOWN)).toBe(
      false,
    );
    expect(unknownIdIn("/events", KNOWN)).toBe(false);
    expect(unknownIdIn("/sources/%E0%A4%A", KNOWN)).toBe(true);
    expect(ID_ROUTES.length).toBeGreaterThan(0);
  });

  it("reads the store's ids from its file names", () => {
    const ids = readKnownIds(path.join(process.cwd(), "data"));
    expect(ids.events.has("2016-12-sirte-freed-from-islamic-state")).toBe(true);
    expect(ids.sources.has("dw-2017-02-16-libya-requests-nato-assistance")).toBe(true);
    expect(ids.sources.has("dw-2017-02-16-libya-requests-nato-assistance.txt")).toBe(false);
    expect(ids.threads.has("nato-offer-of-assistance")).toBe(true);
  });
});
