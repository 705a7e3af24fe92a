/**
 * Security headers for every response: next.config.ts `headers()`, the proxy (proxy.dynamic.ts)
 * and the nginx configs (lib/nginx-config.ts) all take them from here.
 *
 * Content-Security-Policy: why `script-src 'self' 'unsafe-inline'` and not a nonce or hashes.
 * The App Router inlines its bootstrap and RSC payload as `<script>self.__next_f.push(…)</script>`
 * in every page, so inline scripts must be allowed somehow:
 *   - a per-request nonce (set by proxy.ts) would make every page render per request: the event
 *     and source pages could no longer be prerendered at build time and served as static files;
 *   - hashes cannot be known in advance for payloads that differ on every page;
 *   - so inline scripts are allowed, and everything else is shut: no `unsafe-eval` (neither React
 *     nor Next uses eval in production), no script from any other origin, no plugins, no <base>
 *     rewriting, forms post only here, and the site cannot be framed (clickjacking) except /embed.
 * The site renders no user-supplied HTML (React escapes text; the timeline escapes its labels), so
 * the remaining risk 'unsafe-inline' leaves — an injected inline script — has no entry point.
 * Styles need 'unsafe-inline' too: vis-timeline and Next set inline styles.
 * In development (`next dev`) React uses eval for its error overlays: 'unsafe-eval' is added there.
 */

/** The one path that other sites may put in an iframe. */
export const EMBED_PATH = "/embed";

export function contentSecurityPolicy({
  frameAncestors,
  dev = false,
}: {
  frameAncestors: string;
  dev?: boolean;
}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/**
 * Caching that survives a deploy behind a CDN: pages, feeds, data files, images and 404s may be
 * stored but are checked again (ETag, 304) before each use, so after a deploy no cache serves a
 * page that names scripts the new build no longer has. Only the content-hashed files under
 * /_next/static are immutable (Next.js sends that itself). The API sets its own, short policy.
 */
export const REVALIDATE = "public, max-age=0, must-revalidate";

/** Paths whose Cache-Control is not REVALIDATE: Next's hashed assets, and the API's own. */
const OWN_CACHE_POLICY = "_next/static/|api/";

/** Sent where the site is served over HTTPS (deploy/nginx): two years, subdomains included. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export interface Header {
  key: string;
  value: string;
}

/** The headers every response carries, whatever its path. */
export const COMMON_HEADERS: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  },
];

/**
 * The framing rules of one path: /embed (exactly: `/EMBED` is another path) may be framed by any
 * site; every other path (pages, 404s, images, JSON) refuses framing twice, with CSP
 * `frame-ancestors 'none'` and, for older browsers, `X-Frame-Options: DENY`. Set by the proxy
 * (proxy.dynamic.ts), since next.config's `headers()` matches paths without regard to case.
 */
export function framingHeaders(pathname: string, { dev = false } = {}): Header[] {
  return pathname === EMBED_PATH
    ? [
        {
          key: "Content-Security-Policy",
          value: contentSecurityPolicy({ frameAncestors: "*", dev }),
        },
      ]
    : [
        {
          key: "Content-Security-Policy",
          value: contentSecurityPolicy({ frameAncestors: "'none'", dev }),
        },
        { key: "X-Frame-Options", value: "DENY" },
      ];
}

/**
 * Header rules in the shape next.config's `headers()` returns: the common headers everywhere,
 * and the cache policy. Permissions-Policy turns off what the site never uses; Chromium still
 * knows `interest-cohort` (FLoC's opt-out) and logs nothing for it, so it stays.
 */
export function headerRules(): { source: string; headers: Header[] }[] {
  return [
    { source: "/:path*", headers: COMMON_HEADERS },
    {
      source: `/:path((?!${OWN_CACHE_POLICY}).*)`,
      headers: [{ key: "Cache-Control", value: REVALIDATE }],
    },
  ];
}
