// npm run ingest:accept <draft>: turns a reviewed draft into an event (docs/ingest.md).
import path from "node:path";
import { parseArgs } from "node:util";
import { IngestError } from "@/lib/ingest/propose";
import { acceptDraft } from "@/lib/ingest/store-files";

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: "string", default: "data" } },
  });
  if (positionals.length !== 1)
    throw new IngestError("usage: npm run ingest:accept data/drafts/<source-id>/<draft>.json");
  const today = new Date().toISOString().slice(0, 10);
  const accepted = acceptDraft(path.resolve(values.data), positionals[0]!, today);
  console.log(`accepted: ${path.relative(process.cwd(), accepted.eventFile)} (added ${today})`);
  if (accepted.publishedSource) console.log(`published the source ${accepted.publishedSource}`);
} catch (error) {
  if (!(
    error instanceof IngestError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
  ))
    throw error;
  console.error(`ingest:accept: ${(error as Error).message}`);
  process.exit(1);
}
