/**
 * The explorer's screenshots in docs/screenshots/ (desktop, phone, dark), taken from a running
 * `next start`: `BASE_URL=http://localhost:3000 npx tsx scripts/screenshots.ts` (that default).
 * With `--one <path> <file> <desktop|phone> <light|dark>` it takes a single one, to look at.
 */
import { chromium, devices, type BrowserContextOptions } from "@playwright/test";
import path from "node:path";
import { chromiumLaunchOptions } from "../tests/chromium";

type Shot = { file: string; url: string; phone: boolean; dark: boolean; select?: boolean };

const REQUEST = "2017-02-16-libya-requests-nato-assistance";
const SHOTS: Shot[] = [
  { file: "desktop.png", url: "/", phone: false, dark: false },
  { file: "desktop-selected.png", url: `/?event=${REQUEST}`, phone: false, dark: false },
  { file: "desktop-lanes-by-actor.png", url: "/?group=actor", phone: false, dark: false },
  { file: "phone.png", url: "/", phone: true, dark: false },
  { file: "phone-details.png", url: "/", phone: true, dark: false, select: true },
  { file: "dark.png", url: `/?event=${REQUEST}`, phone: false, dark: true },
  { file: "phone-dark.png", url: "/?group=type", phone: true, dark: true },
  {
    file: "dark-source.png",
    url: "/sources/dw-2017-02-16-libya-requests-nato-assistance",
    phone: false,
    dark: true,
  },
];

async function take(baseUrl: string, shot: Shot, out: string) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const options: BrowserContextOptions = shot.phone
    ? { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } }
    : { viewport: { width: 1440, height: 900 } };
  const context = await browser.newContext({
    ...options,
    colorScheme: shot.dark ? "dark" : "light",
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`${shot.file}: ${error.message}`));
  await page.goto(new URL(shot.url, baseUrl).href);
  // On a phone the timeline is the server's overview strip (components/timeline/timeline-box.tsx).
  const timeline = shot.phone ? "[data-testid=timeline-overview]" : ".vis-timeline";
  if (!shot.url.startsWith("/sources")) await page.locator(timeline).waitFor();
  await page.waitForLoadState("networkidle");
  if (shot.select) {
    await page.locator("a[data-mark=event]").first().tap();
    await page.getByRole("complementary", { name: "Selected event" }).waitFor();
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  await browser.close();
}

const baseUrl = process.env.BASE_URL ?? "http://localhost:3000";
const args = process.argv.slice(2);
if (args[0] === "--one") {
  const [, url = "/", file = "shot.png", mode = "desktop", scheme = "light"] = args;
  await take(baseUrl, { file, url, phone: mode === "phone", dark: scheme === "dark" }, file);
} else {
  for (const shot of SHOTS) {
    await take(baseUrl, shot, path.join("docs", "screenshots", shot.file));
  }
}
