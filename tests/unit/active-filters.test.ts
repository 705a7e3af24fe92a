import { describe, expect, it } from "vitest";
import { activeFilters, withoutFilters } from "@/lib/explorer/active-filters";
import { DEFAULT_QUERY, type ExplorerQuery } from "@/lib/explorer/explorer-query";
import type { Facet, FacetOption } from "@/lib/explorer/facets";

const option = (id: string, label: string): FacetOption => ({ id, label, count: 1 });

const facets: Record<Facet, FacetOption[]> = {
  types: [option("meeting", "Meeting"), option("offer", "Offer")],
  actors: [option("nato", "NATO"), option("jens-stoltenberg", "Jens Stoltenberg")],
  places: [option("sirte", "Sirte")],
  publishers: [option("xinhua", "Xinhua")],
  tags: [option("nato-offer-of-assistance", "nato-offer-of-assistance")],
};

const query: ExplorerQuery = {
  q: "embargo",
  from: "2016",
  to: "2017-02",
  types: ["meeting", "offer"],
  actors: ["nato", "jens-stoltenberg"],
  places: ["sirte"],
  publishers: ["gone-publisher"],
  tags: ["nato-offer-of-assistance"],
  thread: "nato-offer-of-assistance",
  expected: false,
  group: "actor",
  sort: "relevance",
  start: "2016-01-01",
  end: "2017-12-31",
  event: "some-event",
};

describe("activeFilters", () => {
  const filters = activeFilters(query, facets);
  const byKey = (key: string) => filters.find((filter) => filter.key === key)!;

  it("lists each value in force, labelled for people", () => {
    expect(filters.map((filter) => [filter.key, filter.label])).toEqual([
      ["q", "Text “embargo”"],
      ["from", "From 2016"],
      ["to", "To 2017-02"],
      ["types:meeting", "Type: Meeting"],
      ["types:offer", "Type: Offer"],
      ["actors:nato", "Actor: NATO"],
      ["actors:jens-stoltenberg", "Actor: Jens Stoltenberg"],
      ["places:sirte", "Place: Sirte"],
      // No option for it: the id stands in for the label.
      ["publishers:gone-publisher", "Publisher: gone-publisher"],
      ["tags:nato-offer-of-assistance", "Tag: nato-offer-of-assistance"],
      ["thread", "Thread: nato-offer-of-assistance"],
      ["expected", "Expected events hidden"],
    ]);
  });

  it("lists nothing for the defaults or for view settings alone", () => {
    expect(activeFilters(DEFAULT_QUERY, facets)).toEqual([]);
    expect(activeFilters(withoutFilters(query), facets)).toEqual([]);
  });

  it("drops exactly one value in each `without` query", () => {
    expect(byKey("from").without).toEqual({ ...query, from: null });
    expect(byKey("to").without).toEqual({ ...query, to: null });
    expect(byKey("types:meeting").without).toEqual({ ...query, types: ["offer"] });
    expect(byKey("types:offer").without).toEqual({ ...query, types: ["meeting"] });
    expect(byKey("actors:nato").without).toEqual({ ...query, actors: ["jens-stoltenberg"] });
    expect(byKey("places:sirte").without).toEqual({ ...query, places: [] });
    expect(byKey("publishers:gone-publisher").without).toEqual({ ...query, publishers: [] });
    expect(byKey("thread").without).toEqual({ ...query, thread: null });
    expect(byKey("expected").without).toEqual({ ...query, expected: true });
  });

  it("drops the text with its relevance order", () => {
    expect(byKey("q").without).toEqual({ ...query, q: "", sort: "date" });
  });

  it("leaves the query it was given alone", () => {
    expect(query.types).toEqual(["meeting", "offer"]);
    expect(query.q).toBe("embargo");
  });
});

describe("withoutFilters", () => {
  it("clears every filter but keeps grouping, window and selection", () => {
    expect(withoutFilters(query)).toEqual({
      ...DEFAULT_QUERY,
      group: "actor",
      start: "2016-01-01",
      end: "2017-12-31",
      event: "some-event",
    });
    expect(withoutFilters(DEFAULT_QUERY)).toEqual(DEFAULT_QUERY);
  });
});
