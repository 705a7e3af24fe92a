import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { proposeIngest } from "@/lib/ingest/propose";
import { ingestContext, writeDrafts } from "@/lib/ingest/store-files";
import type { Actor, EventRecord, ThreadRecord } from "@/lib/store/schema";
import { DATA_DIR, setupDataCopies, type DataCopy } from "./helpers";
import { PAGE } from "./ingest-fixtures";

const freshCopy = setupDataCopies();
const PRESSTV = "presstv-2016-04-16-nato-ready-to-help-libya";
const PRESSTV_CAPTURE = path.resolve(DATA_DIR, "captures", "001_479c8156071b18c9.txt");
const scratch = mkdtempSync(path.join(os.tmpdir(), "ingest-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: "ingest" | "ingest-accept", args: string[], data: DataCopy) {
  const result = spawnSync(
    path.resolve("node_modules/.bin/tsx"),
    [`scripts/${script}.ts`, ...args, "--data", data.dir],
    { encoding: "utf8" },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a folder with its size and time, to show that a run wrote nothing. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => {
      const stat = statSync(path.join(dir, name));
      return `${name} ${stat.size} ${stat.mtimeMs}`;
    });
}

/** A copy of data/ without the Press TV article, so that ingesting it is new. */
function withoutPresstv() {
  const data = freshCopy();
  rmSync(data.file("sources", `${PRESSTV}.json`));
  rmSync(data.file("sources", `${PRESSTV}.txt`));
  rmSync(data.file("captures", path.basename(PRESSTV_CAPTURE)));
  for (const name of readdirSync(data.file("events"))) {
    const event = JSON.parse(data.read(`events/${name}`)) as EventRecord;
    if (event.sources.some(({ source }) => source === PRESSTV)) rmSync(data.file("events", name));
  }
  for (const name of readdirSync(data.file("events"))) {
    data.editEvent(name.replace(/\.json$/, ""), (record) => {
      const related = (record.related as string[] | undefined)?.filter((id) =>
        existsSync(data.file("events", `${id}.json`)),
      );
      if (related) record.related = related;
    });
  }
  // Threads through the removed events go with them.
  for (const name of readdirSync(data.file("threads"))) {
    const thread = JSON.parse(data.read(`threads/${name}`)) as ThreadRecord;
    if (thread.steps.some(({ event }) => !existsSync(data.file("events", `${event}.json`))))
      rmSync(data.file("threads", name));
  }
  // Titles name the sources in which they refer to their actor: Press TV's go with it.
  const actors = JSON.parse(data.read("actors.json")) as Actor[];
  for (const actor of actors) {
    actor.titles = actor.titles
      .map((title) => ({ ...title, sources: title.sources.filter((id) => id !== PRESSTV) }))
      .filter((title) => title.sources.length > 0);
  }
  data.write("actors.json", JSON.stringify(actors, null, 2));
  expect(data.problems()).toEqual([]);
  return data;
}

/** The Press TV capture ingested into a copy through the library (the CLI is tested below). */
function draftPresstv(data: DataCopy) {
  const bytes = readFileSync(PRESSTV_CAPTURE);
  const proposal = proposeIngest(
    { fileName: "presstv.txt", bytes, published: "2016-04-16" },
    ingestContext(data.dir),
  );
  return { proposal, folder: `drafts/${path.basename(writeDrafts(data.dir, proposal, bytes))}` };
}

describe(
  "npm run ingest: bad input gets a clear message, exit 1 and no writes",
  { timeout: 60_000 },
  () => {
    const empty = path.join(scratch, "empty.txt");
    const binary = path.join(scratch, "image.txt");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));

    it.each([
      [
        "a missing file",
        ["nowhere.txt", "--published", "2017-02-02"],
        /nowhere\.txt: no such file/,
      ],
      [
        "an empty capture",
        [empty, "--published", "2017-02-02"],
        /empty\.txt: the capture is empty/,
      ],
      ["a binary capture", [binary, "--published", "2017-02-02"], /not text \(binary data\)/],
      [
        "a capture already ingested",
        [PRESSTV_CAPTURE, "--published", "2016-04-16"],
        new RegExp(`already ingested as ${PRESSTV} \\(same capture\\); nothing written`),
      ],
      [
        "a --published that is not a date",
        [PRESSTV_CAPTURE, "--published", "16/04/2016"],
        /--published: "16\/04\/2016" is not a date \(YYYY-MM-DD\)/,
      ],
      ["no --published", [PRESSTV_CAPTURE], /--published is required/],
    ])("%s", (_, args, message) => {
      const data = freshCopy();
      const before = snapshot(data.dir);
      const { status, stderr } = run("ingest", args, data);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(status).toBe(1);
      expect(snapshot(data.dir)).toEqual(before);
    });
  },
);

