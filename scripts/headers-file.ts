import { writeFileSync } from "node:fs";
import path from "node:path";
import { pageScriptHashes } from "../lib/deploy/csp";
import { headersFile } from "../lib/deploy/deploy-config";

// After `next build` with STATIC_EXPORT: out/_headers, for static hosts that read one.
const out = path.resolve(process.argv[2] ?? "out");
writeFileSync(path.join(out, "_headers"), headersFile(pageScriptHashes(out)));
console.log(`Wrote ${path.relative(process.cwd(), path.join(out, "_headers"))}`);
