import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { WIDE_SCREEN } from "./screens";

/**
 * The pages a build writes ahead (prerendered on `next start`, every page of the static export)
 * are changed so that their first paint waits for nothing but their own bytes:
 *
 * - **The stylesheet is in the page.** A linked stylesheet holds every paint until it has
 *   arrived: one more round trip on a phone's network, and on a busy server it queues behind the
 *   scripts requested with it. The link stays, `disabled`: a disabled stylesheet is not fetched,
 *   and React, which looks for the link by its address, finds it and adds no second one.
 * - **On a phone the scripts start once the page is painted.** Next.js's chunks are `async`
 *   scripts in the head: each runs as soon as it has arrived, between two parts of the parse, and
 *   holds back the frame that would show the rest of the page. They are not preloaded either: on
 *   a phone, even at low priority, their download and compile during the parse delay the first
 *   frames by a quarter (docs/performance.md). A last inline script adds them once the parse is
 *   over and the next frame has been drawn.
 * - **On a wide screen they start as soon as the page is parsed**, preloaded meanwhile (a preload
 *   for that screen only): there vis-timeline draws the timeline once they have run, and a wait
 *   for the first frame would come before it. Without JavaScript nothing changes.
 *
 * Pages rendered per request (the filtered views) are left as Next.js writes them.
 */

const STYLESHEET = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"([^>]*?)\/?>/g;
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
const CHUNK_PRELOAD =
  /<link rel="preload" as="script"[^>]*? href="\/_next\/static\/chunks\/[^"]+\.js"[^>]*?\/>/g;
/** Marks the loader, so that a page is changed once. */
const LOADER_ID = "after-first-paint";

/** `html` with each linked stylesheet written into it; `cssOf` reads a stylesheet by its address. */
export function inlineStylesheets(html: string, cssOf: (href: string) => string): string {
  return html.replace(STYLESHEET, (link, href: string, attributes: string) => {
    if (/\bdisabled\b/.test(attributes)) return link;
    const css = cssOf(href);
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style": it cannot be inlined`);
    return `<style>${css}</style><link rel="stylesheet" href="${href}"${attributes} disabled=""/>`;
  });
}

/** `html` with Next.js's chunk scripts started after the parse, and on a phone after its paint. */
export function scriptsAfterFirstPaint(html: string): string {
  if (html.includes(`id="${LOADER_ID}"`)) return html;
  const sources = [...html.matchAll(CHUNK_SCRIPT)].map(([, src]) => src!);
  if (sources.length === 0 || !html.includes("</body>")) return html;
  const preloads = sources
    .map((src) => `<link rel="preload" as="script" href="${src}" media="${WIDE_SCREEN}"/>`)
    .join("");
  // On a phone, a page opened in a background tab draws no frame: it starts them when first shown.
  const loader =
    `<script id="${LOADER_ID}">(function(){var sources=${JSON.stringify(sources)};` +
    `function start(){sources.forEach(function(src){var s=document.createElement("script");` +
    `s.src=src;s.async=true;document.head.appendChild(s)})}` +
    `function afterPaint(){requestAnimationFrame(function(){setTimeout(start)})}` +
    `var go=matchMedia(${JSON.stringify(WIDE_SCREEN)}).matches?start:afterPaint;` +
    `if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",go);` +
    `else go()})()</script>`;
  const page = html
    .replace(CHUNK_SCRIPT, "")
    .replace(CHUNK_PRELOAD, "")
    .replace("</head>", `${preloads}</head>`);
  const end = page.lastIndexOf("</body>");
  return page.slice(0, end) + loader + page.slice(end);
}

/** The scripts the page's loader (above) starts, in its order; none when it has no loader. */
export function scriptsStartedAfterPaint(html: string): string[] {
  const loader = new RegExp(`<script id="${LOADER_ID}">[^<]*?(\\[[^\\]]*\\])`).exec(html);
  return loader ? (JSON.parse(loader[1]!) as string[]) : [];
}

/**
 * Changes every HTML page of the build in `dir` as above: `.next` (its pages under server/,
 * /_next/static/x at static/x) or the export's `out` (pages at its root, /_next/x at _next/x).
 * Returns how many pages were changed.
 */
export function prepareFirstPaint(dir: string): number {
  const exported = existsSync(path.join(dir, "_next"));
  const folders = exported ? [dir] : ["server/app", "server/pages"].map((f) => path.join(dir, f));
  const css = new Map<string, string>();
  const cssOf = (href: string) => {
    const file = path.join(dir, exported ? href : href.replace(/^\/_next\//, ""));
    if (!css.has(file)) css.set(file, readFileSync(file, "utf8"));
    return css.get(file)!;
  };
  let changed = 0;
  for (const folder of folders.filter(existsSync)) {
    for (const name of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
      if (!name.endsWith(".html")) continue;
      const file = path.join(folder, name);
      const html = readFileSync(file, "utf8");
      const prepared = scriptsAfterFirstPaint(inlineStylesheets(html, cssOf));
      if (prepared === html) continue;
      writeFileSync(file, prepared);
      changed++;
    }
  }
  return changed;
}
