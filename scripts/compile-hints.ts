import path from "node:path";
import { distDir } from "../lib/deploy/build-output";
import { addCompileHints } from "../lib/deploy/compile-hints";

// After `next build`: its browser chunks start with V8's compile hint (lib/deploy/compile-hints.ts).
const dir = process.argv[2] ? path.resolve(process.argv[2]) : distDir();
const changed = addCompileHints(dir);
console.log(`Compile hints: ${changed} chunks in ${path.relative(process.cwd(), dir) || "."}`);
