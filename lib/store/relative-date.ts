import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, addWeeks, format, getDay, startOfISOWeek, subMonths } from "date-fns";
import * as chrono from "chrono-node";
import type { EventStatus } from "./schema";
import { parseEventDate } from "./event-date";
import { dayStart } from "./iso-day";

/**
 * The store's precision rules: how the words a source uses to date a happening ("on
 * Wednesday", "last December", "two years ago", "14 May 2020") become EDTF that is no more
 * precise than the words allow. The validator checks events with `resolveDateText`; the ingest
 * finds expressions with `findDateExpressions` and dates them with the same rules.
 */

/**
 * Resolves a source's dating words against the day they are relative to (the publication date,
 * or the article's dateline; see `referenceDay`). Returns null for wording it does not know; the
 * validator then only checks that the words are in the source.
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
  if (resolved.length === 1) return resolved[0]!;
  const dates = (resolved as string[]).map((edtf) => parseEventDate(edtf));
  const first = dates.reduce((a, b) => (b.earliest < a.earliest ? b : a));
  const last = dates.reduce((a, b) => (b.latest > a.latest ? b : a));
  if (first.edtf === last.edtf) return first.edtf;
  return `${first.edtf.split("/")[0]}/${last.edtf.split("/").at(-1)}`;
}

/** A dating expression in a sentence, as `findDateExpressions` finds it. */
interface DateExpression {
  /** The words, verbatim. */
  text: string;
  /** Offset in the sentence. */
  index: number;
  kind: DateKind;
  /** The words themselves put the happening before or after publication ("ago", "coming"). */
  tense: "past" | "future" | null;
}

type DateKind =
  "calendar date" | "day" | "weekday" | "week" | "weeks" | "month" | "months" | "year" | "years";

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
  a: 1,
  an: 1,
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
const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

const day = (date: Date) => format(date, "yyyy-MM-dd");
const monthOf = (date: Date) => format(date, "yyyy-MM");
const month = (year: number, monthIndex: number) =>
  `${year}-${String(monthIndex + 1).padStart(2, "0")}`;
const span = (from: string, to: string) => (from === to ? from : `${from}/${to}`);
const week = (date: Date) => span(day(startOfISOWeek(date)), day(addDays(startOfISOWeek(date), 6)));

interface Context {
  pub: Date;
  published: string;
  /** Expected happenings lie after the reference day; reported ones on or before it. */
  future: boolean;
}

interface Rule {
  kind: DateKind;
  /** Matched case-insensitively in a dateText; `find` is the stricter form the ingest searches. */
  pattern: RegExp;
  find?: RegExp;
  tense?: "past" | "future";
  resolve: (match: RegExpExecArray, context: Context) => string | null;
}

