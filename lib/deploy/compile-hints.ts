import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * V8's explicit compile hint (Chromium 136 and later): the functions of a script that starts with
 * this comment are compiled while it downloads, off the main thread, instead of on the main
 * thread when each is first called. The bundler wraps every module in a function, so without it
 * the page's start-up compiles its whole first-load JavaScript in one long task.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Whether `file`, relative to a build's folder (.next or out), is one of its browser chunks. */
const isBrowserChunk = (file: string) =>
  file.endsWith(".js") && file.split(path.sep).join("/").includes("static/chunks/");

/**
 * Starts every browser chunk of the build in `dir` with the compile hint (once: a chunk that has
 * it is left alone). Returns how many chunks were changed.
 */
export function addCompileHints(dir: string): number {
  let changed = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!isBrowserChunk(file)) continue;
    const chunk = path.join(dir, file);
    const code = readFileSync(chunk, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    writeFileSync(chunk, COMPILE_HINT + code);
    changed++;
  }
  return changed;
}
