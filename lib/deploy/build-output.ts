import { readFileSync } from "node:fs";
import path from "node:path";

/** The folder of the build `next start` serves (the benchmarks build into others). */
export const distDir = () =>
  path.join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");

/** The id of the build being served: the same on every replica that runs the same build. */
export const readBuildId = () => readFileSync(path.join(distDir(), "BUILD_ID"), "utf8").trim();
