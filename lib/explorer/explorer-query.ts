import { EVENT_TYPES } from "../store/event-types";
import type { EventType } from "../store/schema";
import { shown } from "../text/shown";
import { FACET_TABLE, type Facet } from "./facets";

/**
 * The explorer's whole state, as it lives in the URL query: the filters, their order and the
 * display settings (grouping, timeline window, selection). One parser serves the server
 * (rendering a shared link before any JavaScript runs) and the client (back/forward, edits).
 *
 *   ?q=sirte&from=2016&to=2017-02&type=meeting,offer&actor=nato&place=tripoli
 *   &publisher=xinhua&tag=nato-offer-of-assistance&expected=hide&group=actor&start=2016-01-01&end=2017-12-31
 *   &thread=nato-offer-of-assistance&event=2016-12-sirte-freed-from-islamic-state&sort=relevance
 *
 * Lists are comma-separated; repeated keys (what a plain HTML form submits) are accepted too.
 */
export interface ExplorerQuery {
  q: string;
  /** Inclusive date range; a year, month or day ("2016", "2016-04", "2016-04-18"). */
  from: string | null;
  to: string | null;
  types: EventType[];
  actors: string[];
  places: string[];
  publishers: string[];
  tags: string[];
  /** Only the steps of this thread (data/threads/). */
  thread: string | null;
  /** Show events that had not happened at publication. */
  expected: boolean;
  group: Grouping;
  sort: SortOrder;
  /** Visible time window of the timeline (ISO days); null = fit all. */
  start: string | null;
  end: string | null;
  /** Selected event id. */
  event: string | null;
}

export const GROUPINGS = ["none", "actor", "type"] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const SORT_ORDERS = ["date", "relevance"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const MAX_QUERY_LENGTH = 200;

/** Notices named per parameter; the rest are counted in one more ("…and 12 more"). */
export const MAX_NOTICES_PER_PARAM = 3;

export const DEFAULT_QUERY: ExplorerQuery = Object.freeze({
  q: "",
  from: null,
  to: null,
  types: [],
  actors: [],
  places: [],
  publishers: [],
  tags: [],
  thread: null,
  expected: true,
  group: "none",
  sort: "date",
  start: null,
  end: null,
  event: null,
}) as ExplorerQuery;

/** The ids a query may refer to; anything else is dropped with a notice. */
export type QueryVocabulary = Record<
  Exclude<Facet, "types"> | "threads" | "events",
  ReadonlySet<string>
>;

const EVENT_TYPE_IDS: ReadonlySet<string> = new Set(EVENT_TYPES);

/** A page's `searchParams` (as Next.js gives them) as URLSearchParams, repeated keys kept. */
export function searchParamsOf(record: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const one of [value ?? []].flat()) params.append(key, one);
  }
  return params;
}

/**
 * Earliest/latest day of a from/to value, or null when it is not a real year, month or day.
 * Plain arithmetic rather than the EDTF parser: this runs in the browser too, and the parser
 * would add tens of kilobytes to the page for three simple forms.
 */
export function dateBounds(value: string): { earliest: string; latest: string } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const [, year = "", month, day] = match;
  const lastDay = (m: number) => new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (month === undefined) return { earliest: `${year}-01-01`, latest: `${year}-12-31` };
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return { earliest: `${value}-01`, latest: `${value}-${lastDay(m)}` };
  const d = Number(day);
  return d >= 1 && d <= lastDay(m) ? { earliest: value, latest: value } : null;
}

const isDay = (value: string) => value.length === 10 && dateBounds(value) !== null;

/** A parameter that was ignored or corrected, and why, in words for people. */
export interface QueryNotice {
  param: string;
  message: string;
}

