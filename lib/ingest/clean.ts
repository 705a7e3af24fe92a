import { GAP_MARK, normalizeWhitespace } from "../store/verbatim";

/** A piece of the capture left out of the source text, and why. */
export interface Removal {
  /** 1-based line of the capture's text. */
  line: number;
  text: string;
  reason: string;
}

interface CleanText {
  /** The source text: the capture's lines with page chrome deleted (nothing added but […]). */
  text: string;
  removed: Removal[];
  /** The headline line, as kept in the text (null when none was found). */
  headline: string | null;
  /** A wire credit line ("aw/sms (Reuters, dpa, AP)"), removed from the text. */
  credit: string | null;
}

/** Whole lines that are page chrome, with the reason printed for the reviewer. */
const CHROME_LINES: [RegExp, string][] = [
  [/\bcookies?\b.*\b(website|site|browsing|consent|accept|experience|privacy)\b/i, "cookie notice"],
  [/\b(website|site)\b.*\bcookies?\b/i, "cookie notice"],
  [/\bdonat(e|ion)s?\b/i, "donation prompt"],
  [/\b(mailing list|newsletter|subscribe|sign up for)\b/i, "mailing-list prompt"],
  [
    /^(?:(?:share(?: this(?: article| page| story)?)?(?: (?:on|via))?(?: (?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|e-?mail))?|tweet|print|copy link|e-?mail|facebook|twitter|whatsapp|linkedin)\s*(?:[|·•,/]\s*|$))+$/i,
    "share buttons",
  ],
  [
    /^([A-Z]{2,4} recommends|recommended( for you)?|related( articles| content| stories| topics)?|read more|more on this( topic)?|see also|most (read|popular)|top stories|advertisement|skip (to|next)\b.*)$/i,
    "related-content list",
  ],
  [/^(read more|see also|related|more on this|watch|listen)\s*:/i, "related-content list"],
  [/^follow us\b|^(like|follow) .{0,30} on (facebook|twitter|instagram|x)\b/i, "share buttons"],
  [/^(copyright\b|©)|\ball rights reserved\b/i, "copyright notice"],
  [/^(you are here|breadcrumbs?)\s*:/i, "breadcrumb"],
  [/^\S.{0,40}( (›|>|»|\/) \S.{0,30}){2,}$/, "breadcrumb"],
  [/^(off the wire|breaking news|latest news|news ticker|ticker)$/i, "ticker"],
  [/(\s[•·|]\s.*){3,}/, "ticker"],
  [/^\d{1,2}\.\s+\S+(\s+\S+){0,4}$/, "navigation list"],
  [/^[a-z]{1,4}(\/[a-z]{1,4})+\s*\([^)]+\)$/, "credit"],
  [/^((photo|image|picture|video)( credit)?s?\s*:|\(c\) )/i, "photo credit"],
  [/^[•·*|\-–—\s]+$/, "separator"],
];

/** Parts of a line that are chrome: cut out, and marked […] when the line goes on after them. */
const CHROME_PARTS: [RegExp, string][] = [
  [/\s*\**\s*This (web)?site uses cookies[^.]*\.\s*\**\s*(\**\s*X\s*\**)?\s*/gi, "cookie notice"],
  [/\s*\bAdjust font size:?\s*/g, "font-size control"],
  [/\s*\bEndit\b\.?\s*$/g, "wire end mark"],
];

