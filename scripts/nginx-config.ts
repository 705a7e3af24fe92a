import path from "node:path";
import { parseArgs } from "node:util";
import { pageScriptHashes } from "../lib/deploy/csp";
import { nginxConfig } from "../lib/deploy/deploy-config";

// npm run -s nginx:config -- --mode proxy --listen 80 --upstream 127.0.0.1:3000 > nginx.conf
// npm run -s nginx:config -- --mode static --listen 80 --root out > nginx.conf
// Add --tls-certificate F --tls-key F [--redirect-from 80] to serve HTTPS (and send HSTS).
// Static mode reads the export's pages for their scripts' hashes: run it after each export.
const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "proxy" },
    listen: { type: "string", default: "8080" },
    upstream: { type: "string" },
    root: { type: "string" },
    "tls-certificate": { type: "string" },
    "tls-key": { type: "string" },
    "redirect-from": { type: "string" },
    rate: { type: "string" },
  },
});

function fail(message: string): never {
  console.error(`nginx:config: ${message}`);
  process.exit(2);
}

const { mode } = values;
if (mode !== "proxy" && mode !== "static")
  fail(`--mode must be "proxy" or "static", not "${mode}"`);
const certificate = values["tls-certificate"];
const key = values["tls-key"];
if (Boolean(certificate) !== Boolean(key)) fail("--tls-certificate and --tls-key go together");
const rate = values.rate === undefined ? undefined : Number(values.rate);
if (rate !== undefined && !(rate > 0))
  fail(`--rate must be a positive number, not "${values.rate}"`);
const root = values.root && path.resolve(values.root);

try {
  process.stdout.write(
    nginxConfig({
      mode,
      listen: values.listen,
      upstream: values.upstream,
      root,
      pages: mode === "static" && root ? pageScriptHashes(root) : undefined,
      tls:
        certificate && key
          ? { certificate, key, redirectFrom: values["redirect-from"] }
          : undefined,
      ratePerSecond: rate,
    }),
  );
} catch (error) {
  fail((error as Error).message);
}