export function parseExplorerQuery(
  params: URLSearchParams,
  vocabulary: QueryVocabulary,
): { query: ExplorerQuery; notices: QueryNotice[] } {
  const notices: QueryNotice[] = [];
  const notice = (param: string, message: string) => notices.push({ param, message });
  const list = (key: string) =>
    params
      .getAll(key)
      .flatMap((value) => value.split(","))
      .map((value) => value.trim())
      .filter(Boolean);
  const single = (key: string) => params.get(key)?.trim() || null;

  /** A facet's values, each one the vocabulary knows (its parameter names it in the notices). */
  function known(facet: Facet, key: string): string[] {
    const allowed = facet === "types" ? EVENT_TYPE_IDS : vocabulary[facet];
    const values = [...new Set(list(key))];
    const unknown = values.filter((v) => !allowed.has(v));
    for (const value of unknown.slice(0, MAX_NOTICES_PER_PARAM)) {
      notice(key, `Ignored unknown ${key} “${shown(value)}”.`);
    }
    if (unknown.length > MAX_NOTICES_PER_PARAM) {
      notice(key, `…and ${unknown.length - MAX_NOTICES_PER_PARAM} more unknown ${key} values.`);
    }
    return values.filter((value) => allowed.has(value));
  }

  function choice<T extends string>(key: string, options: readonly T[], fallback: T): T {
    const value = single(key);
    if (value === null) return fallback;
    if ((options as readonly string[]).includes(value)) return value as T;
    notice(key, `Ignored ${key}=“${shown(value)}”: use one of ${options.join(", ")}.`);
    return fallback;
  }

  function date(key: "from" | "to"): string | null {
    const value = single(key);
    if (value === null || dateBounds(value)) return value;
    notice(key, `Ignored ${key}=“${shown(value)}”: not a date (use 2016, 2016-04 or 2016-04-18).`);
    return null;
  }

  let q = (params.get("q") ?? "").trim();
  // Counted and cut by code points, so an emoji is never halved; trimmed again so a cut text
  // reads back unchanged.
  const characters = Array.from(q);
  if (characters.length > MAX_QUERY_LENGTH) {
    q = characters.slice(0, MAX_QUERY_LENGTH).join("").trim();
    notice("q", `Search text cut to ${MAX_QUERY_LENGTH} characters.`);
  }

  let from = date("from");
  let to = date("to");
  if (from && to && dateBounds(from)!.earliest > dateBounds(to)!.latest) {
    notice("from", `The date range was reversed (from ${from} to ${to}): swapped it.`);
    [from, to] = [to, from];
  }

  let start = single("start");
  let end = single("end");
  if (start !== null || end !== null) {
    const valid = start && end && isDay(start) && isDay(end);
    if (!valid || start! >= end!) {
      notice("start", "Ignored the timeline window: start and end must be days, start first.");
      start = end = null;
    }
  }

  let event = single("event");
  if (event && !vocabulary.events.has(event)) {
    notice("event", `Ignored unknown event “${shown(event)}”.`);
    event = null;
  }

  let thread = single("thread");
  if (thread && !vocabulary.threads.has(thread)) {
    notice("thread", `Ignored unknown thread “${shown(thread)}”.`);
    thread = null;
  }

  const query: ExplorerQuery = {
    q,
    from,
    to,
    ...(Object.fromEntries(
      FACET_TABLE.map(({ facet, param }) => [facet, known(facet, param)]),
    ) as Pick<ExplorerQuery, Facet>),
    thread,
    expected: choice("expected", ["show", "hide"], "show") === "show",
    group: choice("group", GROUPINGS, "none"),
    sort: choice("sort", SORT_ORDERS, "date"),
    start,
    end,
    event,
  };
  return { query, notices };
}

/** The canonical query string of a query (defaults left out), without the leading "?". */
export function serializeExplorerQuery(query: ExplorerQuery): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null | false) => {
    if (value) params.set(key, value);
  };
  set("q", query.q);
  set("from", query.from);
  set("to", query.to);
  for (const { facet, param } of FACET_TABLE) set(param, query[facet].join(","));
  set("thread", query.thread);
  set("expected", !query.expected && "hide");
  set("group", query.group !== "none" && query.group);
  set("sort", query.sort !== "date" && query.sort);
  set("start", query.start);
  set("end", query.end);
  set("event", query.event);
  // Commas are safe in a query and keep shared links readable.
  return params.toString().replace(/%2C/g, ",");
}