/** Markup around a line's text (Markdown headings, list bullets, trailing separators). */
const LEAD_MARKUP = /^\s*(#{1,6}\s+|[•·*]\s+)/;
const TRAIL_MARKUP = /(\s+[-–|])+\s*$/;

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
/** A paragraph of the article: a long line ending as a sentence ends. */
const isBody = (line: string) => words(line) >= 15 && /[.!?"”’)]\s*$/.test(line);
/** A headline: a short line not ending as a sentence does, not a byline ("By JOHN DOE"). */
const isTitleLike = (line: string) =>
  !/^by\s/i.test(line) &&
  words(line) >= 4 &&
  words(line) <= 25 &&
  !/[.,;:|]\s*$/.test(line) &&
  !/\s\|\s/.test(line);

/**
 * Makes the source text from a capture by deletions only: everything above the headline (site
 * banners, navigation, tickers), chrome lines anywhere (CHROME_LINES), chrome inside lines
 * (CHROME_PARTS) and markup around a line. A line that prints only a date (`dateOnly`) is kept
 * when it is the publication date, else removed as the print or capture date.
 */
export function cleanCapture(
  capture: string,
  options: {
    /** The headline if known beforehand (an HTML page's title as Readability reads it). */
    headline?: string;
    /** Lines (normalized) of the article as a readability library found it; others are chrome. */
    articleLines?: Set<string>;
    /** The day a line prints when it prints nothing else, else null. */
    dateOnly: (line: string) => string | null;
    published: string;
  },
): CleanText {
  const lines = capture.split("\n");
  const removed: Removal[] = [];
  const kept: string[] = [];
  let credit: string | null = null;

  const plain = lines.map((line) =>
    normalizeWhitespace(line.replace(LEAD_MARKUP, "").replace(TRAIL_MARKUP, "")),
  );
  const wanted = options.headline ? normalizeWhitespace(options.headline) : null;
  const headlineAt = wanted ? plain.indexOf(wanted) : findHeadline(lines, plain, options.dateOnly);
  const headline = headlineAt >= 0 ? (plain[headlineAt] ?? null) : null;

  lines.forEach((line, index) => {
    const number = index + 1;
    const text = plain[index] ?? "";
    if (!text) {
      kept.push("");
      return;
    }
    const drop = (reason: string) => removed.push({ line: number, text: line.trim(), reason });
    if (index < headlineAt) return drop(chromeReason(text) ?? "page header (above the headline)");
    if (options.articleLines && index !== headlineAt && !options.articleLines.has(text))
      return drop("outside the article (Readability)");
    // Chrome inside the line first: a cookie banner printed into a paragraph cuts only itself.
    const cut = index === headlineAt ? { text, removed: [] } : cutParts(text, number);
    if (!cut.text) return removed.push(...cut.removed);
    const reason = index === headlineAt ? null : chromeReason(cut.text);
    if (reason) {
      if (reason === "credit") credit ??= cut.text;
      return drop(reason);
    }
    if (index !== headlineAt && headline && text !== headline && text.includes(headline))
      return drop("print header (the headline repeated)");
    const printed = options.dateOnly(text);
    if (printed && printed !== options.published) return drop("print or capture date");

    if (normalizeWhitespace(line) !== text)
      removed.push({ line: number, text: markupOf(line, text), reason: "markup" });
    removed.push(...cut.removed);
    // A line kept whole keeps its own spacing.
    kept.push(
      cut.removed.length === 0 && normalizeWhitespace(line) === text ? line.trimEnd() : cut.text,
    );
  });

  const text = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text: `${text}\n`, removed, headline, credit };
}

/**
 * The headline, looked for above the first paragraph: a Markdown heading; else a line the page's
 * title bar ("Headline | News | DW | 16.02.2017") repeats; else the last line there that reads
 * as a title (4 to 25 words, not ending as a sentence does, not chrome, not a date).
 */
function findHeadline(lines: string[], plain: string[], dateOnly: (line: string) => string | null) {
  const firstBody = plain.findIndex(isBody);
  const top = (firstBody < 0 ? plain.length : firstBody) - 1;
  const candidate = (line: string) =>
    isTitleLike(line) && words(line) >= 4 && !chromeReason(line) && !dateOnly(line);
  const indexes = plain.map((_, at) => at).filter((at) => at <= top);
  const heading = indexes.find(
    (at) => /^\s*#{1,6}\s/.test(lines[at] ?? "") && candidate(plain[at]!),
  );
  if (heading !== undefined) return heading;
  const titleBars = plain.filter((line) => /\s\|\s/.test(line));
  const inTitleBar = indexes.find(
    (at) => candidate(plain[at]!) && titleBars.some((bar) => bar.startsWith(plain[at]!)),
  );
  return inTitleBar ?? indexes.findLast((at) => candidate(plain[at]!)) ?? -1;
}

function chromeReason(line: string): string | null {
  for (const [pattern, reason] of CHROME_LINES) if (pattern.test(line)) return reason;
  return null;
}

function cutParts(line: string, number: number) {
  const removed: Removal[] = [];
  let result = line;
  for (const [pattern, reason] of CHROME_PARTS) {
    result = result.replace(pattern, (match, ...args) => {
      const offset = args.find((arg) => typeof arg === "number") as number;
      removed.push({ line: number, text: match.trim(), reason });
      const inside = offset > 0 && offset + match.length < result.length;
      return inside ? ` ${GAP_MARK} ` : "";
    });
  }
  return { text: result.trim(), removed };
}

/** The markup taken off a line, for the list of removals. */
function markupOf(line: string, text: string) {
  const at = normalizeWhitespace(line).indexOf(text);
  const normalized = normalizeWhitespace(line);
  return [normalized.slice(0, at), normalized.slice(at + text.length)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" … ");
}
