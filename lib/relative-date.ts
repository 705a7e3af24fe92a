import { UTCDate } from "@date-fns/utc";
import { addDays, format, getDay, parse, subYears } from "date-fns";
import type { EventStatus } from "./schema";
import { parseEventDate } from "./event-date";

/**
 * Resolves the words a source uses to date a happening ("on Wednesday", "last December",
 * "two years ago") against the source's publication date, into EDTF that is no more precise
 * than the words allow. Returns null for wording it does not know; the validator then only
 * checks that the words are in the source.
 *
 * Several fragments joined by " … " ("on Wednesday … on Thursday") resolve to the interval
 * from the earliest to the latest of them.
 */
export function resolveDateText(
  dateText: string,
  published: string,
  status: EventStatus,
): string | null {
  const fragments = dateText.split("…").map((part) => part.trim());
  const resolved = fragments.map((part) => resolveFragment(part, published, status));
  if (resolved.some((edtf) => edtf === null)) return null;
  const dates = (resolved as string[]).map((edtf) => parseEventDate(edtf));
  const first = dates.reduce((a, b) => (b.earliest < a.earliest ? b : a));
  const last = dates.reduce((a, b) => (b.latest > a.latest ? b : a));
  return first.edtf === last.edtf ? first.edtf : `${first.edtf}/${last.edtf}`;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const day = (date: Date) => format(date, "yyyy-MM-dd");
const month = (year: number, monthIndex: number) =>
  `${year}-${String(monthIndex + 1).padStart(2, "0")}`;

/** Explicit calendar dates as the seed articles write them: "14 May 2020", "February 2, 2017". */
const EXPLICIT_DAY_FORMATS = ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy"];
const EXPLICIT_DAY = /\b(\d{1,2} [A-Z][a-z]+\.? \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})\b/;

function resolveFragment(text: string, published: string, status: EventStatus): string | null {
  const pub = new UTCDate(`${published}T00:00:00Z`);
  const year = pub.getUTCFullYear();
  const lower = text.toLowerCase();

  const explicit = EXPLICIT_DAY.exec(text)?.[1]?.replace(".", "");
  if (explicit) {
    for (const pattern of EXPLICIT_DAY_FORMATS) {
      const date = parse(explicit, pattern, new UTCDate(0));
      if (!Number.isNaN(date.getTime())) return day(date);
    }
  }

  if (/\btoday\b/.test(lower)) return published;

  const weekday = WEEKDAYS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(lower));
  if (weekday >= 0) {
    // Reported happenings lie on or before the publication day; expected ones after it.
    const offset = (weekday - getDay(pub) + 7) % 7;
    if (status === "expected") return day(addDays(pub, offset === 0 ? 7 : offset));
    return day(addDays(pub, offset === 0 ? 0 : offset - 7));
  }

  if (/\blast year\b/.test(lower)) return String(year - 1);

  const ago = /\b(\d+|[a-z]+) years? ago\b/.exec(lower);
  if (ago?.[1]) {
    const count = NUMBER_WORDS[ago[1]] ?? Number(ago[1]);
    // "n years ago" is a rough count of years, so the result is approximate.
    if (Number.isInteger(count)) return `${subYears(pub, count).getUTCFullYear()}~`;
  }

  const monthName = MONTHS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(lower));
  if (monthName >= 0 && /\blast\b/.test(lower)) {
    // "last December" is the latest December before the month of publication.
    return month(monthName < pub.getUTCMonth() ? year : year - 1, monthName);
  }
  if (monthName >= 0 && /\bthis year\b/.test(lower)) return month(year, monthName);

  const years = lower.match(/\b(1[89]|20)\d{2}\b/g);
  if (years?.length === 1) return years[0] ?? null; // "the 2011 toppling", "since mid-2014"

  return null;
}
