import { z } from "zod";
import { EVENT_TYPES, EventSchema, SourceQuoteSchema, SourceSchema } from "../schema";

/**
 * Drafts (data/drafts/<source-id>/) are what `npm run ingest` proposes and a reviewer completes.
 * They are never published: `npm run ingest:accept` turns one into an event.
 */

/** Who speaks in a quote: a known actor, or the source's own words for an unnamed speaker. */
export const SpeakerSchema = z.union([
  z.strictObject({ actor: z.string().min(1) }),
  z.strictObject({ described: z.string().trim().min(1) }),
]);

/**
 * direct: the speaker's own words in quotation marks; reported: the publisher paraphrasing a
 * named speaker; narration: the publisher's own words.
 */
export const VOICES = ["direct", "reported", "narration"] as const;

export const DraftQuoteSchema = SourceQuoteSchema.extend({
  voice: z.enum(VOICES),
  speaker: SpeakerSchema.optional(),
}).superRefine((quote, ctx) => {
  if (quote.voice === "narration" && quote.speaker)
    ctx.addIssue({ code: "custom", path: ["speaker"], message: "must be absent for narration" });
  if (quote.voice !== "narration" && !quote.speaker)
    ctx.addIssue({ code: "custom", path: ["speaker"], message: `is required for ${quote.voice}` });
});

/** A name the ingest found that is in neither actors.json nor places.json. */
const ProposalSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(["actor", "place"]),
});

/** What the reviewer must look at; dropped on acceptance. */
export const DraftReviewSchema = z.strictObject({
  /** Names found in the quote that the vocabularies lack: add them, or ignore them. */
  proposed: z.array(ProposalSchema).default([]),
  /** Store events of the same date with an overlapping quote or actors. */
  duplicateOf: z.array(z.string()).default([]),
  notes: z.array(z.string()).default([]),
});

const { id, date, dateText, status, actors, places, tags, related } = EventSchema.shape;

/** An event's fields (`added` is set on acceptance), but title, summary and type may be empty. */
export const DraftEventSchema = z.strictObject({
  id,
  date,
  dateText,
  status,
  actors,
  places,
  tags,
  related,
  title: z.string(),
  summary: z.string(),
  type: z.union([z.enum(EVENT_TYPES), z.literal("")]),
  sources: z.array(DraftQuoteSchema).min(1, "needs at least one source with a quote"),
  review: DraftReviewSchema,
});

/** A source that no accepted event cites yet: publisher fields may still be empty. */
export const DraftSourceSchema = SourceSchema.extend({
  publisher: z.string(),
  publisherType: z.string(),
});

export type Speaker = z.infer<typeof SpeakerSchema>;
export type Voice = (typeof VOICES)[number];
export type DraftQuote = z.infer<typeof DraftQuoteSchema>;
export type DraftEvent = z.infer<typeof DraftEventSchema>;
export type DraftSource = z.infer<typeof DraftSourceSchema>;
