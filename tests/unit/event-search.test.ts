import { describe, expect, it } from "vitest";
import { correctedTerms, createEventSearch } from "@/lib/explorer/event-search";
import { markedPieces } from "@/lib/explorer/search-marks";
import { eventViews, type EventView } from "@/lib/views/event-view";
import { loadStore } from "@/lib/store/store";
import { DATA_DIR, makeQuote, makeView } from "./helpers";
import { EVENTS, event, smallStore } from "./fixtures/small-store";

const narration = (quote: string) => [{ source: "s-alpha", quote, voice: "narration" as const }];
// The fixture store and a few events written for searching: an accented name, a place and an
// actor that no text names, a quote that only one event has.
const events = eventViews(
  smallStore([
    ...EVENTS,
    event({
      id: "x-call",
      date: "2020-05-14",
      title: "Ana Example and Erdoğan speak by phone",
      summary: "Ana Example and President Erdoğan discussed Libya.",
    }),
    event({
      id: "x-talks",
      date: "2017-02-01",
      title: "Ana Example meets the prime minister",
      summary: "They discussed security.",
    }),
    event({
      id: "x-sirte",
      date: "2016-12",
      title: "Fighting ends",
      summary: "Fighting around Sirte ended; arms were seized.",
    }),
    event({ id: "x-sirte-accented", date: "2016-11", title: "Sírte besieged" }),
    event({
      id: "x-berlin",
      date: "2020-01",
      title: "A conference in Berlin",
      sources: narration("The conference reaffirmed the arms embargo."),
    }),
    event({ id: "x-east", date: "2014-05", title: "Parliament moves", places: ["the-east"] }),
  ]),
);
const search = createEventSearch(events);
const found = (text: string) => [...search(text).keys()];

/** The words of an event's title, summary and quotes (not its actor or place names). */
const prose = (event: EventView) =>
  [event.title, event.summary, ...event.quotes.map((quote) => quote.text)].join(" ");

function where(test: (event: EventView) => boolean) {
  return events.filter(test).map((event) => event.id);
}

describe("createEventSearch", () => {
  it("ignores case and accents", () => {
    expect(found("Erdoğan")).toEqual(["x-call"]);
    // Folded, not merely forgiven as a typo: the same score as the plain spelling.
    expect(search("Erdoğan")).toEqual(search("erdogan"));
    expect(found("ÉRDÖĞÁN")).toEqual(["x-call"]);
    expect(found("ERDOGAN")).toEqual(["x-call"]);
    const sirte = where((event) => /s[ií]rte/i.test(prose(event)));
    expect(sirte).toEqual(expect.arrayContaining(["x-sirte", "x-sirte-accented"]));
    expect(new Set(found("sírte"))).toEqual(new Set(found("Sirte")));
    expect(found("sírte")).toEqual(expect.arrayContaining(sirte));
  });

  it("tolerates a one-letter typo and matches prefixes", () => {
    const example = found("Example");
    expect(example).toContain("x-talks");
    expect(new Set(found("Exanple"))).toEqual(new Set(example));
    expect(new Set(found("Exam"))).toEqual(new Set(example));
  });

  it("searches quotes", () => {
    const berlin = events.find((event) => event.id === "x-berlin")!;
    expect(berlin.quotes.some((quote) => quote.text.includes("arms embargo"))).toBe(true);
    expect(found("arms embargo")).toContain("x-berlin");
    // x-sirte says "arms" too, but not "embargo".
    expect(found("arms")).toContain("x-sirte");
    expect(found("arms embargo")[0]).toBe("x-berlin");
  });

  it("searches actor and place names that the text does not mention", () => {
    const eu = where((event) => event.actors.some((actor) => actor.id === "eu"));
    const unsaid = where((event) => eu.includes(event.id) && !/Union/.test(prose(event)));
    expect(unsaid.length).toBeGreaterThan(0);
    expect(found("Union")).toEqual(expect.arrayContaining(eu));

    expect(where((event) => /eastern/i.test(prose(event)))).toEqual([]);
    expect(found("Eastern")).toEqual(["x-east"]);
  });

  it("requires every term", () => {
    const both = found("Example Erdogan");
    expect(both).toEqual(["x-call"]);
    expect(found("Example").length).toBeGreaterThan(both.length);
    expect(found("Erdogan Sirte")).toEqual([]);
  });

  it("finds nothing for nonsense", () => {
    expect(search("qwxzvbnm").size).toBe(0);
    expect(search("").size).toBe(0);
  });
});

describe("the real store: search finds its events by the names its sources use", () => {
  const real = createEventSearch(eventViews(loadStore(DATA_DIR)));
  const inReal = (text: string) => [...real(text).keys()];

  it("finds the Erdoğan call, the Sarraj talks and the Berlin conference", () => {
    expect(inReal("Erdoğan")).toEqual(["2020-05-14-stoltenberg-erdogan-phone-call"]);
    expect(inReal("Stoltenberg")).toContain(
      "2017-02-01-stoltenberg-and-sarraj-discuss-libya-security",
    );
    expect(inReal("arms embargo")[0]).toBe(
      "2020-01-berlin-conference-reaffirms-libya-arms-embargo",
    );
    expect(inReal("Eastern")).toEqual(["2014-militants-overrun-tripoli-parliament-flees-east"]);
  });
});

describe("createEventSearch fields", () => {
  const made = [
    makeView({ id: "titled", title: "Talks in Bratislava" }),
    makeView({ id: "placed", places: [{ id: "bratislava", name: "Bratislava" }] }),
    makeView({ id: "acted", actors: [{ id: "vershbow", name: "Alexander Vershbow" }] }),
    makeView({ id: "quoted", quotes: [makeQuote("s", "“Vershbow said so.”")] }),
    makeView({ id: "summed", summary: "Nothing about Slovakia." }),
  ];
  const searchMade = createEventSearch(made);

  it("finds words in titles, place names, actor names, quotes and summaries", () => {
    expect(new Set(searchMade("bratislava").keys())).toEqual(new Set(["titled", "placed"]));
    expect(new Set(searchMade("Vershbow").keys())).toEqual(new Set(["acted", "quoted"]));
    expect([...searchMade("slovakia").keys()]).toEqual(["summed"]);
  });

  it("ranks a title match above a place match", () => {
    const scores = searchMade("Bratislava");
    expect(scores.get("titled")!).toBeGreaterThan(scores.get("placed")!);
  });
});

describe("what a search matched", () => {
  it("names the events' words a typo was taken for", () => {
    const { terms, corrected } = search.matched("exanple");
    expect(terms).toContain("example");
    expect(corrected).toEqual(["example"]);
    // A word typed in full, or the start of one, needs no explaining.
    expect(search.matched("Example").corrected).toEqual([]);
    expect(search.matched("exam").corrected).toEqual([]);
    expect(correctedTerms("Erdoğan", ["erdogan"])).toEqual([]);
  });

  it("marks the matched words in a text, whatever their case and accents", () => {
    expect(
      markedPieces("Stoltenberg and Erdoğan discuss Libya", ["stoltenberg", "erdogan"]),
    ).toEqual(["", "Stoltenberg", " and ", "Erdoğan", " discuss Libya"]);
    expect(markedPieces("Al-Sarraj", ["sarraj"])).toEqual(["Al-", "Sarraj", ""]);
    expect(markedPieces("Sarrajs", ["sarraj"])).toEqual(["Sarrajs"]);
    expect(markedPieces("Libya", [])).toEqual(["Libya"]);
  });
});
