/**
 * Bundle and page sizes. From the production build's folder (.next): the JavaScript that `/`
 * loads before the timeline (its <script src> tags), and the lazily loaded vis-timeline chunk(s).
 * From the server's answers: whether `/` shows every event without JavaScript and what that
 * costs (HTML + CSS), and what the other pages load (an event page, the threads, /statements:
 * no timeline code).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { scriptsStartedAfterPaint } from "@/lib/deploy/first-paint";
import { budgeted, info, kb, type Figure } from "./stats";
import { BUDGETS, bytes } from "./budgets";

const FIRST_LOAD_BUDGET = bytes(BUDGETS.firstLoadJsKb);
const TIMELINE_BUDGET = bytes(BUDGETS.timelineChunkKb);
/** The HTML of `/` and its stylesheets, gzip: what reading every event needs. */
const HOME_HTML_CSS_BUDGET = bytes(BUDGETS.homeHtmlCssKb);
/** What marks a chunk as the timeline's code. */
const TIMELINE_CODE = /vis-timeline|vis-item/;

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

/**
 * The scripts of an HTML page, with whether each is nomodule (never run by modern browsers): its
 * <script src>, and those its last script starts once it is painted (lib/deploy/first-paint.ts).
 */
export function scriptSources(html: string): { src: string; nomodule: boolean }[] {
  const tags = [...html.matchAll(/<script\b([^>]*)>/gi)].flatMap(([, attributes = ""]) => {
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    return src ? [{ src, nomodule: /\bnomodule\b/i.test(attributes) }] : [];
  });
  return [...tags, ...scriptsStartedAfterPaint(html).map((src) => ({ src, nomodule: false }))];
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
    .filter((file) => TIMELINE_CODE.test(readFileSync(path.join(nextDir, file), "utf8")))
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

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Decodes HTML character references (named ones React writes, and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return String.fromCodePoint(code);
  });
}

/**
 * The text a reader sees without JavaScript: no scripts (the RSC payload repeats every title, but
 * only for React), no styles, no comments, no tags; entities decoded, white space collapsed.
 */
export function visibleText(html: string): string {
  const text = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, " ")
    .replace(/<template\b[^>]*>[\s\S]*?<\/template>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]*>/g, " ");
  return normalizeSpace(decodeEntities(text));
}

const normalizeSpace = (text: string) => text.replace(/\s+/g, " ").trim();

/** Fetches a file the page references, and sizes it. */
async function fetchSized(baseUrl: string, url: string): Promise<Sized & { text: string }> {
  const response = await fetch(new URL(url, baseUrl));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    file: url,
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    text: bytes.toString("utf8"),
  };
}

/** The href of every <link rel=stylesheet> of an HTML page that is fetched (not disabled). */
export function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b([^>]*)>/gi)].flatMap(([, attributes = ""]) => {
    if (!/\brel=["']?stylesheet\b/i.test(attributes) || /\bdisabled\b/i.test(attributes)) return [];
    const href = /\bhref=["']([^"']+)["']/i.exec(attributes)?.[1];
    return href ? [decodeEntities(href)] : [];
  });
}

/**
 * `/` as the server sends it: is every event's title in its visible text (readable without
 * JavaScript), and how much do its HTML and stylesheets weigh (gzip, each file on its own)?
 */
export async function measureHomePage(baseUrl: string, html: string, titles: readonly string[]) {
  const text = visibleText(html);
  const missing = titles.filter((title) => !text.includes(normalizeSpace(title)));
  const css = await Promise.all(stylesheets(html).map((href) => fetchSized(baseUrl, href)));
  const htmlGzip = gzipSync(html).length;
  const figures: Figure[] = [
    {
      name: "events in server HTML (titles in the visible text of /)",
      value: `${titles.length - missing.length} of ${titles.length}`,
      budget: `all ${titles.length}`,
      pass: missing.length === 0 && titles.length > 0,
      ...(missing.length > 0 && {
        note: `missing: ${missing
          .slice(0, 3)
          .map((title) => JSON.stringify(title))
          .join(", ")}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}`,
      }),
    },
    {
      ...budgeted(
        `HTML + CSS of / (${css.length} stylesheet(s)), gzip`,
        htmlGzip + total(css, "gzip"),
        HOME_HTML_CSS_BUDGET,
        kb,
      ),
      note: `HTML ${kb(Buffer.byteLength(html))} raw, ${kb(htmlGzip)} gzip; ${css
        .map((file) => `${path.basename(file.file)} ${kb(file.raw)} raw, ${kb(file.gzip)} gzip`)
        .join("; ")}`,
    },
  ];
  return figures;
}

/** A page as the server sends it: all its <script src> JavaScript, and no timeline code. */
export async function measurePageScripts(baseUrl: string, pagePath: string, budget: number) {
  const response = await fetch(new URL(pagePath, baseUrl));
  const html = await response.text();
  if (!response.ok) throw new Error(`${pagePath}: HTTP ${response.status}`);
  const all = scriptSources(html);
  const scripts = await Promise.all(
    all.filter((s) => !s.nomodule).map(({ src }) => fetchSized(baseUrl, src)),
  );
  const timeline = scripts.filter((file) => TIMELINE_CODE.test(file.text));
  const figures: Figure[] = [
    {
      ...budgeted(
        `JS of ${pagePath} (${scripts.length} scripts, ${kb(total(scripts, "raw"))} raw), gzip`,
        total(scripts, "gzip"),
        budget,
        kb,
      ),
      note: `not counted: ${all.length - scripts.length} nomodule script(s)`,
    },
    {
      name: "  timeline code (vis-timeline, vis-item) in its scripts",
      value: timeline.length === 0 ? "none" : timeline.map((f) => path.basename(f.file)).join(", "),
      budget: "none",
      pass: timeline.length === 0,
    },
  ];
  return figures;
}
