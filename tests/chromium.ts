import type { LaunchOptions } from "@playwright/test";

/**
 * How we launch Chromium, for the browser tests and the benchmarks alike. Browser downloads do
 * not work on our machines: this is Debian's (apt-get install chromium), or CHROMIUM_PATH.
 * As root it needs --no-sandbox; the rest keeps it off the (closed) network.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
