import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { queryLimitProblem } from "@/lib/explorer-query";
import { framingHeaders } from "@/lib/security-headers";
import { readKnownIds, type KnownIds } from "@/lib/store-dir";

/** Where `/` with a query is rendered (app/filtered-view); not an address of its own. */
const FILTERED_VIEW_PATH = "/filtered-view";

/**
 * Addresses that name an event or a source, and which ids they take. An unknown id is answered
 * 404 here, before any route runs: a route made once and kept (the preview images, the event
 * and source pages) would otherwise store a page per made-up id on disk. Add a route with an id
 * here too (tests/unit/proxy-routes.test.ts fails until it is).
 */
const ID_ROUTES: { pattern: RegExp; kind: keyof KnownIds }[] = [
  { pattern: /^\/events\/([^/]+)(?:\/(?:opengraph|twitter)-image(?:[^/]*))?$/, kind: "events" },
  { pattern: /^\/_next\/data\/[^/]+\/events\/([^/]+)\.json$/, kind: "events" },
  { pattern: /^\/sources\/([^/]+)$/, kind: "sources" },
];

/** What the store holds, read once per process (the store changes only on deploy). */
let knownIds: KnownIds | undefined;

/**
 * A validator for answers that Next.js sends without one (route handlers such as the feeds and
 * data files, the preview images, the filtered views): each is made from the build and its
 * store alone, so the build's id names its version. Pages made at build time keep Next's own
 * ETag of their bytes, which overrides this one.
 */
let buildEtag: string | undefined;
const readBuildEtag = () =>
  `W/"${readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"), "utf8").trim()}"`;

/** A path no route answers: rewritten to it, a request gets the site's 404 page, and nothing is kept. */
const NOT_FOUND_PATH = "/_unknown-id";

/** Whether a path names an event or source that the store does not have. */
export function unknownIdIn(pathname: string, ids: KnownIds): boolean {
  for (const { pattern, kind } of ID_ROUTES) {
    const id = pattern.exec(pathname)?.[1];
    if (id !== undefined) return !ids[kind].has(decodeURIComponentSafe(id));
  }
  return false;
}

const decodeURIComponentSafe = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * Runs before every route it matches (config below), with the request's own address: next.config
 * sets skipProxyUrlNormalize, so `request.url` keeps the host the server is bound to (Next would
 * otherwise rename 127.x and [::1] to localhost, and a rewrite to that other origin would leave
 * the server as a proxied request to itself). Every rewrite and redirect here is a path on the
 * request's own origin, which Next then makes relative.
 *
 * - A query too long or with too many values is refused (414/400) before anything is rendered.
 * - `/` is prerendered for the unfiltered view (app/page.tsx); a query is rendered per request,
 *   so it is rewritten to app/filtered-view, the address staying `/?…`. Next's own `_rsc`
 *   parameter (an App Router navigation's payload request) is not a query of the view.
 * - `/filtered-view` itself answers a temporary, uncached redirect to `/?…`: each view has one URL.
 * - An unknown event or source id is a 404 that writes nothing.
 * - Every answer gets its path's CSP and framing rules (lib/security-headers.ts).
 * Named *.dynamic.ts: the static export has no server and leaves it out (next.config.ts).
 */
export function proxy(request: NextRequest) {
  const response = answer(request);
  const dev = process.env.NODE_ENV === "development";
  for (const { key, value } of framingHeaders(new URL(request.url).pathname, { dev })) {
    response.headers.set(key, value);
  }
  return response;
}

function answer(request: NextRequest): NextResponse {
  const url = new URL(request.url);
  const { pathname, search } = url;
  if (pathname.startsWith("/_next/static/")) return NextResponse.next();

  const problem = search ? queryLimitProblem(search.slice(1)) : null;
  if (problem) {
    const api = pathname.startsWith("/api/");
    return new NextResponse(api ? JSON.stringify({ error: problem.message }) : problem.message, {
      status: problem.status,
      headers: {
        "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
      },
    });
  }

  if (pathname === FILTERED_VIEW_PATH) {
    const response = NextResponse.redirect(new URL(`/${search}`, url), 307);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }

  if (pathname === "/") {
    const view = new URLSearchParams(search);
    view.delete("_rsc");
    if (view.size === 0) return NextResponse.next();
    return withBuildEtag(
      request,
      NextResponse.rewrite(new URL(`${FILTERED_VIEW_PATH}${search}`, url)),
    );
  }

  knownIds ??= readKnownIds();
  if (unknownIdIn(pathname, knownIds)) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, url));
  }
  // The API sets validators of its own (lib/api/http.ts).
  return pathname.startsWith("/api/")
    ? NextResponse.next()
    : withBuildEtag(request, NextResponse.next());
}

/** 304 when the request already holds this build's answer; otherwise `response`, with the ETag. */
function withBuildEtag(request: NextRequest, response: NextResponse) {
  if (request.method !== "GET" && request.method !== "HEAD") return response;
  buildEtag ??= readBuildEtag();
  const held = request.headers
    .get("if-none-match")
    ?.split(",")
    .map((tag) => tag.trim());
  if (held?.includes(buildEtag) || held?.includes("*")) {
    return new NextResponse(null, { status: 304, headers: { ETag: buildEtag } });
  }
  response.headers.set("ETag", buildEtag);
  return response;
}

// Every address: even a script gets its CSP (the headers are cheap; the work above is skipped).
export const config = { matcher: ["/:path*"] };