describe("npm run ingest -- <seed> --dry-run --json", { timeout: 60_000 }, () => {
  it("prints the proposal and writes nothing", () => {
    const data = freshCopy();
    const before = snapshot(data.dir);
    const { status, stdout, stderr } = run(
      "ingest",
      [PRESSTV_CAPTURE, "--published", "2016-04-16", "--dry-run", "--json"],
      data,
    );
    expect(status).toBe(0);
    expect(stderr).toMatch(`already in the store as ${PRESSTV}`);
    const proposal = JSON.parse(stdout) as {
      source: { title: string; published: string };
      removed: { line: number; reason: string }[];
      events: Record<string, unknown>[];
    };
    expect(proposal.source).toMatchObject({
      title: "NATO to help Libya security if requested: Deputy chief",
      published: "2016-04-16",
    });
    expect(proposal.removed.length).toBeGreaterThan(0);
    expect(proposal.events.length).toBeGreaterThan(0);
    for (const event of proposal.events)
      expect(Object.keys(event)).toEqual(
        expect.arrayContaining([
          "date",
          "dateText",
          "quote",
          "status",
          "speaker",
          "actors",
          "places",
        ]),
      );
    expect(proposal.events.map(({ date }) => date)).toEqual(
      expect.arrayContaining(["2016-04-16", "2016-04-18", "2014~", "2015-12"]),
    );
    expect(snapshot(data.dir)).toEqual(before);
  });
});

