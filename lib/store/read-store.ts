import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { geoContains } from "d3-geo";
import type { z } from "zod";
import { captureText } from "./capture-text";
import {
  DraftEventSchema,
  DraftSourceSchema,
  type DraftEvent,
  type DraftSource,
} from "./draft-schema";
import { EventDateError, parseEventDate, type EventDate } from "./event-date";
import { COUNTRY_SHAPES } from "./base-map";
import { referenceDay, resolveDateText } from "./relative-date";
import {
  ActorListSchema,
  EventSchema,
  PlaceSchema,
  SourceSchema,
  ThreadSchema,
  type Actor,
  type EventRecord,
  type Place,
  type Source,
  type ThreadRecord,
} from "./schema";
import { linesNotFromCapture, verbatimIn } from "./verbatim";

/** One thing wrong with the store, printed as `file: field: message`. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export const formatProblem = ({ file, field, message }: Problem) => `${file}: ${field}: ${message}`;

export interface SourceWithText extends Source {
  /** The article text (data/sources/<id>.txt). */
  text: string;
}

/** Whether a passage is verbatim in a source's text (the text is normalized once). */
type VerbatimTest = (passage: string) => boolean;

/** A source that events may cite, with its text file and a test for passages of it. */
interface TextSource {
  source: SourceWithText;
  textFile: string;
  test: VerbatimTest;
}

/** What the checks of an event need, shared by events and drafts. */
type CheckedEvent = Pick<
  EventRecord,
  "id" | "actors" | "places" | "related" | "sources" | "date" | "dateText" | "status"
> &
  Partial<Pick<EventRecord, "dateTextElsewhere">>;

/** One ingested article awaiting review: its draft source (null once published) and events. */
interface DraftFolder {
  folder: string;
  source: DraftSource | null;
  events: DraftEvent[];
}

/** Files a reviewer may keep in data/drafts/ beside the draft folders. */
const DRAFT_NOTES = new Set(["README.md", ".gitkeep"]);

/** The records of the store as read from disk, each one valid on its own. */
export interface StoreRecords {
  sources: SourceWithText[];
  events: EventRecord[];
  /** Each event's date, parsed once while checking it. */
  dates: Map<string, EventDate>;
  actors: Actor[];
  places: Place[];
  /** Lines of the story through events (data/threads/), as written: steps oldest first. */
  threads: ThreadRecord[];
  /** Drafts awaiting review (data/drafts/), never published. */
  drafts: DraftFolder[];
}

/**
 * Reads data/ and checks everything: schemas, file names, unique ids, references, verbatim
 * quotes, source texts against their captures, dates. Collects every problem instead of
 * stopping at the first, so one run shows all that needs fixing.
 */
