import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventDateError, parseEventDate } from "@/lib/store/event-date";
import {
  dateBounds,
  parseExplorerQuery,
  serializeExplorerQuery,
  type QueryVocabulary,
} from "@/lib/explorer/explorer-query";
import { resolveDateText } from "@/lib/store/relative-date";

const vocabulary: QueryVocabulary = {
  actors: new Set(["nato", "libya-gna"]),
  places: new Set(["tripoli"]),
  publishers: new Set(["xinhua"]),
  tags: new Set(["arms-embargo"]),
  threads: new Set(["nato-offer-of-assistance"]),
  events: new Set(["2017-02-16-libya-requests-nato-assistance"]),
};
const KEYS = ["q", "from", "to", "type", "actor", "place", "publisher", "tag", "expected", "group"];
const KEYS_MORE = [...KEYS, "sort", "start", "end", "event", "junk"];
const parse = (params: URLSearchParams) => parseExplorerQuery(params, vocabulary);

/** Query strings made of known keys with arbitrary values, and a few plausible ones. */
const queryStrings = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KEYS_MORE),
      fc.oneof(
        fc.string(),
        fc.constantFrom("meeting", "offer,banana", "nato", "2016", "2016-02-30", "hide", "actor"),
      ),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => new URLSearchParams(pairs));

describe("URL-state parser properties", () => {
  it("never throws, whatever the parameters", () => {
    fc.assert(fc.property(queryStrings, (params) => void parse(params)));
  });

  it("parse ∘ serialize ∘ parse = parse, and a serialized query raises no notice", () => {
    fc.assert(
      fc.property(queryStrings, (params) => {
        const { query } = parse(params);
        const again = parse(new URLSearchParams(serializeExplorerQuery(query)));
        expect(again.query).toEqual(query);
        expect(again.notices).toEqual([]);
      }),
    );
  });

  it("keeps the date range ordered", () => {
    fc.assert(
      fc.property(queryStrings, (params) => {
        const { query } = parse(params);
        if (query.from && query.to) {
          expect(dateBounds(query.from)!.earliest <= dateBounds(query.to)!.latest).toBe(true);
        }
        if (query.start && query.end) expect(query.start < query.end).toBe(true);
      }),
    );
  });
});

const isoDay = fc
  .date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe("date helper properties", () => {
  it("parseEventDate either parses or throws EventDateError, for any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseEventDate(text);
        } catch (error) {
          expect(error).toBeInstanceOf(EventDateError);
        }
      }),
    );
  });

  it("a day, month or year spans earliest ≤ latest and contains itself", () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom(4, 7, 10), (day, length) => {
        const text = day.slice(0, length);
        const date = parseEventDate(text);
        expect(date.earliest <= date.latest).toBe(true);
        expect(date.earliest.startsWith(text)).toBe(true);
        expect(dateBounds(text)).toEqual({ earliest: date.earliest, latest: date.latest });
      }),
    );
  });

  it("an interval of two ordered days keeps its ends in order", () => {
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        fc.pre(a !== b);
        const [start, end] = a < b ? [a, b] : [b, a];
        const date = parseEventDate(`${start}/${end}`);
        expect([date.earliest, date.latest]).toEqual([start, end]);
        expect(() => parseEventDate(`${end}/${start}`)).toThrow(EventDateError);
      }),
    );
  });

  it("relative wording resolves to a valid date no later than publication for what occurred", () => {
    const wording = fc.constantFrom(
      "on Monday",
      "on Sunday",
      "today",
      "last year",
      "two years ago",
      "last December",
      "in January this year",
    );
    fc.assert(
      fc.property(wording, isoDay, (text, published) => {
        const edtf = resolveDateText(text, published, "occurred");
        expect(edtf).not.toBeNull();
        expect(parseEventDate(edtf!).earliest <= published).toBe(true);
      }),
    );
  });
});
