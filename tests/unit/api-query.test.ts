import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUERY,
  serializeExplorerQuery,
  type ExplorerQuery,
} from "@/lib/explorer/explorer-query";
import { apiFilters, FILTER_PARAMS, parseApiQuery, DISPLAY_PARAMS } from "@/lib/outputs/api/query";
import { SIRTE, TEST_VOCABULARY } from "./helpers";

const vocabulary = TEST_VOCABULARY;

const parse = (search: string) => parseApiQuery(new URLSearchParams(search), vocabulary);

/** The names of the refused parameters, or fails when the query was accepted. */
const refused = (search: string) => {
  const result = parse(search);
  if (result.ok) throw new Error(`"${search}" was accepted`);
  return result.parameters.map((problem) => problem.name);
};

const accepted = (search: string): ExplorerQuery => {
  const result = parse(search);
  if (!result.ok) throw new Error(JSON.stringify(result.parameters));
  return result.query;
};

describe("parseApiQuery", () => {
  it("gives the defaults for an empty query", () => {
    expect(accepted("")).toEqual(DEFAULT_QUERY);
  });

  it("reads the filters as the home page does", () => {
    expect(
      accepted(
        "q=sirte&from=2016&to=2017-02&type=meeting,offer&actor=nato&place=tripoli" +
          "&publisher=xinhua&publisher=nato&expected=hide&sort=relevance",
      ),
    ).toMatchObject({
      q: "sirte",
      from: "2016",
      to: "2017-02",
      types: ["meeting", "offer"],
      actors: ["nato"],
      places: ["tripoli"],
      publishers: ["xinhua", "nato"],
      expected: false,
      sort: "relevance",
    });
  });

  it("refuses a bad value, naming every parameter at fault", () => {
    expect(refused("type=banana&from=nope")).toEqual(["from", "type"]);
    expect(refused("actor=nobody")).toEqual(["actor"]);
    expect(refused("place=nowhere&publisher=nobody")).toEqual(["place", "publisher"]);
    expect(refused("expected=maybe")).toEqual(["expected"]);
    expect(refused("sort=random")).toEqual(["sort"]);
    expect(refused("to=2016-13")).toEqual(["to"]);
  });

  it("refuses what the page would correct: a reversed range, an over-long search", () => {
    expect(refused("from=2017&to=2016")).toEqual(["from"]);
    expect(refused(`q=${"a".repeat(201)}`)).toEqual(["q"]);
  });

  it("refuses one bad value among good ones, and quotes it", () => {
    const result = parse("type=meeting,banana");
    expect(result).toEqual({
      ok: false,
      parameters: [{ name: "type", message: expect.stringContaining("“banana”") }],
    });
  });

  it("refuses an unknown parameter (a typo must not give the unfiltered list)", () => {
    expect(refused("types=meeting")).toEqual(["types"]);
    const result = parse("types=meeting&foo=1&type=banana");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.parameters.map((p) => p.name)).toEqual(["types", "foo", "type"]);
      expect(result.parameters[0]!.message).toContain("q, from, to, type");
    }
  });

  it("accepts and ignores the view-only parameters, even values the page would correct", () => {
    const query = accepted(`group=actor&start=2016-01-01&end=2017-12-31&event=${SIRTE}`);
    expect(query).toEqual(DEFAULT_QUERY);
    expect(accepted("group=banana&start=nope&event=no-such-event")).toEqual(DEFAULT_QUERY);
  });

  it("knows exactly the home page's parameters", () => {
    // Every parameter the page writes, from a query that sets them all.
    const full: ExplorerQuery = {
      q: "x",
      from: "2016",
      to: "2017",
      types: ["meeting"],
      actors: ["nato"],
      places: ["sirte"],
      publishers: ["nato"],
      tags: ["arms-embargo"],
      thread: "nato-offer-of-assistance",
      expected: false,
      group: "actor",
      sort: "relevance",
      start: "2016-01-01",
      end: "2016-12-31",
      event: SIRTE,
    };
    const written = [...new URLSearchParams(serializeExplorerQuery(full)).keys()];
    expect([...FILTER_PARAMS, ...DISPLAY_PARAMS].sort()).toEqual(written.sort());
  });
});

describe("apiFilters", () => {
  it("reports the filters and leaves the view settings out", () => {
    const query = accepted(
      `type=meeting&thread=nato-offer-of-assistance&expected=hide&group=type&event=${SIRTE}`,
    );
    expect(apiFilters(query)).toEqual({
      q: "",
      from: null,
      to: null,
      types: ["meeting"],
      actors: [],
      places: [],
      publishers: [],
      tags: [],
      thread: "nato-offer-of-assistance",
      expected: false,
      sort: "date",
    });
  });
});
