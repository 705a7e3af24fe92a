import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attribute } from "@/lib/ingest/attribution";
import { splitSentences } from "@/lib/ingest/sentences";
import { proposeIngest, type IngestContext } from "@/lib/ingest/propose";
import { ingestContext } from "@/lib/ingest/store-files";
import { readStore } from "@/lib/store/read-store";
import { linesNotFromCapture } from "@/lib/store/verbatim";
import { DATA_DIR } from "./helpers";
import { PAGE, UNSEEN, WIRE_STORY } from "./ingest-fixtures";

const { records } = readStore(DATA_DIR);
const context = ingestContext(path.resolve(DATA_DIR));
/** The vocabularies alone: the proposal of an article the store does not hold yet. */
const fresh: IngestContext = { ...context, sources: [], events: [], captures: [] };

const seed = (prefix: string) => {
  const source = records.sources.find((candidate) => candidate.id.startsWith(prefix))!;
  const capture = readFileSync(path.join(DATA_DIR, "captures", source.capture), "utf8");
  const proposal = proposeIngest(
    { fileName: source.capture, bytes: Buffer.from(capture), published: source.published },
    fresh,
  );
  return { source, capture, proposal };
};

const propose = (text: string, published: string, fileName = "article.txt") =>
  proposeIngest({ fileName, bytes: Buffer.from(text), published }, fresh);

describe("ingest: the source text of each seed capture", () => {
  it.each(["dw-", "presstv-", "xinhua-", "nato-2011-", "nato-2020-"])(
    "%s: made by deletions only, with the headline and printed date found",
    (prefix) => {
      const { source, capture, proposal } = seed(prefix);
      expect(linesNotFromCapture(proposal.text, capture)).toEqual([]);
      expect(proposal.source.title).toBe(source.title);
      expect(proposal.warnings).toEqual([]);
    },
  );

  it("removes navigation, tickers, breadcrumbs, prompts, credits and wire marks, saying why", () => {
    const reasons = (prefix: string) =>
      seed(prefix).proposal.removed.map(({ text, reason }) => `${reason}: ${text}`);
    expect(reasons("dw-")).toEqual(
      expect.arrayContaining([
        "navigation list: 1. Inhalt",
        "navigation list: 6. Choose from 30 Languages",
        "credit: aw/sms (Reuters, dpa, AP)",
        "related-content list: DW recommends",
      ]),
    );
    expect(reasons("xinhua-")).toEqual(
      expect.arrayContaining([
        "ticker: Off the wire",
        "breadcrumb: You are here:   Home",
        "font-size control: Adjust font size:",
        "wire end mark: Endit",
      ]),
    );
    expect(reasons("presstv-")).toContain(
      "mailing-list prompt: Join the GlobalSecurity.org mailing list",
    );
    expect(seed("dw-").proposal.source.credit).toBe("aw/sms (Reuters, dpa, AP)");
  });

  it("cuts a cookie notice printed into a paragraph and marks the gap", () => {
    const { proposal } = seed("nato-2020-");
    expect(proposal.text).toContain(
      "more important than ever to demons […] the collective defence",
    );
    expect(proposal.text).not.toMatch(/cookies/);
    expect(proposal.removed.map(({ reason }) => reason)).toEqual(
      expect.arrayContaining([
        "cookie notice",
        "print or capture date",
        "print header (the headline repeated)",
      ]),
    );
  });

  it("says when the printed date disagrees with --published", () => {
    const capture = seed("presstv-").capture;
    expect(propose(capture, "2016-04-17").warnings).toEqual([
      'the capture prints 2016-04-16 ("Sat Apr 16, 2016 5:10PM"), --published says 2016-04-17',
    ]);
  });
});

