import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { distDir, readBuildId } from "@/lib/deploy/build-output";
import { NOT_FOUND_PAGE, nonceSource, pageScriptHashes } from "@/lib/deploy/csp";
import { queryLimitProblem } from "@/lib/deploy/query-limits";
import { readKnownIds, unknownIdIn, type KnownIds } from "@/lib/deploy/id-routes";
import { EMBED_PATH, framingHeaders } from "@/lib/deploy/security-headers";

/**
 * Pages prerendered unfiltered whose query is rendered per request, and where (app/filtered-view,
 * app/filtered-statements): not addresses of their own.
 */
const FILTERED_PATHS = new Map([
  ["/", "/filtered-view"],
  ["/statements", "/filtered-statements"],
]);
const FILTERED_BY = new Map([...FILTERED_PATHS].map(([page, filtered]) => [filtered, page]));

/** A path no route answers: rewritten to it, a request gets the site's 404 page, and nothing is kept. */
const NOT_FOUND_PATH = "/_unknown-id";

// Read once per process: the build and the store change only on deploy.
let knownIds: KnownIds | undefined;
let pageHashes: Map<string, string[]> | undefined;
/**
 * A validator for answers that Next.js sends without one (route handlers such as the feeds and
 * data files, the preview images, the filtered views): each is made from the build and its
 * store alone, so the build's id names its version. Pages made at build time keep Next's own
 * ETag of their bytes, which overrides this one.
 */
let buildEtag: string | undefined;

const dev = process.env.NODE_ENV === "development";

/**
 * Runs before every route, with the request's own address: next.config sets
 * skipProxyUrlNormalize, so `request.url` keeps the host the server is bound to (Next would
 * otherwise rename 127.x and [::1] to localhost, and a rewrite to that other origin would leave
 * the server as a proxied request to itself). Every rewrite and redirect here is a path on the
 * request's own origin, which Next then makes relative.
 *
 * - A query too long or with too many values is refused (414/400) before anything is rendered.
 * - `/` and `/statements` are prerendered for the unfiltered view; a query is rendered per
 *   request, so it is rewritten to app/filtered-view (app/filtered-statements), the address
 *   staying `/?…` (`/statements?…`). Next's own `_rsc` parameter (an App Router navigation's
 *   payload request) is not a query of the view.
 * - `/filtered-view` itself answers a temporary, uncached redirect to `/?…` (and
 *   `/filtered-statements` to `/statements?…`): each view has one URL.
 * - An unknown event or source id is a 404 that writes nothing (lib/deploy/id-routes.ts).
 * - Every answer gets its path's CSP and framing rules (lib/deploy/security-headers.ts): a page
 *   rendered here per request gets a nonce, any other the hashes of its build's inline scripts.
 * Named *.needs-server.ts: the static export has no server and leaves it out (next.config.ts).
 */
export function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const { pathname, search } = url;
  if (pathname.startsWith("/_next/static/")) return withPolicy(pathname, NextResponse.next());

  const problem = search ? queryLimitProblem(search.slice(1)) : null;
  if (problem) return withPolicy(pathname, tooMuch(pathname, problem));

  const page = FILTERED_BY.get(pathname);
  if (page) {
    const response = NextResponse.redirect(new URL(`${page}${search}`, url), 307);
    response.headers.set("Cache-Control", "no-store");
    return withPolicy(pathname, response);
  }

  const view = new URLSearchParams(search);
  view.delete("_rsc");
  const filtered = view.size > 0 ? FILTERED_PATHS.get(pathname) : undefined;
  if (filtered || pathname === EMBED_PATH) {
    // Rendered per request: Next.js reads the nonce from the request's CSP and puts it on its
    // scripts; the answer carries the same policy.
    const nonce = nonceSource(btoa(crypto.randomUUID()));
    const [policy] = framingHeaders(pathname, { scripts: [nonce], dev });
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy!.value);
    const response = filtered
      ? NextResponse.rewrite(new URL(`${filtered}${search}`, url), {
          request: { headers },
        })
      : NextResponse.next({ request: { headers } });
    return withPolicy(pathname, withBuildEtag(request, response), [nonce]);
  }

  knownIds ??= readKnownIds();
  if (unknownIdIn(pathname, knownIds)) {
    return withPolicy(pathname, NextResponse.rewrite(new URL(NOT_FOUND_PATH, url)));
  }
  // The API sets validators of its own (lib/outputs/api/http.ts).
  const response = NextResponse.next();
  return withPolicy(
    pathname,
    pathname.startsWith("/api/") ? response : withBuildEtag(request, response),
  );
}

/** 414 or 400 with words for people (JSON for the API), before any work is done. */
function tooMuch(pathname: string, { status, message }: { status: number; message: string }) {
  const api = pathname.startsWith("/api/");
  return new NextResponse(api ? JSON.stringify({ error: message }) : message, {
    status,
    headers: {
      "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}

/** The CSP and framing rules of the path, with the inline scripts its page may run. */
function withPolicy(pathname: string, response: NextResponse, scripts?: string[]) {
  // `next dev` writes no pages ahead and allows inline scripts (lib/deploy/security-headers.ts).
  pageHashes ??= dev ? new Map() : pageScriptHashes(path.join(distDir(), "server", "app"));
  const allowed = scripts ?? pageHashes.get(pathname) ?? pageHashes.get(NOT_FOUND_PAGE) ?? [];
  for (const { key, value } of framingHeaders(pathname, { scripts: allowed, dev })) {
    response.headers.set(key, value);
  }
  return response;
}

/** 304 when the request already holds this build's answer; otherwise `response`, with the ETag. */
function withBuildEtag(request: NextRequest, response: NextResponse) {
  if (request.method !== "GET" && request.method !== "HEAD") return response;
  buildEtag ??= `W/"${readBuildId()}"`;
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
