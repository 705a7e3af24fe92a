/**
 * Security headers for every response, used by next.config.js `headers()`. Plain ESM JavaScript
 * (with JSDoc types), because next.config.js imports it before anything is compiled.
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

/**
 * @param {{ frameAncestors: string, dev?: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ frameAncestors, dev = false }) {
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
 * Header rules in the shape `headers()` returns. Every response gets one of the two rules: /embed
 * may be framed by any site; every other path (pages, 404s, images, JSON) refuses framing twice,
 * with CSP `frame-ancestors 'none'` and, for older browsers, `X-Frame-Options: DENY`.
 * Permissions-Policy turns off what the site never uses; Chromium still knows `interest-cohort`
 * (FLoC's opt-out) and logs nothing for it, so it stays.
 *
 * @param {{ dev?: boolean }} [options]
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function securityHeaders({ dev = false } = {}) {
  const common = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    },
  ];
  return [
    {
      // Every path but /embed itself (its client chunks, /_next/…, need no framing rights).
      source: `/:path((?!${EMBED_PATH.slice(1)}$).*)`,
      headers: [
        ...common,
        {
          key: "Content-Security-Policy",
          value: contentSecurityPolicy({ frameAncestors: "'none'", dev }),
        },
        { key: "X-Frame-Options", value: "DENY" },
      ],
    },
    {
      source: EMBED_PATH,
      headers: [
        ...common,
        {
          key: "Content-Security-Policy",
          value: contentSecurityPolicy({ frameAncestors: "*", dev }),
        },
      ],
    },
  ];
}
