import { describe, expect, it } from "vitest";
import {
  dateBounds,
  DEFAULT_QUERY,
  MAX_QUERY_LENGTH,
  parseExplorerQuery,
  serializeExplorerQuery,
  type ExplorerQuery,
} from "@/lib/explorer/explorer-query";
import { SIRTE, TEST_VOCABULARY } from "./helpers";

const vocabulary = TEST_VOCABULARY;

const parse = (search: string) => parseExplorerQuery(new URLSearchParams(search), vocabulary);

/** Parses a query string that should raise no notices. */
const clean = (search: string) => {
  const { query, notices } = parse(search);
  expect(notices).toEqual([]);
  return query;
};

/** Parses a query string that should raise exactly one notice, and returns both. */
const withNotice = (search: string) => {
  const { query, notices } = parse(search);
  expect(notices).toHaveLength(1);
  return { query, notice: notices[0]!.message, param: notices[0]!.param };
};

describe("parseExplorerQuery", () => {
  it("gives the defaults for an empty query", () => {
    expect(clean("")).toEqual(DEFAULT_QUERY);
    expect(DEFAULT_QUERY).toMatchObject({ q: "", expected: true, group: "none", sort: "date" });
  });

  it("reads every parameter", () => {
    const query = clean(
      "q=+sirte+&from=2016&to=2017-02&type=meeting&actor=nato&place=tripoli&publisher=xinhua" +
        "&tag=nato-offer-of-assistance&thread=nato-offer-of-assistance" +
        `&expected=hide&group=actor&sort=relevance&start=2016-01-01&end=2017-12-31&event=${SIRTE}`,
    );
    expect(query).toEqual({
      q: "sirte",
      from: "2016",
      to: "2017-02",
      types: ["meeting"],
      actors: ["nato"],
      places: ["tripoli"],
      publishers: ["xinhua"],
      tags: ["nato-offer-of-assistance"],
      thread: "nato-offer-of-assistance",
      expected: false,
      group: "actor",
      sort: "relevance",
      start: "2016-01-01",
      end: "2017-12-31",
      event: SIRTE,
    });
  });

  it("keeps a known thread and drops an unknown one with a notice", () => {
    expect(clean("thread=nato-offer-of-assistance").thread).toBe("nato-offer-of-assistance");
    const { query, notices } = parseExplorerQuery(
      new URLSearchParams("thread=no-such-thread&type=offer"),
      TEST_VOCABULARY,
    );
    expect(query.thread).toBeNull();
    expect(query.types).toEqual(["offer"]);
    expect(notices).toEqual([
      { param: "thread", message: "Ignored unknown thread “no-such-thread”." },
    ]);
  });

  it("accepts comma lists and repeated keys, once each", () => {
    expect(clean("type=meeting,offer").types).toEqual(["meeting", "offer"]);
    expect(clean("type=meeting&type=offer").types).toEqual(["meeting", "offer"]);
    expect(clean("actor=nato,+jens-stoltenberg&actor=nato&actor=").actors).toEqual([
      "nato",
      "jens-stoltenberg",
    ]);
    expect(clean("place=sirte&place=tripoli,sirte").places).toEqual(["sirte", "tripoli"]);
  });

  it.each([
    ["type", "offer", "battle", "types"],
    ["actor", "nato", "gaddafi", "actors"],
    ["place", "sirte", "paris", "places"],
    ["publisher", "xinhua", "bbc", "publishers"],
    ["tag", "arms-embargo", "no-such-tag", "tags"],
  ] as const)("drops an unknown %s, naming it", (key, good, bad, field) => {
    const { query, notice, param } = withNotice(`${key}=${good},${bad}`);
    expect(query[field]).toEqual([good]);
    expect(notice).toBe(`Ignored unknown ${key} “${bad}”.`);
    expect(param).toBe(key);
  });

  it("drops an unknown event, naming it", () => {
    const { query, notice } = withNotice("event=no-such-event");
    expect(query.event).toBeNull();
    expect(notice).toBe("Ignored unknown event “no-such-event”.");
  });

  it("ignores a date that is not a year, month or day", () => {
    for (const bad of ["banana", "2016-13", "2016-02-30", "16", "2016-4"]) {
      const { query, notice } = withNotice(`from=${bad}&to=2017`);
      expect(query.from).toBeNull();
      expect(query.to).toBe("2017");
      expect(notice).toContain(`from=“${bad}”`);
    }
    expect(withNotice("to=banana").notice).toMatch(/^Ignored to=“banana”: not a date/);
  });

  it("swaps a reversed date range, and keeps overlapping ends", () => {
    const { query, notice } = withNotice("from=2017-02&to=2016");
    expect([query.from, query.to]).toEqual(["2016", "2017-02"]);
    expect(notice).toContain("reversed");
    // 2016-12 lies within 2016: not reversed.
    expect(clean("from=2016-12&to=2016")).toMatchObject({ from: "2016-12", to: "2016" });
    expect(clean("from=2016-04-18&to=2016-04-18")).toMatchObject({ from: "2016-04-18" });
  });

  it("cuts long search text, with a notice", () => {
    const long = "x".repeat(MAX_QUERY_LENGTH + 50);
    const { query, notice } = withNotice(`q=${long}`);
    expect(query.q).toBe("x".repeat(MAX_QUERY_LENGTH));
    expect(notice).toContain(String(MAX_QUERY_LENGTH));
    expect(clean(`q=${"y".repeat(MAX_QUERY_LENGTH)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it.each([
    ["group", "place"],
    ["sort", "score"],
    ["expected", "yes"],
  ] as const)("ignores %s=%s, falling back to the default", (key, bad) => {
    const { query, notice } = withNotice(`${key}=${bad}`);
    expect(query).toEqual(DEFAULT_QUERY);
    expect(notice).toMatch(new RegExp(`^Ignored ${key}=“${bad}”: use one of `));
  });

  it("reads expected=show as the default", () => {
    expect(clean("expected=show").expected).toBe(true);
  });

  it.each([
    ["start after end", "start=2017-01-01&end=2016-01-01"],
    ["start equal to end", "start=2016-01-01&end=2016-01-01"],
    ["only a start", "start=2016-01-01"],
    ["only an end", "end=2016-01-01"],
    ["months instead of days", "start=2016-01&end=2016-02"],
    ["an impossible day", "start=2016-02-30&end=2016-03-05"],
  ])("ignores a timeline window with %s", (_, search) => {
    const { query, notice } = withNotice(search);
    expect([query.start, query.end]).toEqual([null, null]);
    expect(notice).toMatch(/timeline window/);
  });

  it("shortens long bad values in notices", () => {
    const long = "a".repeat(100);
    for (const search of [`actor=${long}`, `from=${long}`, `group=${long}`, `event=${long}`]) {
      const quoted = /“(.*)”/.exec(withNotice(search).notice)?.[1] ?? "";
      expect(quoted.length, search).toBeLessThanOrEqual(41);
      expect(quoted.endsWith("…"), search).toBe(true);
    }
    expect(withNotice(`actor=${"b".repeat(40)}`).notice).toContain(`“${"b".repeat(40)}”`);
  });
});

describe("serializeExplorerQuery", () => {
  it("leaves out defaults", () => {
    expect(serializeExplorerQuery(DEFAULT_QUERY)).toBe("");
    expect(serializeExplorerQuery({ ...DEFAULT_QUERY, group: "type" })).toBe("group=type");
    expect(serializeExplorerQuery({ ...DEFAULT_QUERY, expected: false })).toBe("expected=hide");
  });

  it("keeps commas readable", () => {
    const types: ExplorerQuery["types"] = ["meeting", "offer"];
    expect(serializeExplorerQuery({ ...DEFAULT_QUERY, types })).toBe("type=meeting,offer");
    expect(serializeExplorerQuery({ ...DEFAULT_QUERY, q: "a,b c" })).toBe("q=a,b+c");
  });

  const queries: [string, ExplorerQuery][] = [
    ["the defaults", DEFAULT_QUERY],
    [
      "text and dates",
      { ...DEFAULT_QUERY, q: "Erdoğan & co, 100%", from: "2016", to: "2017-02-16" },
    ],
    [
      "every facet",
      {
        ...DEFAULT_QUERY,
        types: ["meeting", "offer"],
        actors: ["nato", "jens-stoltenberg"],
        places: ["sirte"],
        publishers: ["xinhua", "nato"],
      },
    ],
    [
      "the view settings",
      {
        ...DEFAULT_QUERY,
        expected: false,
        group: "actor",
        sort: "relevance",
        q: "nato",
        start: "2016-01-01",
        end: "2017-12-31",
        event: SIRTE,
      },
    ],
  ];

  it.each(queries)("round-trips %s", (_, query) => {
    expect(clean(serializeExplorerQuery(query))).toEqual(query);
  });
});

describe("dateBounds", () => {
  it("gives the first and last day of a year, month or day", () => {
    expect(dateBounds("2016")).toEqual({ earliest: "2016-01-01", latest: "2016-12-31" });
    expect(dateBounds("2016-02")).toEqual({ earliest: "2016-02-01", latest: "2016-02-29" });
    expect(dateBounds("2016-04-18")).toEqual({ earliest: "2016-04-18", latest: "2016-04-18" });
  });

  it("refuses anything else, including EDTF forms", () => {
    for (const bad of ["", "banana", "2016~", "2016/2017", "2016-02-30", "2016-00"]) {
      expect(dateBounds(bad), bad).toBeNull();
    }
  });
});

describe("cutting a long search text", () => {
  const vocabulary = {
    actors: new Set<string>(),
    places: new Set<string>(),
    publishers: new Set<string>(),
    tags: new Set<string>(),
    threads: new Set<string>(),
    events: new Set<string>(),
  };
  const parse = (q: string) => parseExplorerQuery(new URLSearchParams({ q }), vocabulary);

  it("never halves an emoji and reads back unchanged", () => {
    const { query } = parse(`${"a".repeat(199)}😀😀`);
    expect(Array.from(query.q)).toHaveLength(200);
    expect(query.q.endsWith("😀")).toBe(true);
    const again = parse(query.q);
    expect(again.query.q).toBe(query.q);
    expect(again.notices).toEqual([]);
  });

  it("trims a cut that ends in a space", () => {
    const { query } = parse(`${"a".repeat(199)} bcd`);
    expect(query.q).toBe("a".repeat(199));
  });
});
