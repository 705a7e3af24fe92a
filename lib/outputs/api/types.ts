import type { DatePrecision } from "../../store/event-date";
import type { ExplorerQuery } from "../../explorer/explorer-query";
import type { Facet } from "../../explorer/facets";
import type { SpeakerName } from "../../store/attribution";
import type { EventRecord, Named, Place, Source, SourceQuote } from "../../store/schema";

/**
 * The JSON shapes of the read-only API (app/api/) and the downloads (/download/events.json,
 * /download/store.json), documented in docs/api.md. Every field is always present; "unknown" is
 * `null`, never a missing key. Fields the store's records have take the schema's types.
 */

/** An actor named by an event. */
export type ApiActor = Named;

/** A place named by an event, with its coordinates (WGS 84 degrees). */
export interface ApiPlace extends Pick<Place, "id" | "name" | "kind"> {
  /** A city's point (WGS 84); null for a country or region, which the store has as an area. */
  lat: number | null;
  lon: number | null;
}

/** What every answer naming a source says of it. */
export interface ApiSourceRef extends Pick<
  Source,
  "id" | "title" | "publisher" | "published" | "url"
> {
  /** Slug of the publisher's name: the value of the `publisher` filter. */
  publisherId: string;
}

/** One citation of an event: a source and the verbatim passage of it that reports the event. */
export interface ApiCitation extends ApiSourceRef, Pick<SourceQuote, "quote" | "voice"> {
  /**
   * Who speaks, for direct and reported passages (null for narration): an actor's id and name,
   * or, for an unnamed speaker, `actor` null and the source's own words as `name`.
   */
  speaker: SpeakerName | null;
}

/** An event: the record's own fields, every id resolved to its name, every date field spelled out. */
export interface ApiEvent extends Pick<
  EventRecord,
  | "id"
  | "title"
  | "summary"
  | "date"
  | "dateText"
  | "status"
  | "type"
  | "tags"
  | "added"
  | "revisions"
> {
  /** Absolute address of the event's page (its permalink). */
  url: string;
  /** Where the dating words are, when none of the event's quotes holds them; else null. */
  dateTextElsewhere: string | null;
  /** The date for people: "16 Feb 2017", "Dec 2015", "c. 2014", "15–16 Feb 2017". */
  dateLabel: string;
  /** How precisely the date is known; for an interval, its coarser end's precision. */
  precision: DatePrecision;
  /** EDTF "~": the date is approximate. */
  approximate: boolean;
  /** EDTF "?": the date is uncertain. */
  uncertain: boolean;
  /** First and last ISO day the date may denote. */
  earliest: string;
  latest: string;
  actors: ApiActor[];
  places: ApiPlace[];
  /** Ids of related events (the relation is symmetric). */
  related: string[];
  /** One entry per quoted passage, in the order the event cites them; a source may appear twice. */
  sources: ApiCitation[];
}

/**
 * The filters a list was made with, after parsing (defaults filled in): the page's query without
 * its display settings. `expected` is false when `expected=hide` left out the events that had not
 * happened at publication.
 */
export type ApiFilters = Pick<
  ExplorerQuery,
  "q" | "from" | "to" | Facet | "thread" | "expected" | "sort"
>;

/** GET /api/events */
export interface ApiEventList {
  /** Events in the store. */
  total: number;
  /** Events in this answer (those matching the filters). */
  count: number;
  filters: ApiFilters;
  events: ApiEvent[];
}

/** A source as listed by GET /api/sources. */
export interface ApiSourceSummary
  extends ApiSourceRef, Pick<Source, "publisherType" | "via" | "language" | "credit"> {
  /**
   * Whose page `url` is: "original" (the publisher's own) or "republication" (the page of `via`,
   * where the text was captured); null when `url` is.
   */
  urlPage: NonNullable<Source["urlPage"]> | null;
  /** What is known about the capture and the address, or null. */
  note: string | null;
  /** Absolute address of the source's page on this site. */
  pageUrl: string;
  /** Number of events citing it, and their ids, oldest first. */
  eventCount: number;
  events: string[];
}

/** GET /api/sources/<id>: a source with its text. */
export interface ApiSource extends ApiSourceSummary {
  /** The article's text: the capture with page chrome removed (paragraphs separated by blank lines). */
  text: string;
}

/** GET /api/sources */
export interface ApiSourceList {
  count: number;
  sources: ApiSourceSummary[];
}

/** One step of a thread: an event, and what the thread says of its place in the story. */
export interface ApiThreadStep {
  /** The event's id (see /api/events/<id>). */
  event: string;
  title: string;
  dateLabel: string;
  /** Absolute address of this step's page in the story. */
  url: string;
  /** The thread's note on the step, or null. */
  note: string | null;
}

/** GET /api/threads/<id>: a line of the story through events, oldest first. */
export interface ApiThread {
  id: string;
  /** Absolute address of the story's page. */
  url: string;
  title: string;
  summary: string;
  steps: ApiThreadStep[];
}

/** GET /api/threads */
export interface ApiThreadList {
  count: number;
  threads: ApiThread[];
}

/** Every error answer (404, 405, …). */
export interface ApiError {
  error: string;
}

/** 404 for an unknown id: the known ids nearest to the one asked for. */
export interface ApiNotFound extends ApiError {
  suggestions: string[];
}

/** One query parameter that was refused, and why. */
export interface ApiParameterProblem {
  name: string;
  message: string;
}

/** 400: the query parameters that were refused. */
export interface ApiBadRequest extends ApiError {
  parameters: ApiParameterProblem[];
}
