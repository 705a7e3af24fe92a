import { normalizeWhitespace } from "../store/verbatim";

/** A passage an event quotes from a source. */
interface QuoteRef {
  eventId: string;
  quote: string;
}

/** A run of a paragraph: plain text, or text quoted by one or more events. */
export type Segment =
  | { kind: "text"; text: string }
  | {
      kind: "mark";
      text: string;
      /** Every event quoting this text, in the order of the quotes given. */
      eventIds: string[];
      /** Events whose first highlight in the source is this one: it carries their anchors. */
      anchorIds: string[];
      /** Events with a quote ending here, so a link to each can follow the passage. */
      endOf: string[];
    };

export interface HighlightedText {
  paragraphs: Segment[][];
  /** Quotes not found in the text (the validator should have caught them). */
  missing: QuoteRef[];
}

/** The quotes that events take from one source, in the order of the events and their quotes. */
export const quotesFrom = (
  sourceId: string,
  events: readonly { id: string; sources: readonly { source: string; quote: string }[] }[],
): QuoteRef[] =>
  events.flatMap((event) =>
    event.sources
      .filter((cite) => cite.source === sourceId)
      .map((cite) => ({ eventId: event.id, quote: cite.quote })),
  );

/** The id of the element an event's quote of a source page is linked by. */
export const quoteAnchor = (eventId: string) => `q-${eventId}`;

interface TextRange {
  start: number;
  end: number;
}

/**
 * Splits a source text into paragraphs (blocks separated by blank lines) and marks the first
 * occurrence of each quote, found apart from whitespace as the validator finds it. Overlapping
 * quotes are cut at every boundary, so each segment names all the events quoting it.
 */
export function highlightQuotes(text: string, quotes: readonly QuoteRef[]): HighlightedText {
  const locate = locator(text);
  const spans: (TextRange & { eventId: string })[] = [];
  const missing: QuoteRef[] = [];
  for (const ref of quotes) {
    const range = locate(ref.quote);
    if (range) spans.push({ ...range, eventId: ref.eventId });
    else missing.push(ref);
  }
  const eventOrder = [...new Set(spans.map((span) => span.eventId))];
  const anchored = new Set<string>();

  // Called in text order, so the first segment naming an event takes its anchor.
  const segment = (start: number, end: number): Segment => {
    const slice = text.slice(start, end);
    const covering = spans.filter((span) => span.start <= start && span.end >= end);
    if (covering.length === 0) return { kind: "text", text: slice };
    const quoting = (spansHere: typeof spans) =>
      eventOrder.filter((id) => spansHere.some((span) => span.eventId === id));
    const eventIds = quoting(covering);
    const anchorIds = eventIds.filter((id) => !anchored.has(id));
    for (const id of anchorIds) anchored.add(id);
    const endOf = quoting(covering.filter((span) => span.end === end));
    return { kind: "mark", text: slice, eventIds, anchorIds, endOf };
  };

  const paragraphs = paragraphRanges(text).map(({ start, end }) => {
    const inside = spans
      .flatMap((span) => [span.start, span.end])
      .filter((cut) => cut > start && cut < end);
    const cuts = [...new Set([start, ...inside, end])].sort((a, b) => a - b);
    return cuts.slice(1).map((to, index) => segment(cuts[index] ?? start, to));
  });
  return { paragraphs, missing };
}

/**
 * Finds passages in `text` apart from whitespace. The text is normalized once (every run of
 * whitespace, non-breaking spaces included, becomes one space) with each normalized character's
 * offset in the original, so a match maps back to an exact range of the original text.
 */
function locator(text: string): (passage: string) => TextRange | undefined {
  let normalized = "";
  const offsets: number[] = [];
  for (const { 0: word, index } of text.matchAll(/\S+/g)) {
    if (normalized) {
      normalized += " ";
      offsets.push(index - 1);
    }
    normalized += word;
    for (let i = 0; i < word.length; i++) offsets.push(index + i);
  }
  return (passage) => {
    const wanted = normalizeWhitespace(passage);
    const at = wanted ? normalized.indexOf(wanted) : -1;
    if (at < 0) return undefined;
    const start = offsets[at];
    const last = offsets[at + wanted.length - 1];
    return start === undefined || last === undefined ? undefined : { start, end: last + 1 };
  };
}

/** Blocks of lines with text, separated by blank lines, without their outer whitespace. */
function paragraphRanges(text: string): TextRange[] {
  return [...text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)].map(({ 0: block, index }) => {
    const start = index + block.length - block.trimStart().length;
    return { start, end: index + block.trimEnd().length };
  });
}
