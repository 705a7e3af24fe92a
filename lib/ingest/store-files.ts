import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { formatProblem, readStore } from "../store/read-store";
import { EventSchema, SourceQuoteSchema, SourceSchema, type EventRecord } from "../store/schema";
import { DraftEventSchema, DraftSourceSchema } from "../store/draft-schema";
import { IngestError, slugify, type IngestContext, type Proposal } from "./propose";

/**
 * The ingest's reads and writes of data/: what it needs to know of the store, writing a
 * proposal as drafts, and accepting a draft into the store. Everything else is pure
 * (propose.ts).
 */

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const issues = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new IngestError(
      `${path.relative(process.cwd(), file)}: is not valid JSON (${(error as Error).message})`,
    );
  }
}

/** The store as the ingest needs it; refuses a store that does not validate. */
export function ingestContext(dataDir: string): IngestContext {
  const { records, problems } = readStore(dataDir);
  if (problems.length > 0)
    throw new IngestError(
      `the store has ${problems.length} problem(s); fix them first (npm run validate):\n${problems.map(formatProblem).join("\n")}`,
    );
  const bySourceCapture = new Map(records.sources.map((source) => [source.capture, source.id]));
  const capturesDir = path.join(dataDir, "captures");
  const captures = readdirSync(capturesDir).map((name) => ({
    name,
    sha256: sha256(readFileSync(path.join(capturesDir, name))),
    sourceId: bySourceCapture.get(name) ?? `(no source: data/captures/${name})`,
  }));
  const draftSources = [];
  for (const { folder, source } of records.drafts) {
    if (!source) continue;
    const dir = path.join(dataDir, "drafts", folder);
    const bytes = readFileSync(path.join(dir, source.capture));
    captures.push({ name: source.capture, sha256: sha256(bytes), sourceId: source.id });
    draftSources.push({ id: source.id, text: readFileSync(path.join(dir, "source.txt"), "utf8") });
  }
  return {
    sources: [...records.sources, ...draftSources],
    events: records.events,
    actors: records.actors,
    places: records.places,
    captures,
  };
}

/**
 * Writes a proposal as data/drafts/<source-id>/: the draft source, its text, the capture as it
 * came, and one file per draft event. Written to a temporary folder first, then moved in place,
 * so a failure leaves nothing behind. Returns the folder.
 */
