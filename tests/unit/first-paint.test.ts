import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  inlineStylesheets,
  prepareFirstPaint,
  scriptsAfterFirstPaint,
  scriptsStartedAfterPaint,
} from "@/lib/deploy/first-paint";

const CSS = "/_next/static/chunks/site.css";
const LINK = `<link rel="stylesheet" href="${CSS}" data-precedence="next"/>`;
const chunk = (name: string) => `/_next/static/chunks/${name}.js`;
const script = (name: string) => `<script src="${chunk(name)}" async=""></script>`;
/** The shape of a page Next.js writes: chunks in the head, the bootstrap one at the end. */
const page = (head: string) =>
  `<!DOCTYPE html><html><head>${head}${script("a")}${script("b")}</head>` +
  `<body><p>Events</p>${script("boot")}<script>self.__next_f.push([0])</script></body></html>`;

describe("the stylesheet in the page", () => {
  it("is written into a style element; the link stays, disabled, so that React finds it", () => {
    const html = inlineStylesheets(page(LINK), (href) => (href === CSS ? "p{color:red}" : ""));
    expect(html).toContain(
      `<style>p{color:red}</style><link rel="stylesheet" href="${CSS}" data-precedence="next" disabled=""/>`,
    );
    expect(html).not.toContain(LINK);
  });

  it("is written once: a page already changed is left as it is", () => {
    const once = inlineStylesheets(page(LINK), () => "p{}");
    expect(inlineStylesheets(once, () => "p{}")).toBe(once);
  });

  it("is refused when it would end the style element early", () => {
    expect(() => inlineStylesheets(page(LINK), () => "p{content:'</style>'}")).toThrow(
      /site\.css contains "<\/style"/,
    );
  });
});

describe("the scripts after the first paint", () => {
  const html = scriptsAfterFirstPaint(
    page(
      `<link rel="preload" as="script" fetchPriority="low" href="${chunk("boot")}"/>` +
        `<link rel="preload" as="font" href="/f.woff2"/>`,
    ),
  );

  it("are no longer scripts of the page, and preloaded for a wide screen only", () => {
    expect(html).not.toMatch(/<script src=/);
    for (const name of ["a", "b", "boot"]) {
      expect(html).toContain(
        `<link rel="preload" as="script" href="${chunk(name)}" media="(min-width: 64rem)"/>`,
      );
    }
    // Next's own preload of the bootstrap chunk, for every screen, goes; other preloads stay.
    expect(html).not.toContain('fetchPriority="low"');
    expect(html.split(`href="${chunk("boot")}"`)).toHaveLength(2);
    expect(html).toContain(`<link rel="preload" as="font" href="/f.woff2"/>`);
  });

  it("are started by the page's last script, after the parse, and on a phone after the next frame", () => {
    const loader = /<script id="after-first-paint">(.*?)<\/script><\/body>/.exec(html);
    expect(loader?.[1]).toContain(
      'var go=matchMedia("(min-width: 64rem)").matches?start:afterPaint;',
    );
    expect(loader?.[1]).toContain('addEventListener("DOMContentLoaded",go)');
    expect(loader?.[1]).toContain("requestAnimationFrame(function(){setTimeout(start)})");
    expect(loader?.[1]).toContain(JSON.stringify([chunk("a"), chunk("b"), chunk("boot")]));
    expect(scriptsStartedAfterPaint(html)).toEqual([chunk("a"), chunk("b"), chunk("boot")]);
    expect(scriptsStartedAfterPaint(page(""))).toEqual([]);
    // Next's inline payload keeps its place.
    expect(html).toContain("<script>self.__next_f.push([0])</script><script id=");
  });

  it("leave a page without chunk scripts, or already changed, as it is", () => {
    const plain = "<html><head></head><body><p>Event</p></body></html>";
    expect(scriptsAfterFirstPaint(plain)).toBe(plain);
    expect(scriptsAfterFirstPaint(html)).toBe(html);
  });
});

describe("preparing a build", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8");

  it("changes the pages of `next build`'s folder, reading the stylesheet from static/", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "first-paint-"));
    write("static/chunks/site.css", "h1{}");
    write("server/app/index.html", page(LINK));
    write("server/pages/events/a.html", `<html><head>${LINK}</head><body></body></html>`);
    write("server/app/index.rsc", LINK);

    expect(prepareFirstPaint(dir)).toBe(2);
    expect(read("server/app/index.html")).toContain("<style>h1{}</style>");
    expect(read("server/app/index.html")).toContain('id="after-first-paint"');
    expect(read("server/pages/events/a.html")).toContain("<style>h1{}</style>");
    expect(read("server/app/index.rsc")).toBe(LINK);
    expect(prepareFirstPaint(dir)).toBe(0);
  });

  it("changes the pages of the export, reading the stylesheet from _next/", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "first-paint-"));
    write("_next/static/chunks/site.css", "h2{}");
    write("index.html", page(LINK));
    write("events/a.html", page(LINK));

    expect(prepareFirstPaint(dir)).toBe(2);
    expect(read("events/a.html")).toContain("<style>h2{}</style>");
  });
});
