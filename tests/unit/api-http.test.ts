import { describe, expect, it } from "vitest";
import {
  ALLOWED_METHODS,
  CACHE_CONTROL,
  etagOf,
  ifNoneMatchHits,
  jsonResponse,
  methodNotAllowed,
  options,
} from "@/lib/outputs/api/http";

const get = (headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/events", { headers });

describe("etagOf", () => {
  it("is a weak, quoted hash of the body: same body, same tag; other body, other tag", () => {
    expect(etagOf('{"a":1}')).toMatch(/^W\/"[\w-]{27}"$/);
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
  });
});

describe("ifNoneMatchHits", () => {
  const tag = '"abc"';
  it("matches the tag, in a list, weakly, or *", () => {
    expect(ifNoneMatchHits('"abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits('"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHits('"x", "abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchHits("*", tag)).toBe(true);
  });
  it("does not match another tag, an unquoted one or no header", () => {
    expect(ifNoneMatchHits('"abcd"', tag)).toBe(false);
    expect(ifNoneMatchHits("abc", tag)).toBe(false);
    expect(ifNoneMatchHits(null, tag)).toBe(false);
    expect(ifNoneMatchHits("", tag)).toBe(false);
  });
});

describe("jsonResponse", () => {
  it("answers 200 with JSON, an ETag, cache and CORS headers", async () => {
    const response = jsonResponse(get(), { status: 200, body: { a: 1 } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"a":1}');
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("ETag")).toBe(etagOf('{"a":1}'));
    expect(response.headers.get("Cache-Control")).toBe(CACHE_CONTROL);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Expose-Headers")).toBe("ETag");
  });

  it("answers 304 without a body when If-None-Match names the ETag", async () => {
    const etag = etagOf('{"a":1}');
    const response = jsonResponse(get({ "If-None-Match": etag }), { status: 200, body: { a: 1 } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("ETag")).toBe(etag);
    expect(response.headers.get("Cache-Control")).toBe(CACHE_CONTROL);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("answers 200 again when the data changed", () => {
    const stale = get({ "If-None-Match": etagOf('{"a":1}') });
    expect(jsonResponse(stale, { status: 200, body: { a: 2 } }).status).toBe(200);
  });

  it("gives errors their status and no ETag, whatever If-None-Match says", async () => {
    const response = jsonResponse(get({ "If-None-Match": "*" }), {
      status: 404,
      body: { error: "No event" },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("ETag")).toBeNull();
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({ error: "No event" });
  });
});

describe("methodNotAllowed", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE"])(
    "answers %s with 405, Allow and a JSON error",
    async (method) => {
      const response = methodNotAllowed(new Request("http://localhost/api/events", { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("Allow")).toBe(ALLOWED_METHODS);
      expect(ALLOWED_METHODS.split(", ")).toEqual(["GET", "HEAD", "OPTIONS"]);
      expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const body = (await response.json()) as { error: string };
      expect(body.error).toContain(`Method ${method} not allowed`);
    },
  );
});

describe("options", () => {
  it("answers 204 with what a CORS preflight needs, and only the read methods", () => {
    const response = options();
    expect(response.status).toBe(204);
    expect(response.headers.get("Allow")).toBe(ALLOWED_METHODS);
    expect(response.headers.get("Access-Control-Allow-Methods")).toBe(ALLOWED_METHODS);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Headers")).toBe("If-None-Match");
  });
});
