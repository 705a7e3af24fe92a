import { addCompileHints } from "./compile-hints";
import { prepareFirstPaint } from "./first-paint";

/**
 * What `npm run build` and `npm run build:export` do after `next build` to the build in `dir`:
 * its browser chunks get V8's compile hint (./compile-hints.ts), and the pages it wrote ahead
 * paint before their scripts run (./first-paint.ts).
 */
export function afterBuild(dir: string) {
  return { hintedChunks: addCompileHints(dir), preparedPages: prepareFirstPaint(dir) };
}
