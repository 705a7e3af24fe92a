// npm run ingest -- <capture> --published <YYYY-MM-DD> [--publisher <name>] [--url <address>]
// [--dry-run] [--json]: proposes draft events for a new article (docs/ingest.md).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { IngestError, proposeIngest, type Proposal } from "@/lib/ingest/propose";
import { ingestContext, writeDrafts } from "@/lib/ingest/store-files";
import { shown } from "@/lib/text/shown";

const USAGE =
  "usage: npm run ingest -- <capture> --published <YYYY-MM-DD> [--publisher <name>] [--url <address>] [--dry-run] [--json]";

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: "string" },
      publisher: { type: "string" },
      url: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      data: { type: "string", default: "data" },
    },
  });
  const [capture, ...extra] = positionals;
  if (!capture || extra.length > 0) throw new IngestError(`give one capture file\n${USAGE}`);
  if (!values.published) throw new IngestError(`--published is required\n${USAGE}`);
  if (!existsSync(capture) || !statSync(capture).isFile())
    throw new IngestError(`${capture}: no such file`);
  if (values.url && !/^https?:\/\/\S+$/.test(values.url))
    throw new IngestError(`--url: "${values.url}" is not an http(s) address`);

  const dataDir = path.resolve(values.data);
  const bytes = readFileSync(capture);
  const proposal = proposeIngest(
    {
      fileName: path.basename(capture),
      bytes,
      published: values.published,
      publisher: values.publisher,
      url: values.url,
    },
    ingestContext(dataDir),
  );

  if (values["dry-run"]) {
    if (proposal.alreadyIngested) console.error(alreadyMessage(proposal));
    console.log(values.json ? JSON.stringify(asJson(proposal), null, 2) : summary(proposal));
    return;
  }
  const folder = path.relative(process.cwd(), writeDrafts(dataDir, proposal, bytes));
  if (values.json) console.log(JSON.stringify(asJson(proposal), null, 2));
  else
    console.log(
      `${summary(proposal)}\n\nWritten to ${folder}/. Review each draft (title, summary, type, actors, places),\n` +
        `complete source.json (publisher, publisherType), then: npm run ingest:accept ${folder}/<draft>.json`,
    );
}

const alreadyMessage = ({ alreadyIngested }: Proposal) =>
  `note: this article is already in the store as ${alreadyIngested!.sourceId} (${alreadyIngested!.how})`;

/** The proposal as `--json` prints it. */
function asJson(proposal: Proposal) {
  return {
    source: proposal.source,
    removed: proposal.removed,
    warnings: proposal.warnings,
    alreadyIngested: proposal.alreadyIngested,
    events: proposal.events.map((draft) => ({
      draft: draft.id,
      date: draft.date,
      dateText: draft.dateText,
      quote: draft.sources[0]!.quote,
      status: draft.status,
      voice: draft.sources[0]!.voice,
      speaker: draft.sources[0]!.speaker ?? null,
      actors: draft.actors,
      places: draft.places,
      proposed: draft.review.proposed,
      duplicateOf: draft.review.duplicateOf,
      notes: draft.review.notes,
    })),
  };
}

/** The proposal for a reviewer's eyes. */
function summary(proposal: Proposal) {
  const { source } = proposal;
  const lines = [
    `Source ${source.id}`,
    `  "${source.title}" · ${source.publisher || "(publisher?)"} · ${source.published} · capture ${source.capture}`,
    ...proposal.warnings.map((warning) => `  warning: ${warning}`),
    "",
    `Removed from the capture (${proposal.removed.length}):`,
    ...proposal.removed.map(
      ({ line, text, reason }) => `  line ${line}, ${reason}: ${shown(text, 69)}`,
    ),
    "",
    `Draft events (${proposal.events.length}):`,
  ];
  for (const draft of proposal.events) {
    const quote = draft.sources[0]!;
    const speaker = quote.speaker
      ? "actor" in quote.speaker
        ? quote.speaker.actor
        : `"${quote.speaker.described}"`
      : null;
    lines.push(
      `  ${draft.id}  ${draft.date} ${draft.status} · "${draft.dateText}"`,
      `    ${shown(quote.quote, 99)}`,
      `    ${quote.voice}${speaker ? ` (${speaker})` : ""} · actors: ${draft.actors.join(", ") || "–"} · places: ${draft.places.join(", ") || "–"}`,
    );
    if (draft.review.proposed.length > 0)
      lines.push(
        `    new names? ${draft.review.proposed.map((p) => `${p.name} (${p.kind})`).join(", ")}`,
      );
    if (draft.review.duplicateOf.length > 0)
      lines.push(`    may repeat: ${draft.review.duplicateOf.join(", ")}`);
    for (const note of draft.review.notes) lines.push(`    note: ${note}`);
  }
  return lines.join("\n");
}

try {
  main();
} catch (error) {
  if (!(
    error instanceof IngestError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
  ))
    throw error;
  console.error(`ingest: ${(error as Error).message}`);
  process.exit(1);
}
