import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * V8's explicit compile hint (Chromium 136 and later): the functions of a script that starts with
 * this comment are compiled while it downloads, off the main thread, instead of on the main
 * thread when each is first called. The bundler wraps every module in a function, so without it
 * the page's start-up compiles its whole first-load JavaScript in one long task.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Where a build's folder keeps its browser chunks: .next/static/chunks, out/_next/static/chunks. */
const CHUNK_FOLDERS = ["static/chunks", "_next/static/chunks"];

/**
 * Starts every browser chunk of the build in `dir` with the compile hint (once: a chunk that has
 * it is left alone). Returns how many chunks were changed.
 */
export function addCompileHints(dir: string): number {
  let changed = 0;
  const folders = CHUNK_FOLDERS.map((folder) => path.join(dir, folder)).filter(existsSync);
  const chunks = folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".js"))
      .map((file) => path.join(folder, file)),
  );
  for (const chunk of chunks) {
    const code = readFileSync(chunk, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    writeFileSync(chunk, COMPILE_HINT + code);
    changed++;
  }
  return changed;
}