const NUMBER = String.raw`(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)`;
const VAGUE = String.raw`(?:a few|some|several)`;
const MONTH_NAME = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const WEEKDAY_NAME = String.raw`(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;
const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
const YEAR = String.raw`(?:1[89]|20)\d{2}`;
/** Words that end a noun phrase after a year ("the 2011 toppling of …"). */
const PHRASE_END = String.raw`(?:of|in|on|at|to|that|which|who|and|or|when|as|for|with|by|is|was|were|are|has|had|have)\b`;

const monthIndex = (name: string) =>
  MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3)));

/**
 * The latest such month on or before the reference month (`strict`: before it), or for expected
 * happenings the earliest one after it.
 */
function nearestMonth(index: number, { pub, future }: Context, strict: boolean) {
  const year = pub.getUTCFullYear();
  const current = pub.getUTCMonth();
  if (future) return month(index > current ? year : year + 1, index);
  return month(index < current || (!strict && index === current) ? year : year - 1, index);
}

/** Ordered: the first rule whose pattern matches a dateText resolves it. */
const RULES: Rule[] = [
  {
    // A month and its year without a day ("in March 2016", "mid-Oct. 2011"): the month.
    kind: "month",
    pattern: new RegExp(String.raw`\b(${MONTH_WORD})\.?,? (?:of )?(${YEAR})\b`, "i"),
    find: new RegExp(String.raw`\b(${MONTH_WORD})\.?,? (?:of )?(${YEAR})\b`),
    resolve: (m) => month(Number(m[2]), monthIndex(m[1]!)),
  },
  {
    kind: "day",
    pattern: /\b(today|tonight|this (?:morning|afternoon|evening))\b/i,
    resolve: (_, { published }) => published,
  },
  {
    kind: "day",
    pattern: /\b(yesterday|last night)\b/i,
    tense: "past",
    resolve: (_, { pub }) => day(addDays(pub, -1)),
  },
  {
    kind: "day",
    pattern: /\btomorrow\b/i,
    tense: "future",
    resolve: (_, { pub }) => day(addDays(pub, 1)),
  },
  {
    kind: "day",
    pattern: new RegExp(String.raw`\b${NUMBER} days? ago\b`, "i"),
    tense: "past",
    resolve: (m, { pub }) => day(addDays(pub, -count(m[1]!))),
  },
  {
    // A few days: two to a week.
    kind: "week",
    pattern: new RegExp(String.raw`\b${VAGUE} days ago\b`, "i"),
    tense: "past",
    resolve: (_, { pub }) => span(day(addDays(pub, -7)), day(addDays(pub, -2))),
  },
  {
    kind: "week",
    pattern: /\b(?:in )?the (?:coming|next few) days\b/i,
    tense: "future",
    resolve: (_, { pub }) => span(day(addDays(pub, 1)), day(addDays(pub, 7))),
  },
  {
    // A weekend is its Saturday and Sunday: the last one, or for what is expected the next.
    kind: "week",
    pattern: /\b(last|this|next) weekend\b/i,
    resolve: (m, { pub, future }) => {
      const which = m[1]!.toLowerCase();
      const sinceSaturday = (getDay(pub) + 1) % 7;
      let saturday = addDays(pub, -sinceSaturday); // the latest Saturday on or before publication
      // Published during a weekend, "last weekend" is the one before.
      if (which === "last" && sinceSaturday <= 1) saturday = addDays(saturday, -7);
      if (which === "next" || (which === "this" && future && sinceSaturday > 1))
        saturday = addDays(saturday, 7);
      return span(day(saturday), day(addDays(saturday, 1)));
    },
  },
  {
    kind: "weeks",
    pattern: /\b(?:in |over )?(?:recent|the past few|the last few) weeks\b/i,
    tense: "past",
    resolve: (_, { pub }) => span(monthOf(addWeeks(pub, -8)), monthOf(pub)),
  },
  {
    kind: "months",
    pattern: /\b(?:in |over )?(?:recent|the past few|the last few) months\b/i,
    tense: "past",
    resolve: (_, { pub }) => span(monthOf(subMonths(pub, 6)), monthOf(pub)),
  },
  {
    // Weeks are Monday to Sunday (ISO 8601).
    kind: "week",
    pattern: /\blast week\b/i,
    tense: "past",
    resolve: (_, { pub }) => week(addWeeks(pub, -1)),
  },
  {
    kind: "week",
    pattern: /\bnext week\b/i,
    tense: "future",
    resolve: (_, { pub }) => week(addWeeks(pub, 1)),
  },
  {
    kind: "week",
    pattern: /\b(earlier |later )?this week\b/i,
    resolve: (m, { pub, published }) => {
      const [monday, sunday] = week(pub).split("/") as [string, string];
      if (m[1]?.trim() === "earlier") return span(monday, published);
      if (m[1]?.trim() === "later") return span(published, sunday);
      return span(monday, sunday);
    },
  },
  {
    kind: "week",
    pattern: new RegExp(String.raw`\b${NUMBER} weeks? ago\b`, "i"),
    tense: "past",
    resolve: (m, { pub }) => week(addWeeks(pub, -count(m[1]!))),
  },
  {
    // Some weeks: from about two months to a week before; only the months are known.
    kind: "weeks",
    pattern: new RegExp(String.raw`\b${VAGUE} weeks ago\b`, "i"),
    tense: "past",
    resolve: (_, { pub }) => span(monthOf(addWeeks(pub, -8)), monthOf(addWeeks(pub, -1))),
  },
  {
    kind: "weeks",
    pattern: /\b(?:in |over )?the (?:coming|next few) weeks\b/i,
    tense: "future",
    resolve: (_, { pub }) => span(monthOf(pub), monthOf(addWeeks(pub, 8))),
  },
  {
    kind: "months",
    pattern: /\b(?:in |over )?the (?:coming|next few) months\b/i,
    tense: "future",
    resolve: (_, { pub }) => span(monthOf(pub), monthOf(addMonths(pub, 6))),
  },
  {
    kind: "month",
    pattern: /\b(?:earlier |later )?this month\b/i,
    resolve: (_, { pub }) => monthOf(pub),
  },
  {
    kind: "month",
    pattern: /\blast month\b/i,
    tense: "past",
    resolve: (_, { pub }) => monthOf(subMonths(pub, 1)),
  },
  {
    kind: "month",
    pattern: /\bnext month\b/i,
    tense: "future",
    resolve: (_, { pub }) => monthOf(addMonths(pub, 1)),
  },
  {
    // "n months ago" is a rough count, so the month is approximate.
    kind: "month",
    pattern: new RegExp(String.raw`\b${NUMBER} months? ago\b`, "i"),
    tense: "past",
    resolve: (m, { pub }) => `${monthOf(subMonths(pub, count(m[1]!)))}~`,
  },
  {
    kind: "month",
    pattern: new RegExp(String.raw`\b(?:in )?${MONTH_NAME} (?:of )?this year\b`, "i"),
    resolve: (m, { pub }) => month(pub.getUTCFullYear(), monthIndex(m[1]!)),
  },
  {
    // "last December" is the latest December before the month of publication.
    kind: "month",
    pattern: new RegExp(String.raw`\blast ${MONTH_NAME}\b`, "i"),
    find: new RegExp(String.raw`\blast ${MONTH_NAME}\b`),
    tense: "past",
    resolve: (m, context) => nearestMonth(monthIndex(m[1]!), { ...context, future: false }, true),
  },
  {
    kind: "month",
    pattern: new RegExp(String.raw`\bnext ${MONTH_NAME}\b`, "i"),
    find: new RegExp(String.raw`\bnext ${MONTH_NAME}\b`),
    tense: "future",
    resolve: (m, context) => nearestMonth(monthIndex(m[1]!), { ...context, future: true }, true),
  },
  {
    // Reported happenings lie on or before the reference day; expected ones after it.
    kind: "weekday",
    pattern: new RegExp(
      String.raw`\b(?:(?:on|last|this|next|a|an|by|until|from|since) )?${WEEKDAY_NAME}\b`,
      "i",
    ),
    find: new RegExp(
      String.raw`\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Aa]|[Aa]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince) )?${WEEKDAY_NAME}\b`,
    ),
    resolve: (m, { pub, future }) => {
      const offset = (WEEKDAYS.indexOf(m[1]!.toLowerCase()) - getDay(pub) + 7) % 7;
      if (future) return day(addDays(pub, offset === 0 ? 7 : offset));
      return day(addDays(pub, offset === 0 ? 0 : offset - 7));
    },
  },
  {
    kind: "year",
    pattern: /\b(earlier |later )?this year\b/i,
    resolve: (_, { pub }) => String(pub.getUTCFullYear()),
  },
  {
    kind: "year",
    pattern: /\blast year\b/i,
    tense: "past",
    resolve: (_, { pub }) => String(pub.getUTCFullYear() - 1),
  },
  {
    kind: "year",
    pattern: /\bnext year\b/i,
    tense: "future",
    resolve: (_, { pub }) => String(pub.getUTCFullYear() + 1),
  },
  {
    // "n years ago" is a rough count of years, so the result is approximate.
    kind: "year",
    pattern: new RegExp(String.raw`\b${NUMBER} years? ago\b`, "i"),
    tense: "past",
    resolve: (m, { pub }) => `${pub.getUTCFullYear() - count(m[1]!)}~`,
  },
  {
    // A month without a year: "in March", "since June".
    kind: "month",
    pattern: new RegExp(
      String.raw`\b(?:in|on|since|by|until|from|during|early|mid-|late) ?${MONTH_NAME}\b`,
      "i",
    ),
    find: new RegExp(
      String.raw`\b(?:in|since|by|until|from|during|early|mid-|late) ?${MONTH_NAME}\b`,
    ),
    resolve: (m, context) => nearestMonth(monthIndex(m[1]!), context, false),
  },
  {
    // A year, also inside a noun phrase: "the 2011 uprising", "since mid-2014".
    kind: "year",
    pattern: new RegExp(String.raw`\b${YEAR}\b`),
    find: new RegExp(
      // In a noun phrase (after an article or a possessive), after a preposition, with early/
      // mid/late, or closing a clause; not a bare number ("2000 troops").
      [
        String.raw`(?:\b[Tt]he|\b[Aa]n?|\b[A-Z][\w.-]*['’]s) (?:(?:early|mid|late)[ -])?${YEAR}\b(?: (?!${PHRASE_END})[A-Za-z-]+){0,2}`,
        String.raw`\b(?:in|since|by|until|from|during|before|after|of|through|between|and|to) (?:(?:early|mid|late)[ -])?${YEAR}\b`,
        String.raw`\b(?:[Ee]arly|[Mm]id|[Ll]ate)[ -]${YEAR}\b`,
        String.raw`\b${YEAR}(?=[,.;:)!?]|$)`,
      ].join("|"),
    ),
    resolve: (m) => {
      const years = new Set(m.input.match(new RegExp(String.raw`\b${YEAR}\b`, "g")));
      return years.size === 1 ? [...years][0]! : null;
    },
  },
];

