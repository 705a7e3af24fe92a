import { existsSync } from "node:fs";
import { chromiumLaunchOptions } from "../chromium";

// Fail with a plain instruction, not a launch stack trace, when Debian's Chromium or the static
// export is missing.
export default function checkPrerequisites() {
  const { executablePath = "" } = chromiumLaunchOptions;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync("out/index.html")) {
    throw new Error(
      'No static export in out/: run "npm run build:export" (then "npm run build" again, since it reuses .next).',
    );
  }
}
