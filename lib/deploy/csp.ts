import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The inline scripts of pages made at build time, as CSP hash sources (see
 * lib/deploy/security-headers.ts): read from the HTML the build wrote, since Next.js inlines a payload
 * of its own in every page.
 */

/** Script types a browser runs; JSON and JSON-LD blocks are data, outside `script-src`. */
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

/** `'sha256-…'` for each inline script of a page that a browser would run. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (/\ssrc\s*=/i.test(` ${attributes}`) || body === "") continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? "";
    if (!EXECUTABLE_TYPE.test(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The address of an HTML file of a build: index.html → /, about.html → /about, a/b.html → /a/b. */
export function pagePathOf(file: string): string {
  const page = file
    .split(path.sep)
    .join("/")
    .replace(/\.html$/, "")
    .replace(/(^|\/)index$/, "");
  return `/${page}`;
}

/** The page whose policy covers every address that is not a page of its own: the 404 page. */
export const NOT_FOUND_PAGE = "/404";

/**
 * Every HTML page under `dir` with the hashes of its inline scripts, by address. Next's build
 * keeps its 404 page as `_not-found.html`; the static export as `404.html`: both are NOT_FOUND_PAGE.
 */
export function pageScriptHashes(dir: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".html")) continue;
    const address = pagePathOf(file);
    const hashes = inlineScriptHashes(readFileSync(path.join(dir, file), "utf8"));
    pages.set(address === "/_not-found" ? NOT_FOUND_PAGE : address, hashes);
  }
  return pages;
}

/** A fresh nonce source for a page rendered per request. */
export const nonceSource = (nonce: string) => `'nonce-${nonce}'`;
