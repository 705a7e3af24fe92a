import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import edtf, { Date as EdtfDate, Interval as EdtfInterval } from "edtf";
import { dayStart, toIsoDay } from "./iso-day";

export type DatePrecision = "day" | "month" | "year";

/** One bound of an event date: a calendar day, month or year, possibly approximate or uncertain. */
export interface DatePoint {
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  /** First and last day covered, as ISO dates (UTC). */
  earliest: string;
  latest: string;
}

/** An event's date, parsed from EDTF, with what the timeline and the list need. */
export interface EventDate extends DatePoint {
  edtf: string;
  /** Present when the date is an interval (`2011-03/2011-10`). */
  interval: { start: DatePoint; end: DatePoint } | null;
  /** Human label in UTC: "16 Feb 2017", "Dec 2015", "c. 2014", "15–16 Feb 2017". */
  label: string;
}

export class EventDateError extends Error {}

type ParsedEdtf = ReturnType<typeof edtf>;

const PRECISIONS: Record<number, DatePrecision> = { 1: "year", 2: "month", 3: "day" };
const RANK: Record<DatePrecision, number> = { year: 1, month: 2, day: 3 };

/** `written` is the part of `text` that this date was parsed from. */
function toPoint(date: ParsedEdtf, text: string, written: string): DatePoint {
  const precision = date instanceof EdtfDate ? PRECISIONS[date.precision ?? 0] : undefined;
  if (!precision || date.unspecified?.value) {
    throw new EventDateError(
      `"${text}" uses an EDTF form the store does not support (use a day, month or year, optionally with ~ or ?, or an interval of those)`,
    );
  }
  const earliest = toIsoDay(new Date(date.min));
  // edtf rolls impossible days over ("2017-02-29" → 1 Mar); the written date must be the one read.
  const plain = written.replace(/[~?%]/g, "");
  if (plain !== earliest.slice(0, plain.length)) {
    throw new EventDateError(`"${text}" is not a valid EDTF date`);
  }
  return {
    precision,
    approximate: Boolean(date.approximate?.value),
    uncertain: Boolean(date.uncertain?.value),
    earliest,
    latest: toIsoDay(new Date(date.max)),
  };
}

function pointLabel(point: DatePoint, parts: { day: boolean; month: boolean; year: boolean }) {
  const date = new UTCDate(dayStart(point.earliest));
  const pattern = [parts.day && "d", parts.month && "MMM", parts.year && "yyyy"]
    .filter(Boolean)
    .join(" ");
  const text = format(date, pattern);
  return `${point.approximate ? "c. " : ""}${text}${point.uncertain ? "?" : ""}`;
}

const fullLabel = (p: DatePoint) =>
  pointLabel(p, { day: p.precision === "day", month: p.precision !== "year", year: true });

/** "15–16 Feb 2017", "Mar–Oct 2011", else "c. 2016 – Dec 2016". */
function intervalLabel(start: DatePoint, end: DatePoint) {
  const plain = (p: DatePoint) => !p.approximate && !p.uncertain;
  const sameYear = start.earliest.slice(0, 4) === end.earliest.slice(0, 4);
  const sameMonth = start.earliest.slice(0, 7) === end.earliest.slice(0, 7);
  if (plain(start) && plain(end) && start.precision === end.precision && sameYear) {
    if (start.precision === "day" && sameMonth) {
      return `${pointLabel(start, { day: true, month: false, year: false })}–${fullLabel(end)}`;
    }
    if (start.precision !== "year") {
      const showDay = start.precision === "day";
      return `${pointLabel(start, { day: showDay, month: true, year: false })}–${fullLabel(end)}`;
    }
  }
  return `${fullLabel(start)} – ${fullLabel(end)}`;
}

/** Parses an EDTF string into an EventDate, or throws EventDateError with a plain message. */
export function parseEventDate(text: string): EventDate {
  let parsed: ParsedEdtf;
  try {
    parsed = edtf(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "";
    if (reason?.startsWith("invalid upper bound")) {
      throw new EventDateError(`"${text}" is an interval that does not end after it starts`);
    }
    throw new EventDateError(`"${text}" is not a valid EDTF date`);
  }
  if (!(parsed instanceof EdtfInterval)) {
    const point = toPoint(parsed, text, text);
    return { ...point, edtf: text, interval: null, label: fullLabel(point) };
  }
  if (!parsed.lower || !parsed.upper) {
    throw new EventDateError(`"${text}" is an open interval; both ends must be known`);
  }
  const [writtenStart = "", writtenEnd = ""] = text.split("/");
  const start = toPoint(parsed.lower, text, writtenStart);
  const end = toPoint(parsed.upper, text, writtenEnd);
  const sameSpan = start.earliest === end.earliest && start.latest === end.latest;
  if (sameSpan || end.earliest < start.earliest || end.latest < start.latest) {
    throw new EventDateError(`"${text}" is an interval that does not end after it starts`);
  }
  return {
    // An interval is as precise as its coarser end.
    precision: RANK[start.precision] <= RANK[end.precision] ? start.precision : end.precision,
    approximate: start.approximate || end.approximate,
    uncertain: start.uncertain || end.uncertain,
    earliest: start.earliest,
    latest: end.latest,
    edtf: text,
    interval: { start, end },
    label: intervalLabel(start, end),
  };
}