export function readStore(
  dataDir: string,
  options: {
    /** More checks of each place (npm run validate's gazetteer), field relative to the place. */
    checkPlace?: (place: Place) => { field: string; message: string }[];
  } = {},
): { records: StoreRecords; problems: Problem[] } {
  const problems: Problem[] = [];
  const display = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");
  const report = (file: string, field: string, message: string) =>
    problems.push({ file: display(file), field, message });

  function readJson(file: string): unknown {
    if (!existsSync(file)) {
      report(file, "(file)", "is missing");
      return undefined;
    }
    try {
      return JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      report(file, "(file)", `is not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  }

  function check<T>(
    schema: z.ZodType<T>,
    value: unknown,
    file: string,
    at: PropertyKey[] = [],
  ): T | undefined {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          report(file, fieldPath([...at, ...issue.path, key]), "is not a known field");
      } else {
        report(file, fieldPath([...at, ...issue.path]), plainMessage(issue));
      }
    }
    return undefined;
  }

  /**
   * A list checked record by record: a broken record is reported and left out, and its id
   * (when it has one) still counts as known, so that its users are not reported as well.
   */
  function checkEach<T>(schema: z.ZodType<T>, value: unknown, file: string) {
    if (value !== undefined && !Array.isArray(value)) report(file, "(record)", "is not a list");
    const items: unknown[] = Array.isArray(value) ? value : [];
    const ids = items.map((item) =>
      item && typeof item === "object" && "id" in item && typeof item.id === "string"
        ? item.id
        : undefined,
    );
    const valid = items.flatMap((item, index) => {
      const record = check(schema, item, file, [index]);
      return record === undefined ? [] : [{ record, index }];
    });
    return { valid, ids };
  }

  /**
   * Reads every `*.json` in a folder; anything else there is reported, never skipped silently,
   * except the companion files `companion` names (a source's `.txt` beside its `.json`).
   */
  function readFolder<T extends { id: string }>(
    folder: string,
    schema: z.ZodType<T>,
    companion?: { extension: string; owner: string },
    { optional = false } = {},
  ) {
    const records: { record: T; file: string }[] = [];
    const seen = new Map<string, string>();
    const names = existsSync(folder) ? readdirSync(folder).sort() : [];
    if (names.length === 0 && !optional) report(folder, "(folder)", "is missing or empty");
    for (const name of names) {
      const file = path.join(folder, name);
      if (companion && name.endsWith(companion.extension)) {
        const owner = name.slice(0, -companion.extension.length) + ".json";
        if (!names.includes(owner))
          report(file, "(file)", `has no ${companion.owner} record ${owner}`);
        continue;
      }
      if (!name.endsWith(".json")) {
        report(file, "(file)", "is not a .json record");
        continue;
      }
      const record = check(schema, readJson(file), file);
      if (!record) continue;
      if (`${record.id}.json` !== name)
        report(file, "id", `"${record.id}" does not match the file name`);
      const other = seen.get(record.id);
      if (other) {
        report(other, "id", `duplicate id "${record.id}", also in ${display(file)}`);
        report(file, "id", `duplicate id "${record.id}", also in ${display(other)}`);
      } else seen.set(record.id, file);
      records.push({ record, file });
    }
    return records;
  }

  function checkVocabulary(file: string, list: readonly (string | undefined)[]) {
    const ids = new Set<string>();
    list.forEach((id, index) => {
      if (id === undefined) return;
      if (ids.has(id)) report(file, `[${index}].id`, `duplicate id "${id}"`);
      ids.add(id);
    });
    return ids;
  }

  // Sources, their texts and captures.
  const sourcesDir = path.join(dataDir, "sources");
  const sourceFiles = readFolder(sourcesDir, SourceSchema, { extension: ".txt", owner: "source" });
  const sources: SourceWithText[] = [];
  for (const { record, file } of sourceFiles) {
    const textFile = path.join(sourcesDir, `${record.id}.txt`);
    const captureFile = path.join(dataDir, "captures", record.capture);
    if (!existsSync(textFile)) {
      report(file, "id", `has no article text: ${display(textFile)} is missing`);
      continue;
    }
    const text = readFileSync(textFile, "utf8");
    if (!existsSync(captureFile)) {
      report(file, "capture", `${display(captureFile)} is missing`);
    } else {
      const capture = captureText(record.capture, readFileSync(captureFile, "utf8"));
      for (const line of linesNotFromCapture(text, capture)) {
        report(
          textFile,
          `line ${line}`,
          `is not in ${display(captureFile)} (only deletions and […] are allowed)`,
        );
      }
    }
    sources.push({ ...record, text });
  }

  // Controlled vocabularies.
  const actorsFile = path.join(dataDir, "actors.json");
  const placesFile = path.join(dataDir, "places.json");
  const actors = check(ActorListSchema, readJson(actorsFile), actorsFile) ?? [];
  const placeList = checkEach(PlaceSchema, readJson(placesFile), placesFile);
  const places = placeList.valid.map(({ record }) => record);
  const actorIds = checkVocabulary(
    actorsFile,
    actors.map((actor) => actor.id),
  );
  checkTitles(actors, actorsFile);
  const placeIds = checkVocabulary(placesFile, placeList.ids);
  for (const { record: place, index } of placeList.valid) {
    const fault = (field: string, message: string) =>
      report(placesFile, `[${index}].${field}`, message);
    const country = place.kind === "country" ? place.gazetteer.naturalEarth : place.within;
    const shape = COUNTRY_SHAPES.get(country);
    if (!shape)
      fault(
        place.kind === "country" ? "gazetteer.naturalEarth" : "within",
        `"${country}" is not a country on the base map`,
      );
    else if (place.kind === "city" && !geoContains(shape, [place.lon, place.lat]))
      fault("lat", `${place.lat}, ${place.lon} is not inside ${country} on the base map`);
    for (const { field, message } of options.checkPlace?.(place) ?? []) fault(field, message);
  }

  /**
   * A title refers to its actor only in the sources listed with it: each must exist, contain the
   * title, and give it to one actor alone.
   */
  function checkTitles(list: Actor[], file: string) {
    const holder = new Map<string, string>();
    list.forEach((actor, a) =>
      actor.titles.forEach(({ title, sources: ids }, t) =>
        ids.forEach((id, s) => {
          const field = `[${a}].titles[${t}].sources[${s}]`;
          const source = sources.find((candidate) => candidate.id === id);
          if (!source) return report(file, field, `unknown source "${id}"`);
          if (!verbatimIn(source.text.toLowerCase())(title.toLowerCase()))
            report(file, field, `"${title}" is not in the text of ${id}`);
          const key = `${id}|${title.toLowerCase()}`;
          const other = holder.get(key);
          if (other && other !== actor.id)
            report(file, field, `"${title}" in ${id} already refers to "${other}"`);
          holder.set(key, actor.id);
        }),
      ),
    );
  }

  // Events, and everything they refer to.
  const textSources = new Map<string, TextSource>(
    sources.map((source) => [
      source.id,
      {
        source,
        textFile: path.join(sourcesDir, `${source.id}.txt`),
        test: verbatimIn(source.text),
      },
    ]),
  );
  const sourceIds = new Set(sourceFiles.map(({ record }) => record.id));
  const eventFiles = readFolder(path.join(dataDir, "events"), EventSchema);
  const eventIds = new Set(eventFiles.map(({ record }) => record.id));
  const dates = new Map<string, EventDate>();

  /** Checks an event's (or a draft's) references, quotes and date; returns the parsed date. */
  function checkEvent(event: CheckedEvent, file: string, lookup: Map<string, TextSource>) {
    const refs = (field: string, ids: string[], known: Set<string>, what: string) =>
      ids.forEach((id, i) => {
        if (!known.has(id)) report(file, `${field}[${i}]`, `unknown ${what} "${id}"`);
      });
    refs("actors", event.actors, actorIds, "actor");
    refs("places", event.places, placeIds, "place");
    refs("related", event.related ?? [], eventIds, "event");
    if (event.related?.includes(event.id))
      report(file, "related", "an event cannot relate to itself");

    event.sources.forEach(({ source: id, quote, speaker }, i) => {
      if (speaker && "actor" in speaker && !actorIds.has(speaker.actor))
        report(file, `sources[${i}].speaker.actor`, `unknown actor "${speaker.actor}"`);
      const cited = lookup.get(id);
      if (!cited) {
        if (!sourceIds.has(id)) report(file, `sources[${i}].source`, `unknown source "${id}"`);
        return;
      }
      if (!cited.test(quote))
        report(file, `sources[${i}].quote`, `not found verbatim in ${display(cited.textFile)}`);
    });

    let date;
    try {
      date = parseEventDate(event.date);
    } catch (error) {
      if (!(error instanceof EventDateError)) throw error;
      report(file, "date", error.message);
    }

    const dating = lookup.get(event.sources[0]?.source ?? "");
    if (!dating) return date;
    const { source } = dating;
    const fragments = event.dateText.split("…").map((part) => part.trim());
    for (const fragment of fragments) {
      if (!dating.test(fragment)) {
        report(
          file,
          "dateText",
          `"${fragment}" not found verbatim in ${display(dating.textFile)} (the first cited source)`,
        );
      }
    }
    // The dating words must be seen in the event's own quotes, or the record says where they are.
    const quoted = event.sources
      .filter((cite) => cite.source === source.id)
      .map((cite) => verbatimIn(cite.quote));
    const unquoted = fragments.filter(
      (fragment) => dating.test(fragment) && !quoted.some((inQuote) => inQuote(fragment)),
    );
    if (unquoted.length > 0 && !event.dateTextElsewhere)
      report(
        file,
        "dateText",
        `${unquoted.map((fragment) => `"${fragment}"`).join(", ")} is in none of the event's quotes of ${source.id}: quote the sentence that carries it, or say where it is in dateTextElsewhere`,
      );
    if (unquoted.length === 0 && event.dateTextElsewhere)
      report(
        file,
        "dateTextElsewhere",
        "is not needed: every part of dateText is in the event's quotes (remove it)",
      );
    // Relative words count from the article's dateline when it has one, else its publication.
    const reference = referenceDay(source.text, source.published);
    const resolved = date ? resolveDateText(event.dateText, reference, event.status) : null;
    if (resolved && resolved !== event.date) {
      const against =
        reference === source.published ? `published ${source.published}` : `dateline ${reference}`;
      report(
        file,
        "date",
        `"${event.date}" does not match dateText "${event.dateText}", which resolves to "${resolved}" against ${source.id} (${against})`,
      );
    }
    return date;
  }

  for (const { record: event, file } of eventFiles) {
    const date = checkEvent(event, file, textSources);
    if (date) dates.set(event.id, date);
  }

  // Threads: known events, once each, oldest first; quoted words must be in the events' quotes.
  const eventsById = new Map(eventFiles.map(({ record }) => [record.id, record]));
  // A step whose event file is there but invalid is that file's problem, reported above.
  const eventsDir = path.join(dataDir, "events");
  const eventFileNames = new Set(existsSync(eventsDir) ? readdirSync(eventsDir) : []);
  const threadFiles = readFolder(path.join(dataDir, "threads"), ThreadSchema, undefined, {
    optional: true,
  });
  for (const { record: thread, file } of threadFiles) {
    const seenSteps = new Set<string>();
    let previous: { id: string; earliest: string } | undefined;
    const allQuotes: string[] = [];
    let complete = true;
    thread.steps.forEach(({ event: id, note }, i) => {
      const event = eventsById.get(id);
      if (!event) {
        complete = false;
        if (eventFileNames.has(`${id}.json`)) return;
        return report(file, `steps[${i}].event`, `unknown event "${id}"`);
      }
      if (seenSteps.has(id))
        return report(file, `steps[${i}].event`, `"${id}" is already a step of this thread`);
      seenSteps.add(id);
      const quotes = event.sources.map((cite) => cite.quote);
      allQuotes.push(...quotes);
      for (const words of unquotedWords(note ?? "", quotes))
        report(file, `steps[${i}].note`, `quotes “${words}”, which is in none of ${id}'s quotes`);
      const earliest = dates.get(id)?.earliest;
      if (!earliest) return;
      if (previous && earliest < previous.earliest)
        report(
          file,
          `steps[${i}].event`,
          `"${id}" (from ${earliest}) comes before the step above it, "${previous.id}" (from ${previous.earliest}): list steps oldest first`,
        );
      previous = { id, earliest };
    });
    // Without every step's quotes, the summary's quoted words cannot be checked fairly.
    if (complete)
      for (const words of unquotedWords(thread.summary, allQuotes))
        report(
          file,
          "summary",
          `quotes “${words}”, which is in none of the quotes of its steps' events`,
        );
  }

  // Drafts (data/drafts/<source-id>/): checked like events, never published.
  const drafts: DraftFolder[] = [];
  const draftsDir = path.join(dataDir, "drafts");
  for (const name of existsSync(draftsDir) ? readdirSync(draftsDir).sort() : []) {
    const folder = path.join(draftsDir, name);
    if (!statSync(folder).isDirectory()) {
      if (!DRAFT_NOTES.has(name)) report(folder, "(file)", "is not a draft folder");
      continue;
    }
    const sourceFile = path.join(folder, "source.json");
    const lookup = new Map(textSources);
    let source: DraftSource | undefined;
    const companions = new Set(["source.json", "source.txt"]);
    if (existsSync(sourceFile)) {
      source = check(DraftSourceSchema, readJson(sourceFile), sourceFile);
      if (source && source.id !== name)
        report(sourceFile, "id", `"${source.id}" does not match the folder name`);
      if (source && sourceIds.has(source.id))
        report(sourceFile, "id", `"${source.id}" is already a published source`);
      const textFile = path.join(folder, "source.txt");
      if (source) companions.add(source.capture);
      const captureFile = source && path.join(folder, source.capture);
      if (source && !existsSync(textFile))
        report(sourceFile, "id", `${display(textFile)} is missing`);
      else if (source && captureFile && !existsSync(captureFile))
        report(sourceFile, "capture", `${display(captureFile)} is missing`);
      else if (source && captureFile) {
        const text = readFileSync(textFile, "utf8");
        const capture = captureText(source.capture, readFileSync(captureFile, "utf8"));
        for (const line of linesNotFromCapture(text, capture))
          report(
            textFile,
            `line ${line}`,
            `is not in ${display(captureFile)} (only deletions and […] are allowed)`,
          );
        lookup.set(source.id, {
          source: { ...(source as Source), text },
          textFile,
          test: verbatimIn(text),
        });
      }
    } else if (!sourceIds.has(name)) {
      report(folder, "(folder)", `has no source.json and no published source is called "${name}"`);
    }
    const events: DraftEvent[] = [];
    for (const file of readdirSync(folder).sort()) {
      if (companions.has(file)) continue;
      const draftFile = path.join(folder, file);
      if (!file.endsWith(".json")) {
        report(draftFile, "(file)", "is not a draft .json record");
        continue;
      }
      const draft = check(DraftEventSchema, readJson(draftFile), draftFile);
      if (!draft) continue;
      if (`${draft.id}.json` !== file)
        report(draftFile, "id", `"${draft.id}" does not match the file name`);
      checkEvent(draft, draftFile, lookup);
      events.push(draft);
    }
    drafts.push({ folder: name, source: source ?? null, events });
  }

  return {
    records: {
      sources,
      events: eventFiles.map(({ record }) => record),
      dates,
      actors,
      places,
      threads: threadFiles.map(({ record }) => record),
      drafts,
    },
    problems,
  };
}

/**
 * The passages of `text` in quotation marks (“…” or "…") that are verbatim in none of `quotes`:
 * a summary or note may quote only what a cited passage says.
 */
export function unquotedWords(text: string, quotes: readonly string[]): string[] {
  const tests = quotes.map(verbatimIn);
  return [...text.matchAll(/“([^”]+)”|"([^"]+)"/g)]
    .map((match) => (match[1] ?? match[2] ?? "").trim())
    .filter((words) => !tests.some((inQuote) => inQuote(words)));
}

/** ["sources", 0, "quote"] → "sources[0].quote" */
function fieldPath(parts: readonly PropertyKey[]) {
  const text = parts
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
    .join("")
    .replace(/^\./, "");
  return text || "(record)";
}

function plainMessage(issue: z.core.$ZodIssue) {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return `is required (expected ${issue.expected})`;
  }
  return issue.message.replace(/^Invalid input: /, "");
}
