import { describe, expect, it } from "vitest";
import { createEventSearch } from "@/lib/explorer/event-search";
import { eventViews, type EventView } from "@/lib/views/event-view";
import { DEFAULT_QUERY, type ExplorerQuery } from "@/lib/explorer/explorer-query";
import { createEventFilter } from "@/lib/explorer/filter-events";
import { FACETS, type Facet } from "@/lib/explorer/facets";
import { EVENT_TYPES } from "@/lib/store/schema";
import { loadStore } from "@/lib/store/store";
import { DATA_DIR, EVENT } from "./helpers";

const events = eventViews(loadStore(DATA_DIR));
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
    const offers = ids(run({ tags: ["nato-offer-of-assistance"] }).events);
    expect(offers.map((id) => id.slice(0, 4))).toEqual([
      "2011",
      "2014",
      "2016",
      "2016",
      "2017",
      "2017",
      "2018",
      "2020",
    ]);
    // Meetings and a summit among them, which type = offer alone would miss.
    const types = new Set(events.filter((e) => offers.includes(e.id)).map((e) => e.type));
    expect([...types].sort()).toEqual(["decision", "meeting", "offer", "summit"]);
  });

  it("keeps a thread's steps, oldest first, ANDed with the other filters", () => {
    const thread = run({ thread: "nato-offer-of-assistance" }).events;
    expect(ids(thread)).toEqual(
      where((event) => event.threads.includes("nato-offer-of-assistance")),
    );
    expect(thread).toHaveLength(9);
    expect(ids(thread)).toContain("2017-02-16-libya-requests-nato-assistance");
    expect(ids(run({ thread: "nato-offer-of-assistance", types: ["offer"] }).events)).toEqual(
      where(
        (event) => event.threads.includes("nato-offer-of-assistance") && event.type === "offer",
      ),
    );
    expect(vocabulary.threads).toContain("islamic-state-in-sirte");
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
    ["actors", ["fayez-al-sarraj", "recep-tayyip-erdogan"]],
    ["places", ["sirte", "naples"]],
    ["publishers", ["xinhua", "dw-deutsche-welle"]],
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
      actors: ["jens-stoltenberg"],
      publishers: ["nato"],
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
      ["2015-12-31", "2015-12-31", "2015-12-31", "2015-12-31"],
      ["2016-01-01", "2016-01-01", "2016-01-01", "2016-01-01"],
      ["2017-02-16", "2017-02", "2017-02-16", "2017-02-28"],
      ["2016-04", "2016-12", "2016-04-01", "2016-12-31"],
      ["2012", "2015", "2012-01-01", "2015-12-31"],
    ] as const) {
      const result = ids(run({ from, to }).events);
      expect(result, `${from}..${to}`).toEqual(overlapping(first, last));
      expect(result.length, `${from}..${to}`).toBeGreaterThan(0);
    }
    expect(ids(run({ from: "2015-12-31", to: "2015-12-31" }).events)).toContain(
      "2015-12-rival-administrations-agree-on-unity-government",
    );
    expect(ids(run({ to: "2016-01-01" }).events)).toContain(
      "2016-nato-allies-agree-to-support-libya-if-asked",
    );
    expect(ids(run({ to: "2017-02-15" }).events)).toContain(EVENT.ministers);
    expect(ids(run({ from: "2017-02-16" }).events)).toContain(EVENT.ministers);
    expect(ids(run({ from: "2017-02-16" }).events)).not.toContain(EVENT.naplesHub);
  });

  it("hides expected events on request", () => {
    expect(ids(run({}).events)).toContain(EVENT.euMinisters);
    const result = ids(run({ expected: false }).events);
    expect(result).not.toContain(EVENT.euMinisters);
    expect(result).toEqual(where((event) => event.status !== "expected"));
  });

  it("keeps matches chronological unless sorted by relevance", () => {
    const search = createEventSearch(events);
    const scores = search("Stoltenberg Sarraj");
    expect(scores.size).toBeGreaterThan(1);

    const byDate = ids(run({ q: "Stoltenberg Sarraj" }).events);
    expect(byDate).toEqual(where((event) => scores.has(event.id)));

    const byScore = ids(run({ q: "Stoltenberg Sarraj", sort: "relevance" }).events);
    expect(new Set(byScore)).toEqual(new Set(byDate));
    const ranked = byScore.map((id) => scores.get(id)!);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    const best = events.find((event) => event.id === byScore[0]);
    expect(best?.title).toMatch(/Stoltenberg.*Sarraj/);
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
    expect(vocabulary.publishers).toContain("xinhua");
  });
});
