import { describe, expect, it } from "vitest";
import { highlightQuotes, quoteAnchor, quotesFrom, type Segment } from "@/lib/views/source-text";
import { loadStore } from "@/lib/store/store";
import type { Store } from "@/lib/store/build-store";
import { DATA_DIR } from "./helpers";
import { smallStore } from "./fixtures/small-store";

const NBSP = "\u00a0";

/** Segments as compact tuples: [text] for plain text, [text, eventIds, anchorIds, endOf] for marks. */
const compact = (paragraph: Segment[]) =>
  paragraph.map((segment) =>
    segment.kind === "text"
      ? [segment.text]
      : [segment.text, segment.eventIds, segment.anchorIds, segment.endOf],
  );

describe("highlightQuotes", () => {
  it("splits paragraphs at blank lines and keeps single line breaks inside them", () => {
    const { paragraphs, missing } = highlightQuotes(
      "Title\n\n  06 Oct. 2011\nUpdated  \n \n\nEnd",
      [],
    );
    expect(paragraphs.map(compact)).toEqual([[["Title"]], [["06 Oct. 2011\nUpdated"]], [["End"]]]);
    expect(missing).toEqual([]);
  });

  it("marks a quote and anchors the event's first highlight only", () => {
    const text = "NATO is ready. NATO is ready. It will help.";
    const { paragraphs } = highlightQuotes(text, [
      { eventId: "a", quote: "NATO is ready." },
      { eventId: "a", quote: "It will help." },
    ]);
    expect(paragraphs.map(compact)).toEqual([
      [
        ["NATO is ready.", ["a"], ["a"], ["a"]],
        [" NATO is ready. "],
        ["It will help.", ["a"], [], ["a"]],
      ],
    ]);
  });

  it("cuts overlapping quotes so each segment names every event quoting it", () => {
    const text = "since a NATO intervention followed the 2011 uprising that toppled Gaddafi.";
    const { paragraphs } = highlightQuotes(text, [
      { eventId: "intervention", quote: "a NATO intervention followed the 2011 uprising" },
      { eventId: "uprising", quote: "the 2011 uprising that toppled Gaddafi" },
    ]);
    expect(paragraphs.map(compact)).toEqual([
      [
        ["since "],
        ["a NATO intervention followed ", ["intervention"], ["intervention"], []],
        ["the 2011 uprising", ["intervention", "uprising"], ["uprising"], ["intervention"]],
        [" that toppled Gaddafi", ["uprising"], [], ["uprising"]],
        ["."],
      ],
    ]);
  });

  it("gives identical quotes of two events one segment carrying both anchors", () => {
    const { paragraphs } = highlightQuotes("He said NATO stands ready.", [
      { eventId: "a", quote: "NATO stands ready" },
      { eventId: "b", quote: "NATO stands ready" },
    ]);
    expect(paragraphs.map(compact)).toEqual([
      [["He said "], ["NATO stands ready", ["a", "b"], ["a", "b"], ["a", "b"]], ["."]],
    ]);
  });

  it("finds quotes apart from whitespace and keeps the original text", () => {
    const text = `the alliance was${NBSP}looking into\nexactly what could be done`;
    const { paragraphs } = highlightQuotes(text, [
      { eventId: "a", quote: "alliance was looking  into exactly" },
    ]);
    expect(paragraphs.map(compact)).toEqual([
      [
        ["the "],
        [`alliance was${NBSP}looking into\nexactly`, ["a"], ["a"], ["a"]],
        [" what could be done"],
      ],
    ]);
  });

  it("splits a quote that runs across a paragraph break", () => {
    const { paragraphs } = highlightQuotes("First line ends.\n\nSecond begins here.", [
      { eventId: "a", quote: "ends. Second begins" },
    ]);
    expect(paragraphs.map(compact)).toEqual([
      [["First line "], ["ends.", ["a"], ["a"], []]],
      [["Second begins", ["a"], [], ["a"]], [" here."]],
    ]);
  });

  it("reports quotes it cannot find instead of throwing", () => {
    const missingQuote = { eventId: "b", quote: "not in the text" };
    const { paragraphs, missing } = highlightQuotes("Some text.", [
      { eventId: "a", quote: "Some" },
      missingQuote,
      { eventId: "c", quote: " \n " },
    ]);
    expect(paragraphs.map(compact)).toEqual([[["Some", ["a"], ["a"], ["a"]], [" text."]]]);
    expect(missing).toEqual([missingQuote, { eventId: "c", quote: " \n " }]);
  });
});

/** Each source of `store`: every quote is found and every citing event anchored once. */
const eachSourceIsAnchored = (store: Store) =>
  it.each(store.sources.map((source) => [source.id, source] as const))(
    "%s: every quote is found and every citing event anchored once",
    (id, source) => {
      const events = store.eventsBySource(id);
      const { paragraphs, missing } = highlightQuotes(source.text, quotesFrom(id, events));
      expect(missing).toEqual([]);
      const anchors = paragraphs
        .flat()
        .flatMap((segment) => (segment.kind === "mark" ? segment.anchorIds : []));
      expect(anchors.sort()).toEqual(events.map((event) => event.id).sort());
    },
  );

describe("a store's sources", () => {
  // s-alpha is cited by e1, e2 and e3, s-zeta three times by e7 alone.
  eachSourceIsAnchored(smallStore());
});

describe("the real store's sources", () => {
  eachSourceIsAnchored(loadStore(DATA_DIR));
});

describe("quoteAnchor", () => {
  it("names the element an event page links to", () => {
    expect(quoteAnchor("2017-02-16-libya-requests-nato-assistance")).toBe(
      "q-2017-02-16-libya-requests-nato-assistance",
    );
  });
});
