import { NextResponse, type NextRequest } from "next/server";

/** Where `/` with a query is rendered (app/filtered-view); not an address of its own. */
const FILTERED_VIEW_PATH = "/filtered-view";

/**
 * `/` is prerendered for the unfiltered view (app/page.tsx); a query is rendered per request, so
 * it is rewritten to app/filtered-view, the address staying `/?…`. That route's own address
 * redirects to `/`, so each view has one URL. (Next strips its internal `_rsc` before this.)
 * Named *.dynamic.ts: the static export has no server and leaves it out (next.config.js).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === FILTERED_VIEW_PATH) {
    return NextResponse.redirect(new URL(`/${search}`, request.url), 308);
  }
  if (!search) return NextResponse.next();
  return NextResponse.rewrite(new URL(`${FILTERED_VIEW_PATH}${search}`, request.url));
}

export const config = { matcher: ["/", "/filtered-view"] };
