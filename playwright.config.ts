import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
/** The static export in out/ (npm run build:export), served as plain files. */
const exportPort = port + 1;

export default defineConfig({
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: "desktop",
      testDir: "tests/e2e",
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      name: "phone",
      testDir: "tests/e2e",
      // Crawling and link-preview checks are about the server, not the viewport: desktop only.
      testIgnore: ["**/links.spec.ts", "**/og.spec.ts"],
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, channel: undefined },
    },
    {
      name: "static-export",
      testDir: "tests/export",
      use: {
        ...devices["Desktop Chrome"],
        channel: undefined,
        baseURL: `http://localhost:${exportPort}`,
      },
    },
  ],
  webServer: [
    {
      // `next start` on the production build made by `npm run build` (run before the browser tests).
      command: `node node_modules/next/dist/bin/next start -p ${port}`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A plain static server for out/, as any static host would serve it (clean URLs: /about
      // serves about.html).
      command: `node node_modules/serve/build/main.js out --listen ${exportPort} --no-clipboard --no-request-logging`,
      url: `http://localhost:${exportPort}`,
      env: { NO_UPDATE_NOTIFIER: "1" },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
