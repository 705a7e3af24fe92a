import { describe, expect, it } from "vitest";
import { correctedTerms, createEventSearch } from "@/lib/explorer/event-search";
import { markedPieces } from "@/lib/explorer/search-marks";
import { eventViews, type EventView } from "@/lib/views/event-view";
import { loadStore } from "@/lib/store/store";
import { DATA_DIR, makeQuote, makeView } from "./helpers";

const events = eventViews(loadStore(DATA_DIR));
const search = createEventSearch(events);
const found = (text: string) => [...search(text).keys()];

const ERDOGAN_CALL = "2020-05-14-stoltenberg-erdogan-phone-call";
const SARRAJ_TALKS = "2017-02-01-stoltenberg-and-sarraj-discuss-libya-security";
const BERLIN = "2020-01-berlin-conference-reaffirms-libya-arms-embargo";

/** The words of an event's title, summary and quotes (not its actor or place names). */
const prose = (event: EventView) =>
  [event.title, event.summary, ...event.quotes.map((quote) => quote.text)].join(" ");

describe("createEventSearch on the real store", () => {
  it("ignores case and accents", () => {
    expect(found("Erdoğan")).toEqual([ERDOGAN_CALL]);
    // Folded, not merely forgiven as a typo: the same score as the plain spelling.
    expect(search("Erdoğan")).toEqual(search("erdogan"));
    expect(found("ÉRDÖĞÁN")).toEqual([ERDOGAN_CALL]);
    expect(found("ERDOGAN")).toEqual([ERDOGAN_CALL]);
    const sirte = where((event) => /sirte/i.test(prose(event)));
    expect(sirte.length).toBeGreaterThan(0);
    expect(new Set(found("sírte"))).toEqual(new Set(found("Sirte")));
    expect(found("sírte")).toEqual(expect.arrayContaining(sirte));
  });

  it("tolerates a one-letter typo and matches prefixes", () => {
    const stoltenberg = found("Stoltenberg");
    expect(stoltenberg).toContain(SARRAJ_TALKS);
    expect(new Set(found("Stoltenbrg"))).toEqual(new Set(stoltenberg));
    expect(new Set(found("Stolt"))).toEqual(new Set(stoltenberg));
  });

  it("searches quotes", () => {
    const berlin = events.find((event) => event.id === BERLIN)!;
    expect(berlin.quotes.some((quote) => quote.text.includes("arms embargo"))).toBe(true);
    expect(found("arms embargo")).toContain(BERLIN);
    expect(found("arms embargo")[0]).toBe(BERLIN);
  });

  it("searches actor and place names that the text does not mention", () => {
    const gna = where((event) => event.actors.some((actor) => actor.id === "libya-gna"));
    const unsaid = where((event) => gna.includes(event.id) && !/Accord/.test(prose(event)));
    expect(unsaid.length).toBeGreaterThan(0);
    expect(found("Accord")).toEqual(expect.arrayContaining(gna));

    const east = "2014-militants-overrun-tripoli-parliament-flees-east";
    expect(where((event) => /eastern/i.test(prose(event)))).toEqual([]);
    expect(found("Eastern")).toEqual([east]);
  });

  it("requires every term", () => {
    const both = found("Stoltenberg Erdogan");
    expect(both).toEqual([ERDOGAN_CALL]);
    expect(found("Stoltenberg").length).toBeGreaterThan(both.length);
    expect(found("Erdogan Sirte")).toEqual([]);
  });

  it("finds nothing for nonsense", () => {
    expect(search("qwxzvbnm").size).toBe(0);
    expect(search("").size).toBe(0);
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

function where(test: (event: EventView) => boolean) {
  return events.filter(test).map((event) => event.id);
}

describe("what a search matched", () => {
  it("names the events' words a typo was taken for", () => {
    const { terms, corrected } = search.matched("stoltenburg");
    expect(terms).toContain("stoltenberg");
    expect(corrected).toEqual(["stoltenberg"]);
    // A word typed in full, or the start of one, needs no explaining.
    expect(search.matched("Stoltenberg").corrected).toEqual([]);
    expect(search.matched("stolt").corrected).toEqual([]);
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
