import { describe, expect, it } from "vitest";
import { explorerResult } from "@/lib/explorer/explorer-result";
import { createEventFilter } from "@/lib/explorer/filter-events";
import { FACET_TABLE, FACETS } from "@/lib/explorer/facets";
import {
  DEFAULT_QUERY,
  parseExplorerQuery,
  serializeExplorerQuery,
} from "@/lib/explorer/explorer-query";
import { activeFilters } from "@/lib/explorer/active-filters";
import { FILTER_PARAMS } from "@/lib/outputs/api/query";
import { EVENTS } from "./fixtures/explorer-events";

const engine = createEventFilter(EVENTS, null);
const resultOf = (search: string) => explorerResult(engine, new URLSearchParams(search));
const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

describe("explorerResult", () => {
  it("gives every event, oldest first, for an empty query", () => {
    const result = resultOf("");
    expect(result.query).toEqual(DEFAULT_QUERY);
    expect(result.notices).toEqual([]);
    expect(ids(result.events)).toEqual(ids(EVENTS));
    expect(result.matched).toBe(EVENTS.length);
    expect(result.total).toBe(EVENTS.length);
  });

  it("filters by the URL's facets, ORing within one and ANDing across", () => {
    const result = resultOf("type=meeting,request&actor=gna");
    expect(ids(result.events)).toEqual(["meeting-2016", "request-2017"]);
    expect(result.matched).toBe(2);
    expect(result.total).toBe(EVENTS.length);
    // Counted as if the facet were not set: every GNA event by type, every meeting or request by actor.
    const count = (facet: "types" | "actors", id: string) =>
      result.facets[facet].find((option) => option.id === id)?.count;
    expect(count("types", "meeting")).toBe(1);
    expect(count("types", "request")).toBe(1);
    expect(count("actors", "nato")).toBe(2);
    expect(count("actors", "gna")).toBe(2);
  });

  it("ignores what the events do not know, each with a notice naming its parameter", () => {
    const result = resultOf("actor=nato,unknown-actor&type=parade&event=nowhere");
    expect(result.query.actors).toEqual(["nato"]);
    expect(result.query.types).toEqual([]);
    expect(result.query.event).toBeNull();
    expect(result.notices.map((notice) => notice.param).sort()).toEqual(["actor", "event", "type"]);
    expect(ids(result.events)).toEqual([
      "offer-2015",
      "meeting-2016",
      "meeting-2018",
      "assistance-2020",
    ]);
  });

  it("keeps the selection and window out of what is matched", () => {
    const plain = resultOf("place=tripoli");
    const viewed = resultOf("place=tripoli&event=offer-2015&start=2016-01-01&end=2017-01-01");
    expect(ids(viewed.events)).toEqual(ids(plain.events));
    expect(viewed.query.event).toBe("offer-2015");
    expect(viewed.query.start).toBe("2016-01-01");
  });

  it("cannot search text with a filter made without a text search", () => {
    expect(() => resultOf("q=nato")).toThrow(/without text search/);
  });
});

describe("the facet table", () => {
  const everyFacet = new URLSearchParams(
    FACET_TABLE.map(({ facet, param }) => [
      param,
      engine.filter(DEFAULT_QUERY).facets[facet][0]!.id,
    ]),
  );
  const { query, notices } = parseExplorerQuery(everyFacet, engine.vocabulary);

  it("reads and writes each facet under its parameter", () => {
    expect(notices).toEqual([]);
    for (const facet of FACETS) expect(query[facet]).toHaveLength(1);
    const written = new URLSearchParams(serializeExplorerQuery(query));
    for (const { facet, param } of FACET_TABLE) expect(written.get(param)).toBe(query[facet][0]);
  });

  it("names each facet's chips with its label", () => {
    const labels = activeFilters(query, engine.filter(query).facets).map((filter) => filter.label);
    for (const { label } of FACET_TABLE) {
      expect(labels.some((chip) => chip.startsWith(`${label}: `))).toBe(true);
    }
  });

  it("is what the API accepts", () => {
    for (const { param } of FACET_TABLE) expect(FILTER_PARAMS).toContain(param);
  });
});
