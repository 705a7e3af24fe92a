import type { DatePrecision } from "../../store/event-date";
import type { ExplorerQuery } from "../../explorer/explorer-query";
import type { Facet } from "../../explorer/facets";
import type { SpeakerName } from "../../store/attribution";
import type { EventStatus, EventType, QuoteVoice } from "../../store/schema";

/**
 * The JSON shapes of the read-only API (app/api/, documented in docs/api.md). Every field is
 * always present; "unknown" is `null`, never a missing key.
 */

/** An actor named by an event. */
export interface ApiActor {
  id: string;
  name: string;
}

/** A place named by an event, with its coordinates (WGS 84 degrees). */
export interface ApiPlace {
  id: string;
  name: string;
  kind: "city" | "country" | "region";
  /** A city's point (WGS 84); null for a country or region, which the store has as an area. */
  lat: number | null;
  lon: number | null;
}

/** One citation of an event: a source and the verbatim passage of it that reports the event. */
export interface ApiCitation {
  /** The source's id (see /api/sources/<id>). */
  id: string;
  title: string;
  publisher: string;
  /** Slug of the publisher's name: the value of the `publisher` filter. */
  publisherId: string;
  /** ISO date of publication. */
  published: string;
  /** The article's original address, or null when it is not known. */
  url: string | null;
  /** The passage, verbatim. */
  quote: string;
  /**
   * Whose words the passage carries: "direct" (the speaker's own, in quotation marks), "reported"
   * (the publisher paraphrasing the speaker) or "narration" (the publisher's own words).
   */
  voice: QuoteVoice;
  /**
   * Who speaks, for direct and reported passages (null for narration): an actor's id and name,
   * or, for an unnamed speaker, `actor` null and the source's own words as `name`.
   */
  speaker: SpeakerName | null;
}

export interface ApiEvent {
  id: string;
  /** Absolute address of the event's page (its permalink). */
  url: string;
  title: string;
  summary: string;
  /** The date as EDTF: "2017-02-16", "2015-12", "2016", "2014~", "2017-02-15/2017-02-16". */
  date: string;
  /** The first cited source's own words that fix the date, verbatim ("last December"). */
  dateText: string;
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
  /** "expected": it had not happened when the first source was published. */
  status: EventStatus;
  type: EventType;
  actors: ApiActor[];
  places: ApiPlace[];
  tags: string[];
  /** Ids of related events (the relation is symmetric). */
  related: string[];
  /** One entry per quoted passage, in the order the event cites them; a source may appear twice. */
  sources: ApiCitation[];
  /** ISO date the event entered the store. */
  added: string;
  /** Corrections since, oldest first: date and what changed. */
  revisions: { date: string; change: string }[];
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
export interface ApiSourceSummary {
  id: string;
  title: string;
  publisher: string;
  /** Slug of the publisher's name: the value of the `publisher` filter. */
  publisherId: string;
  /** e.g. "intergovernmental organization", "state-owned news agency", "public broadcaster". */
  publisherType: string;
  /** The republishing site the text was captured from, or null for the publisher's own page. */
  via: string | null;
  /** ISO date of publication. */
  published: string;
  /** The article's address, or null when it is not known (never invented). */
  url: string | null;
  /**
   * Whose page `url` is: "original" (the publisher's own) or "republication" (the page of `via`,
   * where the text was captured); null when `url` is.
   */
  urlPage: "original" | "republication" | null;
  /** ISO 639 language code. */
  language: string;
  /** Wire credits the article gives, or null. */
  credit: string | null;
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
