import type { NextConfig } from "next";
import { headerRules } from "./lib/security-headers";

// `npm run build:export` sets STATIC_EXPORT: the site becomes plain files in out/ (see README).
const staticExport = Boolean(process.env.STATIC_EXPORT);

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The benchmarks build generated stores beside the real one (bench/scale.ts).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  ...(staticExport
    ? {
        output: "export",
        // Files named *.dynamic.ts(x) answer each request from its query (the API, the current
        // view's downloads, the embed): a static host cannot, so the export leaves them out.
        pageExtensions: ["tsx", "ts"],
      }
    : {
        pageExtensions: ["tsx", "ts", "dynamic.tsx", "dynamic.ts"],
        // The proxy sees the request's own host (127.0.0.1, [::1], …), so its rewrites stay on
        // the server: see proxy.dynamic.ts.
        skipProxyUrlNormalize: true,
        // The security headers and the cache policy (lib/security-headers.ts); the CSP and
        // framing rules are set per path by the proxy.
        async headers() {
          return headerRules();
        },
      }),
};

export default nextConfig;
