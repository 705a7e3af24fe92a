import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { headerRules } from "./lib/deploy/security-headers";
import { siteUrlOf, siteUrlProblem } from "./lib/deploy/site";

// `npm run build:export` sets STATIC_EXPORT: the site becomes plain files in out/ (see README).
const staticExport = Boolean(process.env.STATIC_EXPORT);

export default function nextConfig(phase: string): NextConfig {
  const siteUrlWarning = siteUrlProblem(process.env.SITE_URL);
  if (phase === PHASE_PRODUCTION_BUILD && siteUrlWarning) {
    const line = "!".repeat(78);
    console.warn(
      `\n${line}\n${siteUrlWarning}\nSet SITE_URL to the public address when building for production (README, "Deploying").\n${line}\n`,
    );
  }
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // The benchmarks build generated stores beside the real one (bench/scale.ts).
    distDir: process.env.NEXT_DIST_DIR ?? ".next",
    // The public address is fixed when the site is built (lib/deploy/site.ts).
    env: { SITE_URL: siteUrlOf(process.env.SITE_URL) },
    ...(staticExport
      ? {
          output: "export",
          // Files named *.needs-server.ts(x) answer each request from its query (the API, the current
          // view's downloads, the embed): a static host cannot, so the export leaves them out.
          pageExtensions: ["tsx", "ts"],
        }
      : {
          pageExtensions: ["tsx", "ts", "needs-server.tsx", "needs-server.ts"],
          // The proxy sees the request's own host (127.0.0.1, [::1], …), so its rewrites stay on
          // the server: see proxy.needs-server.ts.
          skipProxyUrlNormalize: true,
          // The security headers and the cache policy (lib/deploy/security-headers.ts); the CSP and
          // framing rules are set per path by the proxy.
          async headers() {
            return headerRules();
          },
        }),
  };
}