/**
 * Calendar dates (chrono-node reads the many ways of writing them: "14 May 2020", "Feb. 1",
 * "16.02.2017", "Sat Apr 16, 2016 5:10PM"), as precise as written: a day when the day is given,
 * else the month. Without a year the date is the nearest one before (or for expected
 * happenings after) the reference day.
 */
function calendarDates(text: string, context: Context) {
  // Every calendar date has digits; most wording has none, and parsing is the costly step.
  if (!/\d/.test(text)) return [];
  const reference = { instant: context.pub, timezone: 0 };
  // Strict: calendar dates only, no casual words ("today", "last week": the rules read those).
  return chrono.en.strict.parse(text, reference).flatMap((parsed) => {
    // Dotted numeric dates are day first ("16.02.2017"); slashed ones are read as written.
    const result = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(parsed.text)
      ? (chrono.en.GB.parse(parsed.text, reference)[0] ?? parsed)
      : parsed;
    const { start, end } = result;
    const written = result.text.trim();
    const hasMonth = new RegExp(String.raw`\b${MONTH_WORD}\b|\d[./-]\d`, "i").test(written);
    if (!hasMonth || !start.isCertain("month")) return [];
    if (!start.isCertain("day") && !start.isCertain("year")) return [];
    const from = calendarDay(start, context);
    // A range ("3 to 5 March 2016", "March 3-4") is the interval of its days.
    const to = end?.isCertain("day") ? calendarDay(end, context) : from;
    const edtf = to > from && to.length === from.length ? `${from}/${to}` : from;
    return [{ edtf, text: written, index: parsed.index + parsed.text.indexOf(written) }];
  });
}

