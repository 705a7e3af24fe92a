import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/store/read-store";
import { loadStore, StoreValidationError } from "@/lib/store/store";
import { DW_SOURCE, EVENT, onlyProblem, setupDataCopies } from "./helpers";

const freshCopy = setupDataCopies();
const json = (id: string) => `events/${id}.json`;

describe("readStore on a broken copy of data/ reports exactly what is wrong", () => {
  it("a fresh copy has no problems", () => {
    expect(freshCopy().problems()).toEqual([]);
  });

  it("malformed JSON in an event file", () => {
    const data = freshCopy();
    data.write(
      json(EVENT.naplesHub),
      '{ "id": "2017-02-15-nato-decides-on-naples-counter-terrorism-hub", ',
    );
    const problem = onlyProblem(data.problems(), json(EVENT.naplesHub));
    expect(problem.field).toBe("(file)");
    expect(problem.message).toMatch(/^is not valid JSON \(.+\)$/);
  });

  it("a missing required field", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => delete record.title);
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "title",
      message: "is required (expected string)",
    });
  });

  it("an unknown extra field", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => (record.colour = "red"));
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "colour",
      message: "is not a known field",
    });
  });

  it("an invalid date", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => (record.date = "2017-13-45"));
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "date",
      message: '"2017-13-45" is not a valid EDTF date',
    });
  });

  it("a reversed interval", () => {
    const data = freshCopy();
    data.editEvent(EVENT.ministers, (record) => (record.date = "2017-02-16/2017-02-15"));
    expect(onlyProblem(data.problems(), json(EVENT.ministers))).toMatchObject({
      field: "date",
      message: '"2017-02-16/2017-02-15" is an interval that does not end after it starts',
    });
  });

  it("a date that its dateText does not support", () => {
    const data = freshCopy();
    data.editEvent(EVENT.request, (record) => (record.date = "2017-02-16"));
    expect(onlyProblem(data.problems(), json(EVENT.request))).toMatchObject({
      field: "date",
      message: `"2017-02-16" does not match dateText "on Wednesday … on Thursday", which resolves to "2017-02-15/2017-02-16" against ${DW_SOURCE} (published 2017-02-16)`,
    });
  });

  it("a dateText that is not in the first cited source", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => (record.dateText = "shortly after the summit"));
    const problem = onlyProblem(data.problems(), json(EVENT.naplesHub));
    expect(problem.field).toBe("dateText");
    expect(problem.message).toMatch(
      /^"shortly after the summit" not found verbatim in .*sources\/dw-2017-02-16-libya-requests-nato-assistance\.txt \(the first cited source\)$/,
    );
  });

  it("a part of a joined dateText that none of the event's quotes contains", () => {
    const data = freshCopy();
    data.editEvent(EVENT.request, (record) => {
      const quotes = record.sources as { quote: string }[];
      record.sources = quotes.filter((cite) => !cite.quote.includes("on Wednesday"));
    });
    expect(onlyProblem(data.problems(), json(EVENT.request))).toMatchObject({
      field: "dateText",
      message: `"on Wednesday" is in none of the event's quotes of ${DW_SOURCE}: quote the sentence that carries it, or say where it is in dateTextElsewhere`,
    });
  });

  it("dating words outside the quotes, without dateTextElsewhere saying where", () => {
    const data = freshCopy();
    data.editEvent(EVENT.coastGuard, (record) => delete record.dateTextElsewhere);
    expect(onlyProblem(data.problems(), json(EVENT.coastGuard))).toMatchObject({
      field: "dateText",
      message: expect.stringMatching(/^"on Wednesday" is in none of the event's quotes of xinhua-/),
    });
  });

  it("a dateTextElsewhere on an event whose dating words are quoted", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => (record.dateTextElsewhere = "in the headline"));
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "dateTextElsewhere",
      message: "is not needed: every part of dateText is in the event's quotes (remove it)",
    });
  });

  type Quote = { voice?: string; speaker?: unknown };
  const editQuote = (record: Record<string, unknown>, index: number, change: (q: Quote) => void) =>
    change((record.sources as Quote[])[index]!);

  it("a speaker who is not in actors.json", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) =>
      editQuote(record, 0, (quote) => {
        quote.voice = "reported";
        quote.speaker = { actor: "no-such-actor" };
      }),
    );
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "sources[0].speaker.actor",
      message: 'unknown actor "no-such-actor"',
    });
  });

  it.each(["direct", "reported"])("a %s quote without a speaker", (voice) => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) =>
      editQuote(record, 1, (quote) => (quote.voice = voice)),
    );
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "sources[1].speaker",
      message: `is required for a ${voice} quote: { "actor": "<actor id>" } or { "described": "<the source's words>" }`,
    });
  });

  it("a speaker on narration", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) =>
      editQuote(record, 0, (quote) => (quote.speaker = { described: "diplomats" })),
    );
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "sources[0].speaker",
      message: "must be absent for narration (the publisher's own words)",
    });
  });

  it("a quote without a voice, and a speaker of neither shape", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => {
      editQuote(record, 0, (quote) => delete quote.voice);
      editQuote(record, 1, (quote) => {
        quote.voice = "direct";
        quote.speaker = { name: "Stoltenberg" };
      });
    });
    const problems = data.problems().map(({ field, message }) => ({ field, message }));
    expect(problems).toEqual([
      { field: "sources[0].voice", message: "is required: direct, reported or narration" },
      {
        field: "sources[1].speaker",
        message: `must be { "actor": "<actor id>" } or { "described": "<the source's words for the speaker>" }`,
      },
    ]);
  });

  it("an actor's title that its listed source does not contain, or that names two actors there", () => {
    const data = freshCopy();
    const actors = JSON.parse(data.read("actors.json")) as {
      id: string;
      titles: { title: string; sources: string[] }[];
    }[];
    const actor = (id: string) => actors.find((candidate) => candidate.id === id)!;
    actor("jens-stoltenberg").titles.push({
      title: "NATO head",
      sources: [DW_SOURCE, "no-such-source"],
    });
    actor("alexander-vershbow").titles.push({ title: "NATO head", sources: [DW_SOURCE] });
    actor("fayez-al-sarraj").titles.push({ title: "Libyan Prime Minister", sources: [DW_SOURCE] });
    data.write("actors.json", JSON.stringify(actors));
    const lines = data.problems().map((p) => formatProblem(p).replace(/^\S*data-[^/]*\//, ""));
    const index = (id: string) => actors.findIndex((candidate) => candidate.id === id);
    const last = (id: string) => actor(id).titles.length - 1;
    expect(lines.sort()).toEqual(
      [
        `actors.json: [${index("jens-stoltenberg")}].titles[${last("jens-stoltenberg")}].sources[1]: unknown source "no-such-source"`,
        `actors.json: [${index("alexander-vershbow")}].titles[${last("alexander-vershbow")}].sources[0]: "NATO head" in ${DW_SOURCE} already refers to "jens-stoltenberg"`,
        `actors.json: [${index("fayez-al-sarraj")}].titles[${last("fayez-al-sarraj")}].sources[0]: "Libyan Prime Minister" is not in the text of ${DW_SOURCE}`,
      ].sort(),
    );
  });

  it("a source's urlPage that does not fit its url and via", () => {
    const data = freshCopy();
    const edit = (id: string, change: (record: Record<string, unknown>) => void) => {
      const record = JSON.parse(data.read(`sources/${id}.json`)) as Record<string, unknown>;
      change(record);
      data.write(`sources/${id}.json`, JSON.stringify(record));
    };
    edit(DW_SOURCE, (record) => (record.urlPage = "republication"));
    edit("nato-2011-10-06-ministers-pursue-operation-libya", (record) => delete record.urlPage);
    edit("nato-2020-05-14-stoltenberg-erdogan-call", (record) => (record.urlPage = "original"));
    // A rejected source also leaves its events citing an unknown source; only the cause is checked.
    const problems = data.problems();
    const causes = problems.filter((problem) => problem.field === "urlPage");
    expect(problems.length - causes.length).toBe(
      problems.filter((problem) => problem.message.startsWith("unknown source")).length,
    );
    const lines = causes.map((p) => formatProblem(p).replace(/^\S*sources\//, ""));
    expect(lines.sort()).toEqual(
      [
        `${DW_SOURCE}.json: urlPage: is "republication", but via names no republisher`,
        'nato-2011-10-06-ministers-pursue-operation-libya.json: urlPage: is required with a url: "original" or "republication"',
        "nato-2020-05-14-stoltenberg-erdogan-call.json: urlPage: must be absent when url is null",
      ].sort(),
    );
  });

  it("an unknown source id", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => {
      (record.sources as { source: string }[])[0]!.source = "no-such-source";
    });
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "sources[0].source",
      message: 'unknown source "no-such-source"',
    });
  });

  it("a quote that is not verbatim", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => {
      (record.sources as { quote: string }[])[0]!.quote =
        "The Libyan request came after the alliance decided on Wednesday";
    });
    const problem = onlyProblem(data.problems(), json(EVENT.naplesHub));
    expect(problem.field).toBe("sources[0].quote");
    expect(problem.message).toMatch(
      /^not found verbatim in .*sources\/dw-2017-02-16-libya-requests-nato-assistance\.txt$/,
    );
  });

  it("an unknown actor", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => (record.actors = ["nato", "no-such-actor"]));
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "actors[1]",
      message: 'unknown actor "no-such-actor"',
    });
  });

  it("an unknown related event", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => (record.related = ["no-such-event"]));
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "related[0]",
      message: 'unknown event "no-such-event"',
    });
  });

  it("a duplicate id in a second, misnamed file", () => {
    const data = freshCopy();
    data.write("events/zz-copy.json", data.read(json(EVENT.request)));
    // Both files are blamed, each naming the other, whichever sorts first.
    const lines = data.problems().map((p) => formatProblem(p).replace(/\S*events\//g, ""));
    expect(lines.sort()).toEqual(
      [
        `${EVENT.request}.json: id: duplicate id "${EVENT.request}", also in zz-copy.json`,
        `zz-copy.json: id: "${EVENT.request}" does not match the file name`,
        `zz-copy.json: id: duplicate id "${EVENT.request}", also in ${EVENT.request}.json`,
      ].sort(),
    );
  });

  it("a source text line that is not in its capture", () => {
    const data = freshCopy();
    const textFile = `sources/${DW_SOURCE}.txt`;
    const lines = data.read(textFile).split("\n");
    expect(lines[0]).toBe("Libya requests NATO assistance to bolster security institutions");
    lines[0] = "Libya requests NATO assistance to bolster its security institutions";
    data.write(textFile, lines.join("\n"));
    const problem = onlyProblem(data.problems(), textFile);
    expect(problem.field).toBe("line 1");
    expect(problem.message).toMatch(
      /^is not in .*captures\/000_8a38fe1108dbd135\.txt \(only deletions and \[…\] are allowed\)$/,
    );
  });

  it("a file in data/events that is not a .json record", () => {
    const data = freshCopy();
    data.write("events/notes.md", "to do");
    expect(onlyProblem(data.problems(), "events/notes.md")).toMatchObject({
      field: "(file)",
      message: "is not a .json record",
    });
  });

  it("a .txt file in data/events, and a source text without its record", () => {
    const data = freshCopy();
    data.write("events/stray.txt", "to do");
    data.write("sources/orphan.txt", "an article");
    const lines = data.problems().map((p) => formatProblem(p).replace(/^\S*data-[^/]*\//, ""));
    expect(lines).toEqual([
      "sources/orphan.txt: (file): has no source record orphan.json",
      "events/stray.txt: (file): is not a .json record",
    ]);
  });

  it("reports all problems at once", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => (record.date = "2017-13-45"));
    data.editEvent(EVENT.euMinisters, (record) => (record.type = "party"));
    const problems = data.problems();
    expect(problems).toHaveLength(2);
    expect(problems.map((p) => [p.file.split("/").at(-1), p.field])).toEqual(
      expect.arrayContaining([
        [`${EVENT.naplesHub}.json`, "date"],
        [`${EVENT.euMinisters}.json`, "type"],
      ]),
    );
  });

  it("loadStore throws StoreValidationError listing every problem", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => (record.date = "2017-13-45"));
    data.editEvent(EVENT.euMinisters, (record) => delete record.title);
    const problems = data.problems();
    let error: unknown;
    try {
      loadStore(data.dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreValidationError);
    expect((error as StoreValidationError).problems).toEqual(problems);
    for (const problem of problems)
      expect((error as Error).message).toContain(formatProblem(problem));
  });
});

