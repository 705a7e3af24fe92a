import { createHash } from "node:crypto";
import type { ApiError } from "./types";

/**
 * HTTP for the read-only API: JSON answers with cache validators, CORS for open data, and 405 for
 * every method that would write. The route files in app/api/ only pick the endpoint.
 */

/**
 * The data changes only on deploy: caches may keep an answer 5 minutes, then serve it stale for
 * up to a day while they refresh it.
 */
export const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

/** The methods every API address answers (HEAD is GET without the body; Next.js derives it). */
export const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  // Open data: any site may read it from the browser.
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag",
  "X-Content-Type-Options": "nosniff",
};

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * The body's SHA-1 (base64url) as a weak validator: `next start` gzips answers on the way out, and
 * a strong ETag would have to differ between the plain and the gzipped bytes.
 */
export const etagOf = (body: string) =>
  `W/"${createHash("sha1").update(body).digest("base64url")}"`;

/**
 * Whether an If-None-Match header matches `etag` (RFC 9110 §13.1.2: weak comparison, so `W/`
 * prefixes are ignored; `*` matches any current representation).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === wanted);
}

/**
 * A JSON answer. A 200 carries an ETag, and is answered 304 without a body when the request's
 * If-None-Match already names it. Errors of GET (400, 404) are as cacheable as the data.
 */
export function jsonResponse(
  request: Request,
  { status, body }: { status: number; body: unknown },
): Response {
  const text = JSON.stringify(body);
  const headers = new Headers({ ...COMMON_HEADERS, "Cache-Control": CACHE_CONTROL });
  if (status === 200) {
    const etag = etagOf(text);
    headers.set("ETag", etag);
    if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
      return new Response(null, { status: 304, headers });
    }
  }
  headers.set("Content-Type", JSON_TYPE);
  return new Response(text, { status, headers });
}

/** 405 for POST, PUT, PATCH and DELETE: the API only reads. Export it under each method's name. */
export function methodNotAllowed(request: Request): Response {
  const body: ApiError = {
    error: `Method ${request.method} not allowed: the API is read-only (use ${ALLOWED_METHODS}).`,
  };
  return new Response(JSON.stringify(body), {
    status: 405,
    headers: {
      ...COMMON_HEADERS,
      Allow: ALLOWED_METHODS,
      "Cache-Control": "no-store",
      "Content-Type": JSON_TYPE,
    },
  });
}

/**
 * OPTIONS, including CORS preflights (a browser sends one when a script sets If-None-Match
 * itself). Defined so the automatic OPTIONS of Next.js does not list the 405 methods as allowed.
 */
export function options(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...COMMON_HEADERS,
      Allow: ALLOWED_METHODS,
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
      "Cache-Control": CACHE_CONTROL,
    },
  });
}
