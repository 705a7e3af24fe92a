/**
 * Security headers for every response: next.config.ts `headers()`, the proxy (proxy.needs-server.ts)
 * and the nginx configs (lib/nginx-config.ts) all take them from here.
 *
 * Content-Security-Policy without 'unsafe-inline' scripts. The App Router inlines its bootstrap
 * and RSC payload as `<script>self.__next_f.push(…)</script>` in every page, so each page's
 * policy names exactly the inline scripts it may run (lib/deploy/csp.ts):
 *   - a page made at build time: the SHA-256 hashes of its inline scripts, read from the build's
 *     HTML, so it stays a static file (a nonce would make every page render per request);
 *   - a page rendered per request (a filtered view, the embed): a fresh nonce, which Next.js puts
 *     on its scripts;
 *   - anything else (404s, images, JSON): the hashes of the 404 page, the one HTML it may be.
 * Everything else is shut: no `unsafe-eval` (neither React nor Next uses eval in production), no
 * script from any other origin, no plugins, no <base> rewriting, forms post only here, and the
 * site cannot be framed (clickjacking) except /embed. Styles keep 'unsafe-inline': vis-timeline
 * and Next set inline styles. In development (`next dev`) React uses eval for its error overlays
 * and scripts change on every edit: 'unsafe-inline' and 'unsafe-eval' there.
 */

/** The one path that other sites may put in an iframe. */
export const EMBED_PATH = "/embed";

export function contentSecurityPolicy({
  frameAncestors,
  scripts,
  dev = false,
}: {
  frameAncestors: string;
  /** The inline scripts allowed: `'sha256-…'` hashes or one `'nonce-…'`. */
  scripts: readonly string[];
  dev?: boolean;
}): string {
  const scriptSources = dev ? ["'unsafe-inline'", "'unsafe-eval'"] : scripts;
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources].join(" "),
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

/** Paths whose Cache-Control is not REVALIDATE: Next's hashed assets, the API, /healthz. */
const OWN_CACHE_POLICY = "_next/static/|api/|healthz$";

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
 * The CSP and framing rules of one path: /embed (exactly: `/EMBED` is another path) may be framed
 * by any site; every other path (pages, 404s, images, JSON) refuses framing twice, with CSP
 * `frame-ancestors 'none'` and, for older browsers, `X-Frame-Options: DENY`. Set by the proxy
 * (proxy.needs-server.ts), since next.config's `headers()` matches paths without regard to case, and
 * by nginx for the static export.
 */
export function framingHeaders(
  pathname: string,
  { scripts, dev = false }: { scripts: readonly string[]; dev?: boolean },
): Header[] {
  return pathname === EMBED_PATH
    ? [
        {
          key: "Content-Security-Policy",
          value: contentSecurityPolicy({ frameAncestors: "*", scripts, dev }),
        },
      ]
    : [
        {
          key: "Content-Security-Policy",
          value: contentSecurityPolicy({ frameAncestors: "'none'", scripts, dev }),
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
