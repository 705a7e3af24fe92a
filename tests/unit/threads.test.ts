import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unquotedWords } from "@/lib/store/read-store";
import { onlyProblem, setupDataCopies, type DataCopy } from "./helpers";

const freshCopy = setupDataCopies();
const OFFER = "nato-offer-of-assistance";
const file = `threads/${OFFER}.json`;

interface Thread {
  summary: string;
  steps: { event: string; note?: string }[];
}

function editThread(data: DataCopy, change: (thread: Thread) => void) {
  const path = data.file("threads", `${OFFER}.json`);
  const thread = JSON.parse(readFileSync(path, "utf8")) as Thread;
  change(thread);
  writeFileSync(path, JSON.stringify(thread, null, 2));
}

describe("threads in data/threads/", () => {
  it("a step naming an event the store does not have", () => {
    const data = freshCopy();
    editThread(data, (thread) => (thread.steps[2]!.event = "2016-no-such-event"));
    expect(onlyProblem(data.problems(), file)).toMatchObject({
      field: "steps[2].event",
      message: 'unknown event "2016-no-such-event"',
    });
  });

  it("steps out of chronological order", () => {
    const data = freshCopy();
    editThread(data, (thread) => thread.steps.reverse());
    const problems = data.problems();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: expect.stringMatching(/nato-offer-of-assistance/) });
    expect(problems[0]!.message).toMatch(
      /comes before the step above it, .*list steps oldest first/,
    );
  });

  it("the same event twice", () => {
    const data = freshCopy();
    editThread(data, (thread) =>
      thread.steps.splice(1, 0, { ...thread.steps[0]!, note: undefined }),
    );
    expect(onlyProblem(data.problems(), file)).toMatchObject({
      field: "steps[1].event",
      message:
        '"2011-10-06-nato-ministers-offer-libya-security-sector-support" is already a step of this thread',
    });
  });

  it("a note quoting words that are not in its step's quotes", () => {
    const data = freshCopy();
    // Words of another step's event: quoted in the wrong place.
    editThread(
      data,
      (thread) => (thread.steps[0]!.note = "NATO said it was “very close to implementing” it."),
    );
    expect(onlyProblem(data.problems(), file)).toMatchObject({
      field: "steps[0].note",
      message:
        "quotes “very close to implementing”, which is in none of 2011-10-06-nato-ministers-offer-libya-security-sector-support's quotes",
    });
  });

  it("a summary quoting words no step's event quotes", () => {
    const data = freshCopy();
    editThread(data, (thread) => (thread.summary += ' NATO promised "a new era".'));
    expect(onlyProblem(data.problems(), file)).toMatchObject({
      field: "summary",
      message: "quotes “a new era”, which is in none of the quotes of its steps' events",
    });
  });

  it("a thread of one step, and an unknown field", () => {
    const data = freshCopy();
    editThread(data, (thread) => {
      thread.steps.splice(1);
      (thread as unknown as Record<string, unknown>).colour = "red";
    });
    const messages = data.problems().map((problem) => `${problem.field}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "steps: needs at least two steps: a thread links events",
        "colour: is not a known field",
      ]),
    );
  });

  it("a thread file named other than its id", () => {
    const data = freshCopy();
    data.write(
      "threads/another-name.json",
      data.read(file).replace(`"id": "${OFFER}"`, '"id": "a-third-name"'),
    );
    expect(onlyProblem(data.problems(), "threads/another-name.json")).toMatchObject({
      field: "id",
      message: '"a-third-name" does not match the file name',
    });
  });
});

describe("unquotedWords", () => {
  it("finds passages in either kind of quotation marks missing from the quotes", () => {
    const quotes = ["NATO stands ready to assist Libya in building effective   institutions"];
    expect(unquotedWords("It “stands ready to assist Libya” and “will win”.", quotes)).toEqual([
      "will win",
    ]);
    expect(
      unquotedWords('It said "effective institutions", not "institutions effective".', quotes),
    ).toEqual(["institutions effective"]);
    expect(
      unquotedWords('It said "effective institutions" and "effective institutions".', []),
    ).toHaveLength(2);
    expect(unquotedWords("No quotation here.", [])).toEqual([]);
  });
});
