import { z } from "zod";
import { EVENT_STATUSES, EVENT_TYPES } from "./event-types";

export { EVENT_STATUSES, EVENT_TYPES };

/** Ids are readable, stable slugs: lower-case words joined by hyphens. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug (letters, digits, hyphens)");

const isoDay = z.iso.date({ message: "must be an ISO date (YYYY-MM-DD)" });

/** A source's fields, before the checks across them (SourceSchema); drafts extend these. */
export const SourceFieldsSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  publisherType: z.string().min(1),
  /** The republishing site the capture comes from, or null when it is the publisher's own page. */
  via: z.string().min(1).nullable(),
  published: isoDay,
  /** The original address, or null where it is unknown. Never invented. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /**
   * Whose page `url` is: the publisher's own ("original") or the republisher's named in `via`
   * ("republication"). Required with a url, absent without one (checkUrlPage).
   */
  urlPage: z.enum(["original", "republication"]).optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code"),
  credit: z.string().min(1).nullable(),
  /** File name of the raw capture in data/captures/: plain text, or a saved HTML page. */
  capture: z
    .string()
    .regex(/^[\w.-]+\.(txt|html?)$/, "must be a .txt or .html file name in data/captures/"),
  note: z.string().min(1).optional(),
});

/** `urlPage` goes with `url`, and a republication needs its republisher (`via`). */
export function checkUrlPage(
  source: Pick<z.infer<typeof SourceFieldsSchema>, "url" | "urlPage" | "via">,
  ctx: z.RefinementCtx,
) {
  const path = ["urlPage"];
  if (source.url && !source.urlPage)
    ctx.addIssue({
      code: "custom",
      path,
      message: 'is required with a url: "original" or "republication"',
    });
  else if (!source.url && source.urlPage)
    ctx.addIssue({ code: "custom", path, message: "must be absent when url is null" });
  else if (source.urlPage === "republication" && !source.via)
    ctx.addIssue({
      code: "custom",
      path,
      message: 'is "republication", but via names no republisher',
    });
}

export const SourceSchema = SourceFieldsSchema.superRefine(checkUrlPage);

/** How a quote carries its words: see data/README.md ("Who speaks"). */
const QUOTE_VOICES = ["direct", "reported", "narration"] as const;

/** Who speaks in a direct or reported quote: a known actor, or an unnamed one in the source's words. */
const SpeakerSchema = z.union(
  [
    z.strictObject({ actor: slug }),
    z.strictObject({ described: z.string().trim().min(1, "must give the source's own words") }),
  ],
  {
    error: `must be { "actor": "<actor id>" } or { "described": "<the source's words for the speaker>" }`,
  },
);

export const SourceQuoteSchema = z
  .strictObject({
    source: slug,
    /** A verbatim passage of the source's text (data/sources/<source>.txt). */
    quote: z.string().trim().min(12, "must be a passage of at least 12 characters"),
    /** direct: the speaker's own words; reported: the publisher paraphrasing them; narration: the publisher's own. */
    voice: z.enum(QUOTE_VOICES, {
      error: (issue) =>
        issue.input === undefined
          ? "is required: direct, reported or narration"
          : "must be direct, reported or narration",
    }),
    /** Required for direct and reported quotes, absent for narration. */
    speaker: SpeakerSchema.optional(),
  })
  .superRefine((quote, ctx) => {
    if (quote.voice === "narration" && quote.speaker)
      ctx.addIssue({
        code: "custom",
        path: ["speaker"],
        message: "must be absent for narration (the publisher's own words)",
      });
    else if (quote.voice !== "narration" && !quote.speaker)
      ctx.addIssue({
        code: "custom",
        path: ["speaker"],
        message: `is required for a ${quote.voice} quote: { "actor": "<actor id>" } or { "described": "<the source's words>" }`,
      });
  });

/** A correction to an event after it entered the store: when, and what changed. */
const RevisionSchema = z.strictObject({
  date: isoDay,
  change: z.string().trim().min(1, "must say what changed"),
});