describe("ingest: an article the rules were not made from", () => {
  const proposal = propose(UNSEEN, "2017-02-02");
  const byDateText = (words: string) => proposal.events.find(({ dateText }) => dateText === words);

  it("keeps the article and removes the page around it", () => {
    expect(proposal.source.title).toBe("Alliance to train Libyan coast guard, officials say");
    expect(proposal.text).not.toMatch(/cookies|Share on|Photo:|newsletter|World \| Europe/);
    expect(linesNotFromCapture(proposal.text, UNSEEN)).toEqual([]);
    expect(proposal.removed.map(({ reason }) => reason)).toEqual(
      expect.arrayContaining([
        "cookie notice",
        "share buttons",
        "photo credit",
        "mailing-list prompt",
      ]),
    );
  });

  it("dates relative words from the dateline, and reads future tense as expected", () => {
    // The dateline is Wednesday 1 February, published the 2nd: "on Wednesday" is the 1st.
    expect(byDateText("on Wednesday")).toMatchObject({ date: "2017-02-01", status: "occurred" });
    expect(byDateText("on Wednesday")!.review.notes[0]).toMatch(/dateline \(2017-02-01\)/);
    expect(byDateText("in the coming weeks")).toMatchObject({
      date: "2017-02/2017-03",
      status: "expected",
    });
    expect(byDateText("next week")).toMatchObject({
      date: "2017-02-06/2017-02-12",
      status: "expected",
    });
    expect(byDateText("in October 2011")?.date ?? byDateText("October 2011")?.date).toBe("2011-10");
  });

  it("records who speaks, in the agreed shape", () => {
    expect(byDateText("on Wednesday")!.sources[0]).toMatchObject({
      voice: "reported",
      speaker: { actor: "jens-stoltenberg" },
    });
    expect(byDateText("in the coming weeks")!.sources[0]).toMatchObject({
      voice: "direct",
      speaker: { actor: "jens-stoltenberg" },
    });
    expect(byDateText("next week")!.sources[0]).toMatchObject({
      voice: "reported",
      speaker: { described: "one senior diplomat" },
    });
    const narration = proposal.events.find(({ date }) => date === "2011-10")!.sources[0]!;
    expect(narration.voice).toBe("narration");
    expect(narration).not.toHaveProperty("speaker");
  });

  it("matches actors and places by name and alias, and proposes unknown names", () => {
    const wednesday = byDateText("on Wednesday")!;
    expect(wednesday.actors).toEqual(expect.arrayContaining(["nato", "jens-stoltenberg"]));
    expect(wednesday.places).toEqual(["tripoli"]);
    expect(byDateText("next week")!.places).toEqual(["naples"]);
    expect(proposal.events.find(({ date }) => date === "2011-10")!.actors).toContain(
      "muammar-gaddafi",
    );
  });

  it("marks a draft that repeats a store event of the same date and quote or actors", () => {
    const { source, capture } = seed("xinhua-");
    const withStore = proposeIngest(
      { fileName: source.capture, bytes: Buffer.from(capture), published: source.published },
      { ...context, captures: [] },
    );
    const wednesday = withStore.events.find(({ dateText }) => dateText === "on Wednesday")!;
    expect(wednesday.review.duplicateOf).toContain(
      "2017-02-01-stoltenberg-and-sarraj-discuss-libya-security",
    );
  });
});

describe("ingest: a wire story as a news site prints it", () => {
  const proposal = propose(WIRE_STORY, "2017-01-06");
  const byDateText = (words: string) => proposal.events.find(({ dateText }) => dateText === words);

  it("takes the headline, not the byline, and drops the links and notices after the story", () => {
    expect(proposal.source.title).toBe("Libya's rival governments agree to hold talks");
    expect(proposal.removed.map(({ reason, text }) => `${reason}: ${text}`)).toEqual(
      expect.arrayContaining([
        "related-content list: Read more: Libya's oil output rises to highest since 2013",
        "share buttons: Follow us on Twitter",
        "copyright notice: Copyright 2017 The Associated Press. All rights reserved.",
      ]),
    );
    // The linked headline's "since 2013" is not the story's.
    expect(proposal.events.map(({ date }) => date)).not.toContain("2013");
  });

  it("reads 'later this month' as expected and a day without a year as the coming one", () => {
    // 2017-01-06 is a Friday.
    expect(byDateText("on Thursday")).toMatchObject({ date: "2017-01-05", status: "occurred" });
    expect(byDateText("later this month")).toMatchObject({ date: "2017-01", status: "expected" });
    expect(byDateText("Jan. 20")).toMatchObject({ date: "2017-01-20", status: "expected" });
    expect(byDateText("last week")).toMatchObject({ date: "2016-12-26/2017-01-01" });
  });

  it("names unnamed speakers in the source's words, and a person by surname alone", () => {
    expect(byDateText("on Thursday")!.sources[0]).toMatchObject({
      voice: "reported",
      speaker: { described: "officials" },
    });
    expect(byDateText("last week")!.actors).toContain("fayez-al-sarraj");
    expect(byDateText("last week")!.sources[0]).toMatchObject({
      voice: "reported",
      speaker: { described: "his office" },
    });
  });
});

