import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { EventDateError, parseEventDate, type EventDate } from "./event-date";
import { resolveDateText } from "./relative-date";
import {
  ActorListSchema,
  EventSchema,
  PlaceListSchema,
  SourceSchema,
  type Actor,
  type EventRecord,
  type Place,
  type Source,
} from "./schema";
import { containsVerbatim, linesNotFromCapture, verbatimIn } from "./verbatim";

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

/** The records of the store as read from disk, each one valid on its own. */
export interface StoreRecords {
  sources: SourceWithText[];
  events: EventRecord[];
  /** Each event's date, parsed once while checking it. */
  dates: Map<string, EventDate>;
  actors: Actor[];
  places: Place[];
}

/**
 * Reads data/ and checks everything: schemas, file names, unique ids, references, verbatim
 * quotes, source texts against their captures, dates. Collects every problem instead of
 * stopping at the first, so one run shows all that needs fixing.
 */
export function readStore(dataDir: string): { records: StoreRecords; problems: Problem[] } {
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

  function check<T>(schema: z.ZodType<T>, value: unknown, file: string): T | undefined {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          report(file, fieldPath([...issue.path, key]), "is not a known field");
      } else {
        report(file, fieldPath(issue.path), plainMessage(issue));
      }
    }
    return undefined;
  }

  /**
   * Reads every `*.json` in a folder; anything else there is reported, never skipped silently,
   * except the companion files `companion` names (a source's `.txt` beside its `.json`).
   */
  function readFolder<T extends { id: string }>(
    folder: string,
    schema: z.ZodType<T>,
    companion?: { extension: string; owner: string },
  ) {
    const records: { record: T; file: string }[] = [];
    const seen = new Map<string, string>();
    const names = existsSync(folder) ? readdirSync(folder).sort() : [];
    if (names.length === 0) report(folder, "(folder)", "is missing or empty");
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

  function checkVocabulary<T extends { id: string }>(file: string, list: T[] | undefined) {
    const ids = new Set<string>();
    list?.forEach((item, index) => {
      if (ids.has(item.id)) report(file, `[${index}].id`, `duplicate id "${item.id}"`);
      ids.add(item.id);
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
      for (const line of linesNotFromCapture(text, readFileSync(captureFile, "utf8"))) {
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
  const places = check(PlaceListSchema, readJson(placesFile), placesFile) ?? [];
  const actorIds = checkVocabulary(actorsFile, actors);
  checkTitles(actors, actorsFile);
  const placeIds = checkVocabulary(placesFile, places);

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
          if (!containsVerbatim(source.text.toLowerCase(), title.toLowerCase()))
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
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const verbatimTests = new Map<string, VerbatimTest>(
    sources.map((source) => [source.id, verbatimIn(source.text)]),
  );
  const sourceIds = new Set(sourceFiles.map(({ record }) => record.id));
  const eventFiles = readFolder(path.join(dataDir, "events"), EventSchema);
  const eventIds = new Set(eventFiles.map(({ record }) => record.id));
  const dates = new Map<string, EventDate>();

  for (const { record: event, file } of eventFiles) {
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
      const source = sourceById.get(id);
      if (!source) {
        if (!sourceIds.has(id)) report(file, `sources[${i}].source`, `unknown source "${id}"`);
        return;
      }
      if (!verbatimTests.get(id)!(quote)) {
        report(
          file,
          `sources[${i}].quote`,
          `not found verbatim in ${display(path.join(sourcesDir, `${id}.txt`))}`,
        );
      }
    });

    let date;
    try {
      date = parseEventDate(event.date);
      dates.set(event.id, date);
    } catch (error) {
      if (!(error instanceof EventDateError)) throw error;
      report(file, "date", error.message);
    }

    const dating = sourceById.get(event.sources[0]?.source ?? "");
    if (!dating) continue;
    const textFile = display(path.join(sourcesDir, `${dating.id}.txt`));
    const fragments = event.dateText.split("…").map((part) => part.trim());
    for (const fragment of fragments) {
      if (!verbatimTests.get(dating.id)!(fragment)) {
        report(
          file,
          "dateText",
          `"${fragment}" not found verbatim in ${textFile} (the first cited source)`,
        );
      }
    }
    // The dating words must be seen in the event's own quotes, or the record says where they are.
    const quoted = event.sources
      .filter((cite) => cite.source === dating.id)
      .map((cite) => verbatimIn(cite.quote));
    const unquoted = fragments.filter(
      (fragment) =>
        verbatimTests.get(dating.id)!(fragment) && !quoted.some((inQuote) => inQuote(fragment)),
    );
    if (unquoted.length > 0 && !event.dateTextElsewhere)
      report(
        file,
        "dateText",
        `${unquoted.map((fragment) => `"${fragment}"`).join(", ")} is in none of the event's quotes of ${dating.id}: quote the sentence that carries it, or say where it is in dateTextElsewhere`,
      );
    if (unquoted.length === 0 && event.dateTextElsewhere)
      report(
        file,
        "dateTextElsewhere",
        "is not needed: every part of dateText is in the event's quotes (remove it)",
      );
    const resolved = date ? resolveDateText(event.dateText, dating.published, event.status) : null;
    if (resolved && resolved !== event.date) {
      report(
        file,
        "date",
        `"${event.date}" does not match dateText "${event.dateText}", which resolves to "${resolved}" against ${dating.id} (published ${dating.published})`,
      );
    }
  }

  return {
    records: { sources, events: eventFiles.map(({ record }) => record), dates, actors, places },
    problems,
  };
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
