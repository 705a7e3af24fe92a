import { findDateExpressions, referenceDay, resolveDateText } from "../store/relative-date";

/** The calendar day a passage prints, as precise as a day, or null. */
function dayIn(text: string, published: string): string | null {
  for (const expression of findDateExpressions(text)) {
    if (expression.kind !== "calendar date") continue;
    const date = resolveDateText(expression.text, published, "occurred");
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  }
  return null;
}

/** Labels that may stand beside a printed date ("Last updated: 06 Oct. 2011 15:13"). */
const DATE_LABELS = /\b(?:last|updated|published|posted|date|on|at)\b/gi;

/** The day a line prints when it prints nothing but a date (and its label), else null. */
export function dateOnlyLine(line: string, published: string): string | null {
  const expressions = findDateExpressions(line).filter(({ kind }) => kind === "calendar date");
  if (expressions.length === 0) return null;
  let rest = line;
  for (const { text } of expressions) rest = rest.replace(text, " ");
  if (rest.replace(DATE_LABELS, "").replace(/[\s\d,.:;|()•·–—-]+/g, "")) return null;
  return dayIn(line, published);
}

interface PrintedDate {
  date: string;
  /** 1-based line of the text that prints it, and its words. */
  line: number;
  text: string;
}

/**
 * The publication date the capture prints: the first full date above the article's first
 * paragraph ("16.02.2017", "Sat Apr 16, 2016 5:10PM", "February 2, 2017", "06 Oct. 2011"), or
 * the dateline that opens it ("BRUSSELS, Feb 17 (Reuters) —").
 */
export function printedDate(text: string, published: string): PrintedDate | null {
  const lines = text.split("\n");
  const firstBody = lines.findIndex((line) => line.split(/\s+/).length >= 15);
  for (let at = 0; at <= (firstBody < 0 ? lines.length - 1 : firstBody); at++) {
    const line = lines[at]!;
    const dateline = at === firstBody ? referenceDay(line, published) : null;
    if (dateline && dateline !== published) return { date: dateline, line: at + 1, text: line };
    const date = at === firstBody ? null : dayIn(line, published);
    if (date) return { date, line: at + 1, text: line.trim() };
  }
  return null;
}
