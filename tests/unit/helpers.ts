import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect } from "vitest";
import type { EventView, QuoteView } from "@/lib/views/event-view";
import { formatProblem, readStore, type Problem } from "@/lib/store/read-store";
import type { EventRecord } from "@/lib/store/schema";
import type { QueryVocabulary } from "@/lib/explorer/explorer-query";

/** The real store, relative to the repo root (tests run with cwd = repo root). */
export const DATA_DIR = "data";

/** Events used by the fixtures (each has the data noted). */
export const EVENT = {
  /** date 2017-02-15/2017-02-16, dateText "on Wednesday … on Thursday", first source dw-… */
  request: "2017-02-16-libya-requests-nato-assistance",
  /** date 2017-02-15/2017-02-16; referenced by other events' `related` */
  ministers: "2017-02-15-nato-defence-ministers-meet-in-brussels",
  /** not referenced by any `related`, so breaking it has no knock-on problems */
  naplesHub: "2017-02-15-nato-decides-on-naples-counter-terrorism-hub",
  /** dateText "on Wednesday", in none of its quotes: dateTextElsewhere says where it is */
  coastGuard: "2017-02-01-nato-offers-to-support-eu-coast-guard-efforts",
  /** status expected, date 2016-04-18, not referenced by any `related` */
  euMinisters: "2016-04-18-eu-ministers-to-consider-libya-training-missions",
} as const;

export const DW_SOURCE = "dw-2017-02-16-libya-requests-nato-assistance";

export const readEvent = (id: string, dataDir = DATA_DIR): EventRecord =>
  JSON.parse(readFileSync(path.join(dataDir, "events", `${id}.json`), "utf8")) as EventRecord;

/**
 * A throw-away copy of data/ in the OS temp dir. Call `setupDataCopies()` at the top of a test
 * file; each call of the returned function makes a fresh copy, removed after the test.
 */
export function setupDataCopies() {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nato-libya-data-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    made.push(dir);
    return new DataCopy(dir);
  };
}

export class DataCopy {
  constructor(readonly dir: string) {}

  file(...parts: string[]) {
    return path.join(this.dir, ...parts);
  }

  eventFile(id: string) {
    return this.file("events", `${id}.json`);
  }

  write(relative: string, content: string) {
    writeFileSync(this.file(relative), content);
  }

  read(relative: string) {
    return readFileSync(this.file(relative), "utf8");
  }

  /** Rewrites one event record; `change` may mutate the parsed JSON in place. */
  editEvent(id: string, change: (record: Record<string, unknown>) => void) {
    const file = this.eventFile(id);
    const record = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    change(record);
    writeFileSync(file, JSON.stringify(record, null, 2));
  }

  problems(): Problem[] {
    return readStore(this.dir).problems;
  }
}

/** Asserts there is exactly one problem, in a file whose path ends with `fileEnd`, and returns it. */
export function onlyProblem(problems: Problem[], fileEnd: string): Problem {
  expect(problems.length, problems.map(formatProblem).join("\n")).toBe(1);
  const problem = problems[0]!;
  expect(problem.file.endsWith(fileEnd), `${problem.file} should end with ${fileEnd}`).toBe(true);
  return problem;
}

/** A made-up event view: `overrides` on top of a plain, precise meeting with no names. */
export function makeView(overrides: Partial<EventView> & { id: string }): EventView {
  return {
    title: "",
    summary: "",
    label: "1 Jan 2020",
    edtf: "2020-01-01",
    longLabel: "1 January 2020",
    precisionWords: "known to the day",
    dateText: "",
    dateSourceId: "",
    dateBasis: "",
    dateTextElsewhere: null,
    type: "meeting",
    status: "occurred",
    earliest: "2020-01-01",
    latest: "2020-01-01",
    precise: true,
    year: "2020",
    actors: [],
    places: [],
    tags: [],
    threads: [],
    sources: [],
    quotes: [],
    relatedIds: [],
    added: "2026-11-23",
    addedLabel: "23 Nov 2026",
    revisions: [],
    ...overrides,
  };
}

/** A made-up quote in the publisher's own words. */
export const makeQuote = (sourceId: string, text: string): QuoteView => ({
  sourceId,
  text,
  voice: "narration",
  speaker: null,
  attribution: `${sourceId}'s own words`,
});

/** An event id that the small test vocabulary knows. */
export const SIRTE = "2016-12-sirte-freed-from-islamic-state";

/** A small vocabulary for parsing URL queries in tests. */
export const TEST_VOCABULARY: QueryVocabulary = {
  actors: new Set(["nato", "jens-stoltenberg"]),
  places: new Set(["tripoli", "sirte"]),
  publishers: new Set(["xinhua", "nato"]),
  tags: new Set(["nato-offer-of-assistance", "arms-embargo"]),
  threads: new Set(["nato-offer-of-assistance"]),
  events: new Set([SIRTE]),
};
