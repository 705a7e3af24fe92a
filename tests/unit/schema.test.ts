import { describe, expect, it } from "vitest";
import {
  ActorSchema,
  EVENT_TYPES,
  EventSchema,
  PlaceSchema,
  SourceSchema,
} from "@/lib/store/schema";

const validEvent = {
  id: "2017-02-16-libya-requests-nato-assistance",
  title: "Libya requests NATO help",
  summary: "Libya asked NATO for advice on security institutions.",
  date: "2017-02-16",
  dateText: "on Thursday",
  status: "occurred",
  type: "request",
  actors: ["libya-gna", "nato"],
  places: ["brussels"],
  tags: ["security-institution-building"],
  added: "2026-11-23",
  revisions: [],
  sources: [
    {
      source: "dw-2017-02-16-libya-requests-nato-assistance",
      quote: "Libya formally requested the help",
      voice: "reported",
      speaker: { actor: "jens-stoltenberg" },
    },
  ],
};

/** The issues of a failed parse, as "path: message". */
function issues(value: unknown) {
  const result = EventSchema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
}

describe("EventSchema", () => {
  it("parses a valid event, with optional related", () => {
    expect(EventSchema.parse(validEvent)).toEqual(validEvent);
    expect(
      EventSchema.safeParse({ ...validEvent, related: ["2016-islamic-state-controls-sirte"] })
        .success,
    ).toBe(true);
  });

  it("accepts every listed event type", () => {
    for (const type of EVENT_TYPES)
      expect(EventSchema.safeParse({ ...validEvent, type }).success).toBe(true);
  });

  it("fails on a missing field", () => {
    const noTitle: Partial<typeof validEvent> = { ...validEvent };
    delete noTitle.title;
    expect(issues(noTitle)).toEqual(["title: Invalid input: expected string, received undefined"]);
  });

  it("fails on an unknown type", () => {
    expect(issues({ ...validEvent, type: "party" })).toEqual([
      expect.stringMatching(/^type: Invalid option/),
    ]);
  });

  it("fails on an unknown status", () => {
    expect(issues({ ...validEvent, status: "rumoured" })).toEqual([
      expect.stringMatching(/^status: /),
    ]);
  });

  it("fails without sources", () => {
    expect(issues({ ...validEvent, sources: [] })).toEqual([
      "sources: needs at least one source with a quote",
    ]);
  });

  it("fails on a quote too short to check", () => {
    const sources = [{ source: "dw", quote: "  NATO   ", voice: "narration" }];
    expect(issues({ ...validEvent, sources })).toEqual([
      "sources.0.quote: must be a passage of at least 12 characters",
    ]);
  });

  it.each(["Libya_Request", "libya request", "libya--request", "-libya", "Libya"])(
    "fails on non-slug id %j",
    (id) => {
      expect(issues({ ...validEvent, id })).toEqual([
        "id: must be a lower-case slug (letters, digits, hyphens)",
      ]);
    },
  );

  it("fails on non-slug references", () => {
    expect(issues({ ...validEvent, actors: ["NATO"] })).toEqual([
      expect.stringMatching(/^actors\.0: must be a lower-case slug/),
    ]);
  });

  it("fails on an unknown extra field", () => {
    const result = EventSchema.safeParse({ ...validEvent, colour: "red" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", keys: ["colour"] }),
    ]);
  });

  it("requires a speaker on direct and reported quotes, and none on narration", () => {
    const quote = validEvent.sources[0]!;
    const withQuote = (changed: Record<string, unknown>) => ({ ...validEvent, sources: [changed] });
    expect(issues(withQuote({ ...quote, speaker: undefined }))).toEqual([
      'sources.0.speaker: is required for a reported quote: { "actor": "<actor id>" } or { "described": "<the source\'s words>" }',
    ]);
    expect(issues(withQuote({ ...quote, voice: "narration" }))).toEqual([
      "sources.0.speaker: must be absent for narration (the publisher's own words)",
    ]);
    const described = {
      ...quote,
      voice: "direct",
      speaker: { described: "one senior EU official" },
    };
    expect(EventSchema.safeParse(withQuote(described)).success).toBe(true);
    expect(issues(withQuote({ ...quote, speaker: { described: " " } }))).toHaveLength(1);
  });

  it("fails on an unknown field inside a source quote", () => {
    const sources = [{ ...validEvent.sources[0], page: 2 }];
    expect(EventSchema.safeParse({ ...validEvent, sources }).success).toBe(false);
  });
});

describe("SourceSchema, ActorSchema, PlaceSchema", () => {
  const validSource = {
    id: "dw-2017-02-16-libya-requests-nato-assistance",
    title: "Libya requests NATO assistance",
    publisher: "DW",
    publisherType: "public broadcaster",
    via: null,
    published: "2017-02-16",
    url: "https://www.dw.com/en/a-37583825",
    urlPage: "original",
    language: "en",
    credit: null,
    capture: "000_8a38fe1108dbd135.txt",
  };

  it("parses a valid source and rejects bad dates, addresses and capture names", () => {
    expect(SourceSchema.safeParse(validSource).success).toBe(true);
    expect(SourceSchema.safeParse({ ...validSource, url: null, urlPage: undefined }).success).toBe(
      true,
    );
    expect(SourceSchema.safeParse({ ...validSource, published: "16 Feb 2017" }).success).toBe(
      false,
    );
    expect(SourceSchema.safeParse({ ...validSource, url: "ftp://dw.com/x" }).success).toBe(false);
    // A saved page is a capture too; other formats are not.
    expect(SourceSchema.safeParse({ ...validSource, capture: "000.html" }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...validSource, capture: "000.pdf" }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...validSource, capture: "../000.txt" }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...validSource, language: "English" }).success).toBe(false);
  });

  it("defaults actor aliases to an empty list", () => {
    expect(ActorSchema.parse({ id: "nato", name: "NATO", kind: "organization" }).aliases).toEqual(
      [],
    );
  });

  it("checks place coordinates", () => {
    const place = {
      id: "tripoli",
      name: "Tripoli",
      kind: "city",
      within: "Libya",
      lat: 32.9,
      lon: 13.2,
      gazetteer: { geonames: 2210247 },
    };
    expect(PlaceSchema.safeParse(place).success).toBe(true);
    expect(PlaceSchema.safeParse({ ...place, lat: 91 }).success).toBe(false);
    expect(PlaceSchema.safeParse({ ...place, lon: -181 }).success).toBe(false);
    // A city is a point: it needs coordinates and the gazetteer record they come from.
    expect(PlaceSchema.safeParse({ ...place, lat: null }).success).toBe(false);
    expect(PlaceSchema.safeParse({ ...place, gazetteer: { none: "unknown" } }).success).toBe(false);
  });

  it("has a country as an area, without a point", () => {
    const country = {
      id: "libya",
      name: "Libya",
      kind: "country",
      lat: null,
      lon: null,
      gazetteer: { naturalEarth: "Libya" },
    };
    expect(PlaceSchema.safeParse(country).success).toBe(true);
    expect(PlaceSchema.safeParse({ ...country, lat: 26.3, lon: 17.2 }).success).toBe(false);
    expect(PlaceSchema.safeParse({ ...country, kind: "town" }).success).toBe(false);
  });
});
