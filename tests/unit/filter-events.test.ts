import { describe, expect, it } from "vitest";
import { createEventSearch } from "@/lib/explorer/event-search";
import { eventViews, type EventView } from "@/lib/views/event-view";
import { DEFAULT_QUERY, type ExplorerQuery } from "@/lib/explorer/explorer-query";
import { createEventFilter } from "@/lib/explorer/filter-events";
import { FACETS, type Facet } from "@/lib/explorer/facets";
import { EVENT_TYPES } from "@/lib/store/schema";
import { EVENTS, event, smallStore } from "./fixtures/small-store";

// The fixture store, with the tag "offer" on e1 (a meeting) and e2 (an offer), and a few events
// more: a summit and a decision that are offers too, and a day just before e7's two days.
const events = eventViews(
  smallStore([
    ...EVENTS.map((record) =>
      record.id === "e1" || record.id === "e2" ? { ...record, tags: ["offer"] } : record,
    ),
    event({
      id: "x-summit",
      date: "2018-07-11",
      type: "summit",
      title: "Ana Example at the summit",
      actors: ["nato", "ana-example"],
      tags: ["offer"],
    }),
    event({
      id: "x-decision",
      date: "2014~",
      type: "decision",
      summary: "Decided after the summit; Ana Example was there.",
      places: ["the-east"],
      tags: ["offer"],
    }),
    event({ id: "x-feb15", date: "2017-02-15", actors: ["eu"] }),
  ]),
);
/** e7 spans 15–16 Feb 2017; x-feb15 is on the first of those days only. */
const TWO_DAYS = "e7";
const { filter, vocabulary } = createEventFilter(events, createEventSearch(events));
const run = (query: Partial<ExplorerQuery>) => filter({ ...DEFAULT_QUERY, ...query });
const ids = (list: readonly EventView[]) => list.map((event) => event.id);
const where = (test: (event: EventView) => boolean) => ids(events.filter(test));

/** An event's values for each facet, computed here independently of the filter. */
const valuesOf: Record<Facet, (event: EventView) => string[]> = {
  types: (event) => [event.type],
  actors: (event) => event.actors.map((actor) => actor.id),
  places: (event) => event.places.map((place) => place.id),
  publishers: (event) => event.sources.map((source) => source.publisherId),
  tags: (event) => event.tags,
};
const hasAny = (facet: Facet, chosen: string[]) => (event: EventView) =>
  valuesOf[facet](event).some((id) => chosen.includes(id));

/** Events overlapping the inclusive range of ISO days [from, to]. */
const overlapping = (from: string, to: string) =>
  where((event) => event.latest >= from && event.earliest <= to);