describe("ingest: the same article twice", () => {
  it("is known by the capture's hash", () => {
    const { source, capture } = seed("dw-");
    const again = proposeIngest(
      { fileName: "copy.txt", bytes: Buffer.from(capture), published: source.published },
      context,
    );
    expect(again.alreadyIngested).toEqual({ sourceId: source.id, how: "same capture" });
  });

  it("is known by its text when the page was saved again with other chrome", () => {
    const { source, capture } = seed("presstv-");
    const resaved = `Skip to content\n\n${capture.replaceAll("\n\n", "\n\n\n")}\n\nShare this article\n`;
    const again = proposeIngest(
      { fileName: "resaved.txt", bytes: Buffer.from(resaved), published: source.published },
      context,
    );
    expect(again.alreadyIngested).toEqual({ sourceId: source.id, how: "same text" });
  });

  it("is not confused with another article", () => {
    expect(propose(UNSEEN, "2017-02-02").alreadyIngested).toBeNull();
    expect(
      proposeIngest(
        { fileName: "new.txt", bytes: Buffer.from(UNSEEN), published: "2017-02-02" },
        context,
      ).alreadyIngested,
    ).toBeNull();
  });
});

describe("ingest: a saved HTML page", () => {
  const proposal = propose(PAGE, "2017-02-02", "page.html");

  it("keeps the article Readability finds, line by line of the page's text", () => {
    expect(proposal.source.capture).toMatch(/\.html$/);
    expect(proposal.source.title).toBe("Alliance to train Libyan coast guard");
    expect(proposal.text).toMatch(/^Alliance to train Libyan coast guard\n/);
    expect(proposal.text).not.toMatch(/Home|cookies|rights reserved|tracking/);
    expect(proposal.events.map(({ date }) => date)).toEqual([
      "2017-02-01",
      "2017-02/2017-03",
      "2011-10",
    ]);
  });
});

describe("ingest: bad input is refused with a clear message", () => {
  it.each([
    ["an empty capture", "", "2017-02-02", /article\.txt: the capture is empty/],
    ["a blank capture", " \n\n \n", "2017-02-02", /the capture is empty/],
    [
      "a binary capture",
      "\u0000\u0001PNG\u0000",
      "2017-02-02",
      /the capture is not text \(binary data\)/,
    ],
    ["an impossible date", UNSEEN, "2017-02-30", /--published: "2017-02-30" is not a date/],
    ["a date in words", UNSEEN, "Feb 2, 2017", /--published: "Feb 2, 2017" is not a date/],
  ])("%s", (_, text, published, message) => {
    expect(() => propose(text, published)).toThrow(message);
  });
});

describe("attribute: who speaks in a sentence", () => {
  it.each([
    ['"We stand ready," Alexander Vershbow said on Saturday.', "direct", "Alexander Vershbow"],
    [
      '"It is a delicate balance," said one senior EU official involved in the plans.',
      "direct",
      "one senior EU official involved in the plans",
    ],
    ['"We will help them out," he added.', "direct", "he"],
    [
      "Libya asked for help, according to NATO head Jens Stoltenberg.",
      "reported",
      "NATO head Jens Stoltenberg",
    ],
    ["Stoltenberg noted that members had agreed last year to help.", "reported", "Stoltenberg"],
    [
      "NATO Secretary General Jens Stoltenberg on Wednesday met Sarraj, saying NATO stands ready.",
      "reported",
      "NATO Secretary General Jens Stoltenberg",
    ],
    [
      "Speaking at the press conference, Stoltenberg said he was encouraged.",
      "reported",
      "Stoltenberg",
    ],
    [
      "As stated by NATO Heads of State and Government at the 2018 Brussels Summit, NATO is prepared to help.",
      "reported",
      "NATO Heads of State and Government at the 2018 Brussels Summit",
    ],
    [
      "The two administrations reached agreement on a unity government last December.",
      "narration",
      undefined,
    ],
    ['The so-called "Islamic State" gained a foothold in the nation.', "narration", undefined],
  ] as const)("%s → %s", (sentence, voice, speakerWords) => {
    expect(attribute(sentence)).toEqual(speakerWords ? { voice, speakerWords } : { voice });
  });
});

describe("splitSentences", () => {
  it("splits at sentence ends, not after abbreviations or inside a quotation", () => {
    expect(
      splitSentences(
        'He met Mr. Smith in the U.S. on Feb. 3. "Go. Now," he said. “It is done. Really”, she said. Fine!',
      ),
    ).toEqual([
      "He met Mr. Smith in the U.S. on Feb. 3.",
      '"Go. Now," he said.',
      "“It is done. Really”, she said.",
      "Fine!",
    ]);
  });
});
