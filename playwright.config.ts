import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/chromium";
import { exportPort, port, proxyHttpPort, proxyPort } from "./tests/ports";

const chrome = { ...devices["Desktop Chrome"], channel: undefined };

export default defineConfig({
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: "desktop",
      testDir: "tests/e2e",
      testIgnore: ["**/*.phone.spec.ts"],
      use: chrome,
    },
    {
      name: "phone",
      testDir: "tests/e2e",
      // Crawling, link-preview and deployment checks are about the server, not the viewport.
      testIgnore: [
        "**/links.spec.ts",
        "**/og.spec.ts",
        "**/deploy.spec.ts",
        "**/*.desktop.spec.ts",
      ],
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, channel: undefined },
    },
    {
      // What readers get in production: nginx with TLS in front of `next start`.
      name: "behind-nginx",
      testDir: "tests/e2e",
      testMatch: ["**/home.spec.ts", "**/event-page.spec.ts", "**/api.spec.ts"],
      use: { ...chrome, baseURL: `https://127.0.0.1:${proxyPort}`, ignoreHTTPSErrors: true },
    },
    {
      name: "static-export",
      testDir: "tests/export",
      use: { ...chrome, baseURL: `http://127.0.0.1:${exportPort}` },
    },
  ],
  webServer: [
    {
      // `next start` on the production build made by `npm run build` (run before the browser tests).
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The static export in out/, served by nginx as files (clean URLs: /about is about.html).
      command: `npx tsx tests/nginx.ts static ${exportPort} out`,
      url: `http://127.0.0.1:${exportPort}/healthz`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx tests/nginx.ts proxy ${proxyPort} ${proxyHttpPort} ${port}`,
      url: `https://127.0.0.1:${proxyPort}/healthz`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