describe("createEventFilter", () => {
  it("finds every NATO offer of assistance with one tag, whatever the event's type", () => {
    const offers = ids(run({ tags: ["offer"] }).events);
    expect(offers).toEqual(["x-decision", "e1", "e2", "x-summit"]);
    // Meetings and a summit among them, which type = offer alone would miss.
    const types = new Set(events.filter((e) => offers.includes(e.id)).map((e) => e.type));
    expect([...types].sort()).toEqual(["decision", "meeting", "offer", "summit"]);
  });

  it("keeps a thread's steps, oldest first, ANDed with the other filters", () => {
    const thread = run({ thread: "t-offer" }).events;
    expect(ids(thread)).toEqual(where((event) => event.threads.includes("t-offer")));
    expect(thread).toHaveLength(4);
    expect(ids(thread)).toContain("e5");
    expect(ids(run({ thread: "t-offer", types: ["offer"] }).events)).toEqual(
      where((event) => event.threads.includes("t-offer") && event.type === "offer"),
    );
    expect(ids(run({ thread: "t-offer", types: ["offer"] }).events)).toEqual(["e2"]);
    expect(vocabulary.threads).toContain("t-brussels");
  });

  it("without a text search, filters everything else and refuses a text query", () => {
    const { filter: withoutText } = createEventFilter(events, null);
    expect(ids(withoutText({ ...DEFAULT_QUERY, types: ["meeting"] }).events)).toEqual(
      ids(run({ types: ["meeting"] }).events),
    );
    expect(() => withoutText({ ...DEFAULT_QUERY, q: "nato" })).toThrow(/without text search/);
  });

  it("returns every event, oldest first, without filters", () => {
    const result = run({});
    expect(ids(result.events)).toEqual(ids(events));
    expect(result.total).toBe(events.length);
  });

  it.each([
    ["types", ["meeting", "offer"]],
    ["actors", ["libya", "eu"]],
    ["places", ["brussels", "the-east"]],
    ["publishers", ["alpha-news", "beta-wire"]],
  ] as const)("ORs the values of %s", (facet, chosen) => {
    const result = run({ [facet]: chosen });
    const expected = where(hasAny(facet, [...chosen]));
    expect(ids(result.events)).toEqual(expected);
    for (const one of chosen) {
      const alone = ids(run({ [facet]: [one] }).events);
      expect(alone.length).toBeGreaterThan(0);
      expect(alone.length).toBeLessThan(expected.length);
    }
    expect(result.total).toBe(events.length);
  });

  it("ANDs across facets", () => {
    const query = {
      types: ["meeting" as const],
      actors: ["nato"],
      publishers: ["alpha-news"],
    };
    const expected = where(
      (event) =>
        hasAny("types", query.types)(event) &&
        hasAny("actors", query.actors)(event) &&
        hasAny("publishers", query.publishers)(event),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(where(hasAny("actors", query.actors)).length);
    expect(ids(run(query).events)).toEqual(expected);
  });

  it("includes both ends of the date range, matching events whose span overlaps it", () => {
    for (const [from, to, first, last] of [
      ["2016-01-05", "2016-01-05", "2016-01-05", "2016-01-05"],
      ["2016-06-30", "2016-06-30", "2016-06-30", "2016-06-30"],
      ["2017-02-16", "2017-02", "2017-02-16", "2017-02-28"],
      ["2016-04", "2016-12", "2016-04-01", "2016-12-31"],
      ["2012", "2015", "2012-01-01", "2015-12-31"],
    ] as const) {
      const result = ids(run({ from, to }).events);
      expect(result, `${from}..${to}`).toEqual(overlapping(first, last));
      expect(result.length, `${from}..${to}`).toBeGreaterThan(0);
    }
    // e4 is dated June 2016: found on the last day of its month and up to its first.
    expect(ids(run({ from: "2016-06-30", to: "2016-06-30" }).events)).toContain("e4");
    expect(ids(run({ to: "2016-06-01" }).events)).toContain("e4");
    expect(ids(run({ to: "2017-02-15" }).events)).toContain(TWO_DAYS);
    expect(ids(run({ from: "2017-02-16" }).events)).toContain(TWO_DAYS);
    expect(ids(run({ from: "2017-02-16" }).events)).not.toContain("x-feb15");
  });

  it("hides expected events on request", () => {
    expect(ids(run({}).events)).toContain("e6");
    const result = ids(run({ expected: false }).events);
    expect(result).not.toContain("e6");
    expect(result).toEqual(where((event) => event.status !== "expected"));
  });

  it("keeps matches chronological unless sorted by relevance", () => {
    const search = createEventSearch(events);
    // Both words in x-summit's title, and in x-decision's summary.
    const scores = search("Example summit");
    expect(scores.size).toBeGreaterThan(1);

    const byDate = ids(run({ q: "Example summit" }).events);
    expect(byDate).toEqual(where((event) => scores.has(event.id)));

    const byScore = ids(run({ q: "Example summit", sort: "relevance" }).events);
    expect(new Set(byScore)).toEqual(new Set(byDate));
    const ranked = byScore.map((id) => scores.get(id)!);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    const best = events.find((event) => event.id === byScore[0]);
    expect(best?.title).toMatch(/Example.*summit/);
    expect(byScore).not.toEqual(byDate);
  });

  it("counts each facet as if its own choice were not made", () => {
    const { facets } = run({ types: ["meeting"] });
    const meetings = events.filter((event) => event.type === "meeting");
    for (const option of facets.types) {
      expect(option.count, option.id).toBe(where((event) => event.type === option.id).length);
    }
    expect(facets.types.find((option) => option.id === "offer")?.count).toBeGreaterThan(0);
    for (const facet of ["actors", "places", "publishers"] as const) {
      for (const option of facets[facet]) {
        const count = meetings.filter(hasAny(facet, [option.id])).length;
        expect(option.count, `${facet} ${option.id}`).toBe(count);
      }
    }
  });

  it("counts under text, date and several facets at once", () => {
    const query = { q: "NATO", from: "2016", types: ["meeting" as const], actors: ["nato"] };
    const { facets } = run(query);
    const found = createEventSearch(events)(query.q);
    const base = events.filter((event) => found.has(event.id) && event.latest >= "2016-01-01");
    for (const option of facets.types) {
      const count = base.filter((e) => e.type === option.id && hasAny("actors", ["nato"])(e));
      expect(option.count, option.id).toBe(count.length);
    }
    for (const option of facets.actors) {
      const count = base.filter((e) => e.type === "meeting" && hasAny("actors", [option.id])(e));
      expect(option.count, option.id).toBe(count.length);
    }
  });

  it("offers every value in the store, labelled, types in their fixed order and the rest by name", () => {
    const { facets } = run({ types: ["offer"] });
    for (const facet of FACETS) {
      const all = new Set(events.flatMap(valuesOf[facet]));
      expect(new Set(facets[facet].map((option) => option.id)), facet).toEqual(all);
    }
    const typeIds = facets.types.map((option) => option.id);
    expect(typeIds).toEqual(EVENT_TYPES.filter((type) => typeIds.includes(type)));
    expect(facets.types.find((option) => option.id === "offer")?.label).toBe("Offer");
    const labels = facets.actors.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    expect(facets.actors.find((option) => option.id === "nato")?.label).toBe("NATO");
    expect(facets.places.some((option) => option.count === 0)).toBe(true);
  });

  it("exposes the vocabulary of ids the store uses", () => {
    expect(vocabulary.events).toEqual(new Set(ids(events)));
    expect(vocabulary.actors).toEqual(new Set(events.flatMap(valuesOf.actors)));
    expect(vocabulary.places).toEqual(new Set(events.flatMap(valuesOf.places)));
    expect(vocabulary.publishers).toEqual(new Set(events.flatMap(valuesOf.publishers)));
    expect(vocabulary.publishers).toContain("alpha-news");
  });
});