describe("npm run validate (scripts/validate.ts)", () => {
  const repo = fileURLToPath(new URL("../..", import.meta.url));
  const validate = (dir?: string) =>
    spawnSync("npx", ["tsx", "scripts/validate.ts", ...(dir ? [dir] : [])], {
      cwd: repo,
      encoding: "utf8",
    });

  it(
    "exits 1 and prints each problem as path: field: message, without a stack trace",
    { timeout: 60_000 },
    () => {
      const data = freshCopy();
      data.editEvent(EVENT.naplesHub, (record) => (record.date = "2017-13-45"));
      const result = validate(data.dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `^\\S*/events/${EVENT.naplesHub}\\.json: date: "2017-13-45" is not a valid EDTF date$`,
          "m",
        ),
      );
      expect(result.stderr).toContain("1 problem(s) in");
      expect(result.stderr).not.toContain("    at ");
      expect(result.stdout).not.toContain("data OK");
    },
  );

  it("exits 0 on the real data", { timeout: 60_000 }, () => {
    const result = validate();
    expect(result.stderr).not.toContain("    at ");
    expect(result.status).toBe(0);
    const events = readdirSync(`${repo}/data/events`).length;
    expect(result.stdout).toMatch(new RegExp(`^data OK: ${events} events, \\d+ sources`));
  });
});
