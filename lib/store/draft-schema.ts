import { z } from "zod";
import {
  EVENT_TYPES,
  EventSchema,
  SourceFieldsSchema,
  SourceQuoteSchema,
  checkUrlPage,
} from "./schema";

/**
 * Drafts (data/drafts/<source-id>/) are what `npm run ingest` proposes and a reviewer completes.
 * They are never published: `npm run ingest:accept` turns one into an event.
 */

/** A name the ingest found that is in neither actors.json nor places.json. */
const ProposalSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(["actor", "place"]),
});

/** What the reviewer must look at; dropped on acceptance. */
const DraftReviewSchema = z.strictObject({
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
  sources: z.array(SourceQuoteSchema).min(1, "needs at least one source with a quote"),
  review: DraftReviewSchema,
});

/** A source that no accepted event cites yet: publisher fields may still be empty. */
export const DraftSourceSchema = SourceFieldsSchema.extend({
  publisher: z.string(),
  publisherType: z.string(),
}).superRefine(checkUrlPage);

export type DraftEvent = z.infer<typeof DraftEventSchema>;
export type DraftSource = z.infer<typeof DraftSourceSchema>;