describe("from a capture to an accepted event", { timeout: 60_000 }, () => {
  it("writes drafts that validate but are not published, then accepts one", () => {
    const data = withoutPresstv();
    const ingest = run(
      "ingest",
      [PRESSTV_CAPTURE, "--published", "2016-04-16", "--publisher", "Press TV (Iran)"],
      data,
    );
    expect(ingest.stderr).toBe("");
    expect(ingest.status).toBe(0);
    const id = "presstv-2016-04-16-nato-help-libya-security-if-requested";
    const folder = data.file("drafts", id);
    const drafts = readdirSync(folder).filter((name) => /^\d\d-.*\.json$/.test(name));
    expect(drafts.length).toBeGreaterThanOrEqual(5);
    expect(readFileSync(path.join(folder, "005_97cff83a6741aab7.txt"))).toEqual(
      readFileSync(PRESSTV_CAPTURE),
    );

    // Checked by validate, reported as drafts, not part of the published store.
    expect(data.problems()).toEqual([]);
    const validate = spawnSync(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/validate.ts", data.dir],
      {
        encoding: "utf8",
      },
    );
    expect(validate.stdout).toMatch(
      new RegExp(
        `data OK: \\d+ events, 4 sources[^\\n]*\\ndrafts \\(not published\\): ${drafts.length} draft event\\(s\\) from 1 ingested article`,
      ),
    );

    // A draft cannot be accepted before it is reviewed.
    const saturday = drafts.find((name) => name.endsWith("2016-04-16.json"))!;
    const draftFile = path.join(folder, saturday);
    const refused = run("ingest-accept", [draftFile], data);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch("fill in title, summary, type before accepting it");

    // The reviewer completes the draft and the source.
    const draft = JSON.parse(readFileSync(draftFile, "utf8")) as Record<string, unknown>;
    writeFileSync(
      draftFile,
      JSON.stringify({
        ...draft,
        title: "Vershbow says NATO is ready to help Libya",
        summary: "NATO's deputy secretary general says the alliance stands ready to help.",
        type: "statement",
      }),
    );
    const refusedSource = run("ingest-accept", [draftFile], data);
    expect(refusedSource.stderr).toMatch(/source\.json: fill in publisherType/);
    const sourceFile = path.join(folder, "source.json");
    const source = JSON.parse(readFileSync(sourceFile, "utf8")) as Record<string, unknown>;
    writeFileSync(
      sourceFile,
      JSON.stringify({ ...source, publisherType: "state-owned broadcaster" }),
    );

    const accepted = run("ingest-accept", [draftFile], data);
    expect(accepted.stderr).toBe("");
    expect(accepted.status).toBe(0);
    const eventId = "2016-04-16-vershbow-says-nato-is-ready-to-help-libya";
    expect(accepted.stdout).toMatch(`events/${eventId}.json`);
    expect(accepted.stdout).toMatch(`published the source ${id}`);

    const event = JSON.parse(data.read(`events/${eventId}.json`)) as Record<string, unknown>;
    expect(event).toMatchObject({
      id: eventId,
      date: "2016-04-16",
      dateText: "on Saturday",
      added: new Date().toISOString().slice(0, 10),
      revisions: [],
    });
    expect(event).not.toHaveProperty("review");
    expect(existsSync(data.file("sources", `${id}.json`))).toBe(true);
    expect(existsSync(data.file("sources", `${id}.txt`))).toBe(true);
    expect(existsSync(data.file("captures", "005_97cff83a6741aab7.txt"))).toBe(true);
    expect(existsSync(draftFile)).toBe(false);
    expect(existsSync(sourceFile)).toBe(false);
    const ids = JSON.parse(data.read("published-ids.json")) as Record<string, string[]>;
    expect(ids.events).toContain(eventId);
    expect(ids.sources).toContain(id);
    // The other drafts stay, citing the now published source, and the store validates.
    expect(data.problems()).toEqual([]);
    expect(readdirSync(folder).length).toBe(drafts.length - 1);

    // The same capture again adds nothing.
    const before = snapshot(data.dir);
    const again = run("ingest", [PRESSTV_CAPTURE, "--published", "2016-04-16"], data);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(`already ingested as ${id} (same capture)`);
    expect(snapshot(data.dir)).toEqual(before);
  });

  it("refuses a draft that may repeat a store event, and changes nothing", () => {
    const data = withoutPresstv();
    draftPresstv(data);
    const folder = data.file("drafts", "source-2016-04-16-nato-help-libya-security-if-requested");
    const name = readdirSync(folder).find((file) => /^\d\d-/.test(file))!;
    const draft = JSON.parse(readFileSync(path.join(folder, name), "utf8")) as Record<
      string,
      unknown
    > & { review: { duplicateOf: string[] } };
    draft.title = "A title";
    draft.summary = "A summary.";
    draft.type = "statement";
    draft.review.duplicateOf = ["2016-nato-allies-agree-to-support-libya-if-asked"];
    writeFileSync(path.join(folder, name), JSON.stringify(draft));
    const before = snapshot(data.dir);
    const refused = run("ingest-accept", [path.join(folder, name)], data);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      "may repeat 2016-nato-allies-agree-to-support-libya-if-asked: add its quote to that event instead",
    );
    expect(snapshot(data.dir)).toEqual(before);
  });

  it("a draft naming an unknown speaker is a problem of the draft", () => {
    const data = withoutPresstv();
    const { proposal, folder } = draftPresstv(data);
    const direct = proposal.events.find(({ sources }) => sources[0]!.voice === "direct")!;
    data.write(
      `${folder}/${direct.id}.json`,
      JSON.stringify({
        ...direct,
        sources: [{ ...direct.sources[0], speaker: { actor: "nobody" } }],
      }),
    );
    expect(data.problems()).toEqual([
      {
        file: expect.stringMatching(new RegExp(`${folder}/${direct.id}\\.json$`)),
        field: "sources[0].speaker.actor",
        message: 'unknown actor "nobody"',
      },
    ]);
  });

  it("a saved HTML page is checked against its text: deletions pass, additions do not", () => {
    const data = freshCopy();
    const bytes = Buffer.from(PAGE);
    const proposal = proposeIngest(
      { fileName: "page.html", bytes, published: "2017-02-02" },
      ingestContext(data.dir),
    );
    const folder = `drafts/${path.basename(writeDrafts(data.dir, proposal, bytes))}`;
    expect(existsSync(data.file(folder, proposal.source.capture))).toBe(true);
    expect(data.problems()).toEqual([]);
    data.write(
      `${folder}/source.txt`,
      `${data.read(`${folder}/source.txt`)}\nWords the page never had.\n`,
    );
    expect(data.problems()).toEqual([
      {
        file: expect.stringMatching(new RegExp(`${folder}/source\\.txt$`)),
        field: expect.stringMatching(/^line \d+$/),
        message: expect.stringMatching(
          /is not in .*\.html \(only deletions and \[…\] are allowed\)$/,
        ),
      },
    ]);
  });

  it("a draft whose quote is not in its source is a problem of the draft, by path and field", () => {
    const data = withoutPresstv();
    draftPresstv(data);
    const folder = "drafts/source-2016-04-16-nato-help-libya-security-if-requested";
    const name = readdirSync(data.file(folder)).find((file) => /^\d\d-/.test(file))!;
    const draft = JSON.parse(data.read(`${folder}/${name}`)) as { sources: { quote: string }[] };
    draft.sources[0]!.quote = "Words that the article never printed.";
    data.write(`${folder}/${name}`, JSON.stringify(draft));
    expect(data.problems()).toEqual([
      {
        file: expect.stringMatching(new RegExp(`${folder}/${name}$`)),
        field: "sources[0].quote",
        message: expect.stringMatching(/^not found verbatim in .*source\.txt$/),
      },
      // The dating words went with the quote.
      {
        file: expect.stringMatching(new RegExp(`${folder}/${name}$`)),
        field: "dateText",
        message: expect.stringContaining("is in none of the event's quotes"),
      },
    ]);
  });
});
