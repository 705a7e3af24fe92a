import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Plain links are deliberate: every page is a static file that loads whole, and a <Link>
    // would put the router's link code in the first load of every page (components/site-header.tsx).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  globalIgnores([
    "tmp/**",
    ".next/**",
    ".next-*/**",
    "out/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
  ]),
]);