export const EventSchema = z
  .strictObject({
    id: slug,
    title: z.string().min(1),
    summary: z.string().min(1),
    /** EDTF: 2017-02-16, 2015-12, 2016, 2014~, 2011-03/2011-10 (checked by the validator). */
    date: z.string().min(4),
    /** The words of the first cited source that fix the date; fragments may be joined by " … ". */
    dateText: z.string().min(1),
    /**
     * Why the dating words are in none of the event's quotes, and where they are (checked: only
     * allowed when some part of `dateText` is unquoted).
     */
    dateTextElsewhere: z.string().trim().min(1).optional(),
    status: z.enum(EVENT_STATUSES),
    type: z.enum(EVENT_TYPES),
    actors: z.array(slug),
    places: z.array(slug),
    tags: z.array(slug),
    sources: z.array(SourceQuoteSchema).min(1, "needs at least one source with a quote"),
    related: z.array(slug).optional(),
    /** When the event entered the store (not when it happened). */
    added: isoDay,
    /**
     * Corrections since, oldest first, none dated before `added` (checked below).
     * Feeds use the last one as the entry's update date.
     */
    revisions: z.array(RevisionSchema).default([]),
  })
  .superRefine((event, ctx) => {
    // Plain messages: the validator prints them as `revisions[1].date: is before added (…)`.
    event.revisions.forEach((revision, i) => {
      const previous = event.revisions[i - 1];
      const path = ["revisions", i, "date"];
      if (revision.date < event.added)
        ctx.addIssue({ code: "custom", path, message: `is before added (${event.added})` });
      else if (previous && revision.date < previous.date)
        ctx.addIssue({
          code: "custom",
          path,
          message: `is before the revision above it (${previous.date}); list revisions oldest first`,
        });
    });
  });

const ActorTitleSchema = z.strictObject({
  title: z.string().trim().min(1),
  sources: z.array(slug).min(1, "must name the sources in which the title refers to this actor"),
});

export const ActorSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.string().min(1),
  /** Other names of this one actor, wherever they occur in the store (Gadhafi, Qadhafi). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Titles ("NATO Secretary General") name an office, not a person: each refers to this actor
   * only in the sources listed with it.
   */
  titles: z.array(ActorTitleSchema).default([]),
});

/** A country's name as the base map (Natural Earth, via world-atlas) spells it: "Libya". */
const naturalEarthCountry = z.string().min(1);
const placeBase = { id: slug, name: z.string().min(1) };

/**
 * A place is as precise as its sources: a city is a point, with the coordinates of its GeoNames
 * record; a country is the base map's area, never a point; a region has no coordinates unless a
 * gazetteer gives them, and is then listed but not drawn.
 */
export const PlaceSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    ...placeBase,
    kind: z.literal("city"),
    /** The country whose shape on the base map the point must be in. */
    within: naturalEarthCountry,
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** Where the coordinates come from: the GeoNames id, checked by npm run validate. */
    gazetteer: z.strictObject({ geonames: z.number().int().positive() }),
  }),
  z.strictObject({
    ...placeBase,
    kind: z.literal("country"),
    lat: z.null(),
    lon: z.null(),
    /** The base map's area for it. */
    gazetteer: z.strictObject({ naturalEarth: naturalEarthCountry }),
  }),
  z.strictObject({
    ...placeBase,
    kind: z.literal("region"),
    within: naturalEarthCountry,
    lat: z.null(),
    lon: z.null(),
    /** Why no gazetteer gives it coordinates or an outline. */
    gazetteer: z.strictObject({ none: z.string().min(1) }),
  }),
]);

/** One step of a thread: an event, with an optional note on its place in the story. */
const ThreadStepSchema = z.strictObject({
  event: slug,
  /** In the store's voice, like a summary; words in quotation marks must be in the event's quotes. */
  note: z.string().trim().min(1).optional(),
});

/** A line of the story told through events in order (data/threads/<id>.json). */
export const ThreadSchema = z.strictObject({
  id: slug,
  title: z.string().trim().min(1),
  /** In the store's voice; words in quotation marks must be in the quotes of its steps' events. */
  summary: z.string().trim().min(1),
  /** Oldest first (checked by the validator); an event appears once. */
  steps: z.array(ThreadStepSchema).min(2, "needs at least two steps: a thread links events"),
});

export const ActorListSchema = z.array(ActorSchema);

export type Source = z.infer<typeof SourceSchema>;
export type SourceQuote = z.infer<typeof SourceQuoteSchema>;
export type QuoteVoice = SourceQuote["voice"];
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Revision = z.infer<typeof RevisionSchema>;
export type EventRecord = z.infer<typeof EventSchema>;
export type EventType = EventRecord["type"];
export type EventStatus = EventRecord["status"];
export type Actor = z.infer<typeof ActorSchema>;
/** Anything named by an id: an actor, a place, a lane. */
export type Named = Pick<Actor, "id" | "name">;
export type Place = z.infer<typeof PlaceSchema>;
export type ThreadRecord = z.infer<typeof ThreadSchema>;
