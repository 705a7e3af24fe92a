import { securityHeaders } from "./lib/security-headers.js";

// `npm run build:export` sets STATIC_EXPORT: the site becomes plain files in out/ (see README).
const staticExport = Boolean(process.env.STATIC_EXPORT);

/** @type {import('next').NextConfig} */
const nextConfig = {
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
        // CSP, framing rules and the rest, on every response: see lib/security-headers.js.
        async headers() {
          return securityHeaders({ dev: process.env.NODE_ENV === "development" });
        },
      }),
};

export default nextConfig;
