import { existsSync } from "node:fs";
import { chromiumLaunchOptions } from "../chromium";

// Fail with a plain instruction, not a launch stack trace, when Debian's Chromium is missing.
export default function checkChromium() {
  const { executablePath = "" } = chromiumLaunchOptions;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH.`,
    );
  }
}