export function writeDrafts(dataDir: string, proposal: Proposal, capture: Buffer): string {
  if (proposal.alreadyIngested)
    throw new IngestError(
      `already ingested as ${proposal.alreadyIngested.sourceId} (${proposal.alreadyIngested.how}); nothing written`,
    );
  const draftsDir = path.join(dataDir, "drafts");
  const folder = path.join(draftsDir, proposal.source.id);
  if (existsSync(folder))
    throw new IngestError(
      `${path.relative(process.cwd(), folder)} already exists; nothing written`,
    );
  const temporary = path.join(draftsDir, `.${proposal.source.id}.partial`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  try {
    writeFileSync(path.join(temporary, "source.json"), json(proposal.source));
    writeFileSync(path.join(temporary, "source.txt"), proposal.text);
    writeFileSync(path.join(temporary, proposal.source.capture), capture);
    for (const draft of proposal.events)
      writeFileSync(path.join(temporary, `${draft.id}.json`), json(draft));
    renameSync(temporary, folder);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  return folder;
}

/** "2016-04-16" → "2016-04-16", "2014~" → "2014", "2016~/2016-12" → "2016": an id's date part. */
const idDate = (edtf: string) => edtf.split("/")[0]!.replace(/[~?%]/g, "");
const slug = (text: string) => slugify(text).split("-").slice(0, 8).join("-");

interface Accepted {
  event: EventRecord;
  eventFile: string;
  /** The source published with this event, if it was still a draft. */
  publishedSource: string | null;
}

/**
 * Turns a reviewed draft into an event: `added` set to `today`, the review notes dropped, the id
 * made from its date and title. Publishes the draft source with its first accepted event (the
 * capture moves to data/captures/, the record and text to data/sources/), lists the new ids in
 * published-ids.json, then validates the whole store and undoes every change if it does not
 * pass.
 */
export function acceptDraft(dataDir: string, draftFile: string, today: string): Accepted {
  const draftsDir = path.resolve(dataDir, "drafts");
  const file = path.resolve(draftFile);
  const folder = path.dirname(file);
  if (
    path.dirname(folder) !== draftsDir ||
    !file.endsWith(".json") ||
    path.basename(file) === "source.json"
  )
    throw new IngestError(
      `${draftFile}: not a draft (expected data/drafts/<source-id>/<draft>.json)`,
    );
  if (!existsSync(file)) throw new IngestError(`${draftFile}: no such draft`);
  const parsed = DraftEventSchema.safeParse(readJson(file));
  if (!parsed.success)
    throw new IngestError(`${draftFile}: not a valid draft: ${issues(parsed.error)}`);
  const draft = parsed.data;
  const missing = (["title", "summary", "type"] as const).filter((field) => !draft[field].trim());
  if (missing.length > 0)
    throw new IngestError(`${draftFile}: fill in ${missing.join(", ")} before accepting it`);
  if (draft.review.duplicateOf.length > 0)
    throw new IngestError(
      `${draftFile}: may repeat ${draft.review.duplicateOf.join(", ")}: add its quote to that event instead, or empty review.duplicateOf to keep it as a new event`,
    );

  const idsFile = path.join(dataDir, "published-ids.json");
  const ids = JSON.parse(readFileSync(idsFile, "utf8")) as { events: string[]; sources: string[] };
  const id = `${idDate(draft.date)}-${slug(draft.title)}`;
  if (ids.events.includes(id) || existsSync(path.join(dataDir, "events", `${id}.json`)))
    throw new IngestError(`${draftFile}: the event id "${id}" is taken; change the title`);

  // The quote fields the store's schema knows (voice and speaker once it has them).
  const quoteKeys = Object.keys(SourceQuoteSchema.shape);
  const event = EventSchema.parse({
    id,
    title: draft.title,
    summary: draft.summary,
    date: draft.date,
    dateText: draft.dateText,
    status: draft.status,
    type: draft.type,
    actors: draft.actors,
    places: draft.places,
    tags: draft.tags,
    ...(draft.related ? { related: draft.related } : {}),
    sources: draft.sources.map((quote) =>
      Object.fromEntries(Object.entries(quote).filter(([key]) => quoteKeys.includes(key))),
    ),
    added: today,
    revisions: [],
  });

  const changes = new Changes();
  const sourceFile = path.join(folder, "source.json");
  let publishedSource: string | null = null;
  if (existsSync(sourceFile)) {
    const draftSource = DraftSourceSchema.safeParse(readJson(sourceFile));
    if (!draftSource.success)
      throw new IngestError(
        `${path.relative(process.cwd(), sourceFile)}: not a valid draft source: ${issues(draftSource.error)}`,
      );
    const source = SourceSchema.safeParse(draftSource.data);
    if (!source.success)
      throw new IngestError(
        `${path.relative(process.cwd(), sourceFile)}: fill in ${source.error.issues.map((issue) => issue.path.join(".")).join(", ")} before its first event is accepted`,
      );
    publishedSource = source.data.id;
    changes.move(
      path.join(folder, source.data.capture),
      path.join(dataDir, "captures", source.data.capture),
    );
    changes.move(sourceFile, path.join(dataDir, "sources", `${source.data.id}.json`));
    changes.move(
      path.join(folder, "source.txt"),
      path.join(dataDir, "sources", `${source.data.id}.txt`),
    );
    ids.sources = [...ids.sources, source.data.id].sort();
  }
  const eventFile = path.join(dataDir, "events", `${id}.json`);
  changes.write(eventFile, json(event));
  ids.events = [...ids.events, id].sort();
  changes.write(idsFile, `${JSON.stringify(ids, null, 2)}\n`);
  changes.remove(file);
  if (readdirSync(folder).length === 0) changes.removeFolder(folder);

  const { problems } = readStore(dataDir);
  if (problems.length > 0) {
    changes.undo();
    throw new IngestError(
      `${draftFile}: the store would not validate with it, so nothing changed:\n${problems.map(formatProblem).join("\n")}`,
    );
  }
  return { event, eventFile, publishedSource };
}

/** File changes that can be undone, newest first. */
class Changes {
  private undos: (() => void)[] = [];

  write(file: string, content: string) {
    const before = existsSync(file) ? readFileSync(file) : null;
    writeFileSync(file, content);
    this.undos.push(() => (before ? writeFileSync(file, before) : rmSync(file, { force: true })));
  }

  move(from: string, to: string) {
    if (existsSync(to)) throw new IngestError(`${to} already exists`);
    renameSync(from, to);
    this.undos.push(() => renameSync(to, from));
  }

  remove(file: string) {
    const before = readFileSync(file);
    rmSync(file);
    this.undos.push(() => writeFileSync(file, before));
  }

  removeFolder(folder: string) {
    rmSync(folder, { recursive: true });
    this.undos.push(() => mkdirSync(folder, { recursive: true }));
  }

  undo() {
    for (const undo of this.undos.reverse()) undo();
    this.undos = [];
  }
}
