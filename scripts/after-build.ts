import path from "node:path";
import { afterBuild } from "../lib/deploy/after-build";
import { distDir } from "../lib/deploy/build-output";

// After `next build`: the server's build, or the export's folder when one is given.
const dir = process.argv[2] ? path.resolve(process.argv[2]) : distDir();
const { hintedChunks, preparedPages } = afterBuild(dir);
const where = path.relative(process.cwd(), dir) || ".";
console.log(
  `After the build: compile hints in ${hintedChunks} chunks, first paint in ${preparedPages} pages, in ${where}`,
);
