/**
 * Bundle sizes, read from the production build in .next: the JavaScript that `/` loads before
 * the timeline (its <script src> tags), and the lazily loaded vis-timeline chunk(s).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { budgeted, info, kb, type Figure } from "./stats";

export const FIRST_LOAD_BUDGET = 200 * 1024;
export const TIMELINE_BUDGET = 220 * 1024;

interface Sized {
  file: string;
  raw: number;
  gzip: number;
}

/** Size of a built file, given its URL path (/_next/static/…) or its path under .next/static. */
export function sizeOf(nextDir: string, url: string): Sized {
  const relative = url.replace(/[?#].*$/, "").replace(/^\/_next\//, "");
  const bytes = readFileSync(path.join(nextDir, relative));
  return { file: relative, raw: bytes.length, gzip: gzipSync(bytes).length };
}

const total = (files: Sized[], key: "raw" | "gzip") => files.reduce((sum, f) => sum + f[key], 0);

/** The <script src> of an HTML page, with whether each is nomodule (never run by modern browsers). */
export function scriptSources(html: string): { src: string; nomodule: boolean }[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].flatMap(([, attributes = ""]) => {
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    return src ? [{ src, nomodule: /\bnomodule\b/i.test(attributes) }] : [];
  });
}

/** Every .js file under .next/static/chunks, as a path relative to .next. */
function builtChunks(nextDir: string): string[] {
  const root = path.join(nextDir, "static", "chunks");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".js"))
    .map((name) => path.posix.join("static", "chunks", name.split(path.sep).join("/")));
}

export function measureBundle(html: string, nextDir: string) {
  const scripts = scriptSources(html).filter(({ src }) => src.startsWith("/_next/static/"));
  const firstLoad = scripts.filter((s) => !s.nomodule).map((s) => sizeOf(nextDir, s.src));
  const polyfills = scripts.filter((s) => s.nomodule).map((s) => sizeOf(nextDir, s.src));
  const initial = new Set(firstLoad.map((f) => f.file));
  const timeline = builtChunks(nextDir)
    .filter((file) => !initial.has(file))
    .filter((file) => /vis-timeline|vis-item/.test(readFileSync(path.join(nextDir, file), "utf8")))
    .map((file) => sizeOf(nextDir, file));

  const figures: Figure[] = [
    budgeted(
      `first-load JS of / (${firstLoad.length} scripts, ${kb(total(firstLoad, "raw"))} raw), gzip`,
      total(firstLoad, "gzip"),
      FIRST_LOAD_BUDGET,
      kb,
    ),
    info(
      "  not counted: nomodule polyfills (legacy browsers only), gzip",
      kb(total(polyfills, "gzip")),
    ),
    timeline.length === 0
      ? {
          name: "timeline chunk",
          value: "not found",
          budget: `≤ ${kb(TIMELINE_BUDGET)}`,
          pass: false,
        }
      : budgeted(
          `timeline chunk(s) ${timeline.map((f) => path.basename(f.file)).join(", ")} (${kb(total(timeline, "raw"))} raw), gzip`,
          total(timeline, "gzip"),
          TIMELINE_BUDGET,
          kb,
        ),
  ];
  return {
    figures,
    firstLoad: firstLoad.map((f) => f.file),
    timeline: timeline.map((f) => f.file),
  };
}

/** Gzip bytes of the scripts the browser fetched after the first load (a cross-check). */
export function lazyScripts(nextDir: string, fetched: string[], firstLoad: string[]): Figure {
  const initial = new Set(firstLoad);
  const lazy = fetched
    .filter((url) => url.startsWith("/_next/static/"))
    .map((url) => sizeOf(nextDir, url))
    .filter((file) => !initial.has(file.file));
  return info(
    `JS the browser fetched beyond the first load (${lazy.map((f) => path.basename(f.file)).join(", ") || "none"}), gzip`,
    kb(total(lazy, "gzip")),
  );
}