/** One end of a date chrono read: as precise as written; a missing year is the nearest. */
function calendarDay(date: chrono.ParsedComponents, context: Context) {
  const monthNumber = date.get("month")!;
  const dayNumber = String(date.get("day")!).padStart(2, "0");
  let year = date.get("year")!;
  if (!date.isCertain("year")) {
    const at = (y: number) => `${month(y, monthNumber - 1)}-${dayNumber}`;
    year = context.pub.getUTCFullYear();
    if (context.future && at(year) <= context.published) year += 1;
    if (!context.future && at(year) > context.published) year -= 1;
  }
  return date.isCertain("day")
    ? `${month(year, monthNumber - 1)}-${dayNumber}`
    : month(year, monthNumber - 1);
}

function context(published: string, status: EventStatus): Context {
  return {
    pub: new UTCDate(dayStart(published)),
    published,
    future: status === "expected",
  };
}

function resolveFragment(text: string, published: string, status: EventStatus): string | null {
  const ctx = context(published, status);
  const calendar = calendarDates(text, ctx)[0];
  if (calendar) return calendar.edtf;
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return rule.resolve(match, ctx);
  }
  return null;
}

/**
 * Every dating expression in a sentence, in the order of the text; where two overlap, the one
 * found first by the rules above is kept. A weekday followed by its date in brackets ("on
 * Thursday (14 May 2020)") is one expression.
 */
