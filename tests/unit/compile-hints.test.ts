import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "@/lib/deploy/compile-hints";

let dir = "";
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const read = (file: string) => readFileSync(path.join(dir, file), "utf8");

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("compile hints", () => {
  it("start every browser chunk of a build, and nothing else, once", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "hints-"));
    write("static/chunks/a.js", "a();");
    write("_next/static/chunks/nested/b.js", "b();");
    write("static/chunks/style.css", "a{}");
    write("server/chunks/ssr.js", "server();");
    write("static/BUILD/_buildManifest.js", "manifest();");

    expect(addCompileHints(dir)).toBe(2);
    expect(read("static/chunks/a.js")).toBe(`${COMPILE_HINT}a();`);
    expect(read("_next/static/chunks/nested/b.js")).toBe(`${COMPILE_HINT}b();`);
    expect(read("static/chunks/style.css")).toBe("a{}");
    expect(read("server/chunks/ssr.js")).toBe("server();");
    expect(read("static/BUILD/_buildManifest.js")).toBe("manifest();");

    expect(addCompileHints(dir)).toBe(0);
    expect(read("static/chunks/a.js")).toBe(`${COMPILE_HINT}a();`);
  });
});
