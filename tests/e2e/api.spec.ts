import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { countWhere, events } from "./store-facts";

// The API checked against the records in data/, read here without the app's code.
const sourcesDir = path.join(process.cwd(), "data", "sources");
const sourceIds = readdirSync(sourcesDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.slice(0, -".json".length));

const REQUEST = "2017-02-16-libya-requests-nato-assistance";
const DW = "dw-2017-02-16-libya-requests-nato-assistance";

interface Body {
  total: number;
  count: number;
  events: {
    id: string;
    type: string;
    url: string;
    sources: {
      id: string;
      quote: string;
      voice: string;
      speaker: { actor: string | null; name: string } | null;
    }[];
  }[];
  filters: Record<string, unknown>;
}

async function json<T>(response: APIResponse, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  return (await response.json()) as T;
}

test("GET /api/events lists every event, with cache and CORS headers", async ({ request }) => {
  const response = await request.get("/api/events");
  const body = await json<Body>(response);
  expect(body.total).toBe(events.length);
  expect(body.count).toBe(events.length);
  expect(response.headers()["cache-control"]).toBe(
    "public, max-age=300, stale-while-revalidate=86400",
  );
  expect(response.headers()["etag"]).toMatch(/^W\/"[\w-]+"$/);
});

test("the filters give what the records say", async ({ request }) => {
  const meetings = await json<Body>(await request.get("/api/events?type=meeting"));
  expect(meetings.count).toBe(countWhere((event) => event.type === "meeting"));
  expect(meetings.events.map((e) => e.id).sort()).toEqual(
    events
      .filter((e) => e.type === "meeting")
      .map((e) => e.id)
      .sort(),
  );
  expect(meetings.filters).toMatchObject({ types: ["meeting"], expected: true, sort: "date" });

  const both = await json<Body>(await request.get("/api/events?type=meeting,offer&actor=nato"));
  expect(both.count).toBe(
    countWhere((e) => ["meeting", "offer"].includes(e.type) && e.actors.includes("nato")),
  );

  const hidden = await json<Body>(await request.get("/api/events?expected=hide&group=actor"));
  expect(hidden.count).toBe(countWhere((e) => e.status !== "expected"));
});

test("a bad parameter is refused with 400, naming each one", async ({ request }) => {
  const body = await json<{ error: string; parameters: { name: string; message: string }[] }>(
    await request.get("/api/events?type=banana&from=nope"),
    400,
  );
  expect(body.error).toBe("Bad query parameters");
  expect(body.parameters.map((p) => p.name).sort()).toEqual(["from", "type"]);
  expect(body.parameters.find((p) => p.name === "type")!.message).toContain("banana");

  const typo = await json<{ parameters: { name: string }[] }>(
    await request.get("/api/events?types=meeting"),
    400,
  );
  expect(typo.parameters.map((p) => p.name)).toEqual(["types"]);
});

test("GET /api/events/<id> gives one event; an unknown id is a JSON 404", async ({ request }) => {
  const event = await json<Body["events"][number]>(await request.get(`/api/events/${REQUEST}`));
  const record = events.find((e) => e.id === REQUEST)!;
  expect(event.id).toBe(REQUEST);
  expect(event.type).toBe(record.type);
  expect(new URL(event.url).pathname).toBe(`/events/${REQUEST}`);
  // Each citation carries its voice and speaker, the actor's name resolved.
  expect(
    event.sources.map(({ id, quote, voice, speaker }) => ({
      source: id,
      quote,
      voice,
      ...(speaker && { speaker: { actor: speaker.actor } }),
    })),
  ).toEqual(record.sources);
  expect(event.sources[0]!.speaker).toEqual({
    actor: "jens-stoltenberg",
    name: "Jens Stoltenberg",
  });

  const missing = await json<{ error: string; suggestions: string[] }>(
    await request.get(`/api/events/${REQUEST}x`),
    404,
  );
  expect(missing.error).toContain(`${REQUEST}x`);
  expect(missing.suggestions[0]).toBe(REQUEST);
});

test("writing methods get 405 with Allow; OPTIONS and HEAD answer", async ({ request }) => {
  for (const url of [
    "/api/events",
    `/api/events/${REQUEST}`,
    "/api/sources",
    `/api/sources/${DW}`,
  ]) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await request.fetch(url, { method, data: {} });
      const body = await json<{ error: string }>(response, 405);
      expect(body.error).toContain(method);
      expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    }
  }
  const options = await request.fetch("/api/events", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(options.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");

  const head = await request.head("/api/events?type=meeting");
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toMatch(/^W\/"[\w-]+"$/);
  expect(await head.text()).toBe("");
});

test("If-None-Match with the ETag is answered 304; another query has another ETag", async ({
  request,
}) => {
  const first = await request.get("/api/events?type=meeting");
  const etag = first.headers()["etag"]!;
  expect(etag).toBeTruthy();
  const again = await request.get("/api/events?type=meeting", {
    headers: { "If-None-Match": etag },
  });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  expect(again.headers()["access-control-allow-origin"]).toBe("*");
  expect(await again.text()).toBe("");

  const other = await request.get("/api/events?type=offer", { headers: { "If-None-Match": etag } });
  expect(other.status()).toBe(200);
  expect(other.headers()["etag"]).not.toBe(etag);
});

test("GET /api/sources lists every source; /api/sources/<id> gives its text", async ({
  request,
}) => {
  const list = await json<{
    count: number;
    sources: { id: string; eventCount: number; events: string[]; pageUrl: string }[];
  }>(await request.get("/api/sources"));
  expect(list.count).toBe(sourceIds.length);
  expect(list.sources.map((s) => s.id).sort()).toEqual([...sourceIds].sort());
  for (const source of list.sources) {
    const citing = events.filter((e) => e.sources.some((cite) => cite.source === source.id));
    expect(source.eventCount).toBe(citing.length);
    expect([...source.events].sort()).toEqual(citing.map((e) => e.id).sort());
    expect(new URL(source.pageUrl).pathname).toBe(`/sources/${source.id}`);
  }

  const response = await request.get(`/api/sources/${DW}`);
  const source = await json<{ id: string; text: string; events: string[] }>(response);
  expect(source.text).toBe(readFileSync(path.join(sourcesDir, `${DW}.txt`), "utf8"));
  expect(source.events).toContain(REQUEST);
  expect(response.headers()["etag"]).toBeTruthy();

  const missing = await json<{ error: string }>(await request.get("/api/sources/nope"), 404);
  expect(missing.error).toContain("nope");
});