export function findDateExpressions(sentence: string): DateExpression[] {
  const found: DateExpression[] = calendarDates(sentence, context("2000-01-01", "occurred")).map(
    ({ text, index }) => ({ text, index, kind: "calendar date", tense: null }),
  );
  for (const rule of RULES) {
    const pattern = new RegExp(
      (rule.find ?? rule.pattern).source,
      `${(rule.find ?? rule.pattern).flags.replace("g", "")}g`,
    );
    for (const match of sentence.matchAll(pattern)) {
      const text = match[0].trim();
      const index = match.index + match[0].indexOf(text);
      const overlaps = found.some(
        (other) => index < other.index + other.text.length && other.index < index + text.length,
      );
      // "earlier this month" lies before publication, "later this week" after it.
      const tense =
        rule.tense ??
        (/^later\b/i.test(text) ? "future" : /^earlier\b/i.test(text) ? "past" : null);
      if (!overlaps) found.push({ text, index, kind: rule.kind, tense });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.reduce<DateExpression[]>((merged, expression) => {
    const previous = merged.at(-1);
    const between = previous
      ? sentence.slice(previous.index + previous.text.length, expression.index)
      : "";
    if (
      previous?.kind === "weekday" &&
      expression.kind === "calendar date" &&
      /^\s*\($/.test(between) &&
      sentence[expression.index + expression.text.length] === ")"
    ) {
      previous.text = sentence.slice(previous.index, expression.index + expression.text.length + 1);
      previous.kind = "calendar date";
    } else merged.push(expression);
    return merged;
  }, []);
}

/**
 * A dateline opening the article ("BRUSSELS, Feb. 1 (Reuters) —") dates the article's relative
 * words: "on Wednesday" then means the Wednesday before the dateline's day, which can be earlier
 * than the publication date. Returns the dateline's day, else the publication date.
 */
export function referenceDay(text: string, published: string): string {
  return datelineOf(text, published)?.day ?? published;
}

/** The dateline opening the text, and its day, if it has one. */
export function datelineOf(text: string, published: string) {
  const opening = text
    .split("\n")
    .filter((line) => line.trim())
    .slice(0, 6);
  for (const line of opening) {
    const dateline = DATELINE.exec(line);
    if (!dateline?.[1]) continue;
    const date = calendarDates(dateline[1], context(published, "occurred"))[0];
    if (date && date.edtf.length === 10 && date.edtf <= published)
      return { text: dateline[0], day: date.edtf };
  }
  return null;
}

const DATELINE = new RegExp(
  String.raw`^\s*[A-Z][A-Z .'-]{2,}(?:, [A-Za-z .'-]+)?, (${MONTH_WORD}\.? \d{1,2}(?:, \d{4})?) ?(?:\([^)]*\))? ?[-—–]`,
);
