import { createHash } from "node:crypto";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { captureText, pageText } from "../store/capture-text";
import { parseEventDate } from "../store/event-date";
import {
  datelineOf,
  findDateExpressions,
  referenceDay,
  resolveDateText,
} from "../store/relative-date";
import {
  SourceSchema,
  type Actor,
  type EventRecord,
  type EventStatus,
  type Place,
} from "../store/schema";
import { normalizeWhitespace } from "../store/verbatim";
import { attribute, speakerOf } from "./attribution";
import { cleanCapture, type Removal } from "./clean";
import type { SourceQuote, Speaker } from "../store/schema";
import type { DraftEvent, DraftSource } from "../store/draft-schema";
import { dateOnlyLine, printedDate } from "./metadata";
import { splitSentences } from "./sentences";
import { vocabularyMatcher } from "./vocabulary";

/** Bad input: the message says what is wrong; nothing has been written. */
export class IngestError extends Error {}

interface IngestInput {
  /** The capture's file name, for its kind (.html is a saved page) and for messages. */
  fileName: string;
  bytes: Buffer;
  published: string;
  publisher?: string;
  url?: string;
}

/** What the store already holds, for ids, vocabularies and duplicates. */
export interface IngestContext {
  sources: readonly { id: string; text: string }[];
  events: readonly EventRecord[];
  actors: readonly Actor[];
  places: readonly Place[];
  /** Every capture already stored (published or draft), with the source made from it. */
  captures: readonly { name: string; sha256: string; sourceId: string }[];
}

export interface Proposal {
  source: DraftSource;
  /** The source text (deletions from the capture only). */
  text: string;
  removed: Removal[];
  events: DraftEvent[];
  /** Things the reviewer should know: the printed date disagrees with --published, … */
  warnings: string[];
  /** The source this capture was already ingested as (same bytes, or the same article text). */
  alreadyIngested: { sourceId: string; how: "same capture" | "same text" } | null;
  sha256: string;
}

/** "Libya's Unity Government" → "libyas-unity-government". */
export const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f'’]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

const TITLE_STOPWORDS = new Set(
  "a an the of to in on for and or with as at by is are be its".split(" "),
);

/** "dw-2017-02-16-libya-requests-nato-assistance": publisher, date, headline words. */
export function sourceId(publisher: string | undefined, published: string, title: string) {
  const who = slugify((publisher ?? "").split(/\s*[(,]/)[0]!.replace(/\s+/g, "")) || "source";
  const what = slugify(title)
    .split("-")
    .filter((word) => word && !TITLE_STOPWORDS.has(word))
    .slice(0, 6)
    .join("-");
  return [who, published, what].filter(Boolean).join("-");
}

/** Text that is not a capture: empty, or bytes that are not text. */
function decode(input: IngestInput): string {
  if (input.bytes.length === 0 || !input.bytes.toString("utf8").trim())
    throw new IngestError(`${input.fileName}: the capture is empty`);
  const text = input.bytes.toString("utf8");
  const odd = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (input.bytes.includes(0) || odd > text.length / 100)
    throw new IngestError(`${input.fileName}: the capture is not text (binary data)`);
  return text;
}

/** The article's lines as Readability finds them in a saved page, and its title. */
function readArticle(html: string) {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return null;
  // Readability gives the article as a fragment; read it as a page body, like the capture.
  const body = `<!doctype html><html><body>${article.content}</body></html>`;
  const lines = pageText(body).split("\n").filter(Boolean).map(normalizeWhitespace);
  return { title: article.title ?? undefined, lines: new Set(lines) };
}

/** Future wording in the clause around an expression ("are expected to agree in a Monday meeting"). */
const FUTURE =
  /\b(?:will|shall|is (?:expected|due|scheduled|set|poised|going) to|are (?:expected|due|scheduled|set|poised|going) to|plans? to|planning to|intends? to|to be held|upcoming|forthcoming)\b/i;

/** `expected` when the words or their clause speak of the future, else `occurred`. */
function statusOf(sentence: string, index: number, tense: "past" | "future" | null): EventStatus {
  if (tense) return tense === "future" ? "expected" : "occurred";
  const breaks = /[;:"“”]|,\s(?:but|and|while|which|where|when|though|although)\b/g;
  let start = 0;
  let end = sentence.length;
  for (const { index: at } of sentence.matchAll(breaks)) {
    if (at < index) start = at;
    else if (at > index) {
      end = at;
      break;
    }
  }
  return FUTURE.test(sentence.slice(start, end)) ? "expected" : "occurred";
}

function insideQuotation(sentence: string, words: string) {
  return [...sentence.matchAll(/["“][^"“”]*["”]/g)].some(([quoted]) => quoted.includes(words));
}

/** Normalized words, for comparing passages of different sources. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

/** True when two passages share a run of `run` words. */
function shareWords(a: string, b: string, run = 6) {
  const left = wordsOf(a);
  const right = ` ${wordsOf(b).join(" ")} `;
  for (let i = 0; i + run <= left.length; i++)
    if (right.includes(` ${left.slice(i, i + run).join(" ")} `)) return true;
  return false;
}

/** Store events this draft may repeat: the same date and an overlapping quote or actors. */
function duplicatesOf(
  draft: Pick<DraftEvent, "date" | "sources" | "actors">,
  events: readonly EventRecord[],
) {
  return events
    .filter(
      (event) =>
        event.date === draft.date &&
        (event.sources.some((cite) =>
          draft.sources.some((quote) => shareWords(quote.quote, cite.quote)),
        ) ||
          event.actors.some((actor) => draft.actors.includes(actor))),
    )
    .map((event) => event.id);
}

/** The source this article text was already ingested as: most of its paragraphs are there. */
function sameText(text: string, sources: IngestContext["sources"]) {
  const paragraphs = text
    .split("\n")
    .map(normalizeWhitespace)
    .filter((line) => line.split(" ").length >= 15);
  if (paragraphs.length === 0) return undefined;
  return sources.find((source) => {
    const other = normalizeWhitespace(source.text);
    const found = paragraphs.filter((paragraph) => other.includes(paragraph)).length;
    return found / paragraphs.length >= 0.6;
  });
}

/** The name the capture gets in data/captures/: the next number and the start of its hash. */
function captureName(context: IngestContext, sha256: string, html: boolean) {
  const numbers = context.captures.map(({ name }) => Number(/^(\d+)_/.exec(name)?.[1] ?? -1));
  const next = String(Math.max(-1, ...numbers) + 1).padStart(3, "0");
  return `${next}_${sha256.slice(0, 16)}.${html ? "html" : "txt"}`;
}

/**
 * Turns a capture into a proposal: the source record and text, what was removed, and a draft
 * event for each dated sentence. Pure: it reads nothing and writes nothing.
 */
export function proposeIngest(input: IngestInput, context: IngestContext): Proposal {
  // The store's own rule for a publication date (a real calendar day, YYYY-MM-DD).
  if (!SourceSchema.shape.published.safeParse(input.published).success)
    throw new IngestError(`--published: "${input.published}" is not a date (YYYY-MM-DD)`);
  const raw = decode(input);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const html = /\.html?$/i.test(input.fileName);
  const article = html ? readArticle(raw) : null;
  if (html && !article)
    throw new IngestError(`${input.fileName}: no article text found in the page`);
  const published = input.published;
  const clean = cleanCapture(captureText(input.fileName, raw), {
    headline: article?.title,
    articleLines: article?.lines,
    dateOnly: (line) => dateOnlyLine(line, published),
    published,
  });
  if (!clean.text.trim())
    throw new IngestError(`${input.fileName}: no article text left once page chrome is removed`);

  const warnings: string[] = [];
  // The clean text's top first; the title bar above the headline can be the only place it shows.
  const printed =
    printedDate(clean.text, published) ?? printedDate(captureText(input.fileName, raw), published);
  if (printed && printed.date !== published)
    warnings.push(
      `the capture prints ${printed.date} ("${printed.text}"), --published says ${published}`,
    );
  if (!printed) warnings.push("the capture prints no publication date: check --published");
  if (!clean.headline) warnings.push("no headline found: fill in the source's title");

  const title = clean.headline ?? "";
  const source: DraftSource = {
    id: sourceId(input.publisher, published, title || "untitled"),
    title,
    publisher: input.publisher ?? "",
    publisherType: "",
    via: null,
    published,
    url: input.url ?? null,
    // Taken as the publisher's own page; a reviewer who knows it is a republished copy sets
    // via and urlPage: "republication".
    ...(input.url ? { urlPage: "original" as const } : {}),
    language: "en",
    credit: clean.credit,
    capture: captureName(context, sha256, html),
  };

  const byHash = context.captures.find((capture) => capture.sha256 === sha256);
  const byText = byHash ? undefined : sameText(clean.text, context.sources);
  const alreadyIngested = byHash
    ? { sourceId: byHash.sourceId, how: "same capture" as const }
    : byText
      ? { sourceId: byText.id, how: "same text" as const }
      : null;

  return {
    source,
    text: clean.text,
    removed: clean.removed,
    events: draftEvents(clean.text, clean.headline, source, context),
    warnings,
    alreadyIngested,
    sha256,
  };
}

/** One draft per distinct date of each dated sentence of the text. */
function draftEvents(
  text: string,
  headline: string | null,
  source: DraftSource,
  context: IngestContext,
) {
  const reference = referenceDay(text, source.published);
  const { match, actorIn } = vocabularyMatcher(context.actors, context.places);
  const drafts: DraftEvent[] = [];
  let previous: Speaker | undefined;

  for (const paragraph of text.split("\n")) {
    const line = normalizeWhitespace(paragraph);
    if (!line || line === headline || dateOnlyLine(line, source.published)) continue;
    let paragraphSpeaker: Speaker | undefined;
    for (const sentence of splitSentences(line)) {
      const attribution = attribute(sentence);
      let quote: SourceQuote = { source: source.id, quote: sentence, voice: "narration" };
      if (attribution.speakerWords) {
        const speaker = speakerOf(attribution.speakerWords, actorIn, previous);
        quote = { ...quote, voice: attribution.voice, speaker };
        previous = speaker;
        paragraphSpeaker = attribution.voice === "direct" ? speaker : undefined;
      } else if (paragraphSpeaker && /^["“].*["”]$/.test(sentence)) {
        // A quotation going on after its attribution: "…," said X. "…"
        quote = { ...quote, voice: "direct", speaker: paragraphSpeaker };
      }
      if (sentence.split(/\s+/).length < 6) continue;

      const dated = new Map<string, { dateText: string; status: EventStatus }>();
      // The dateline dates the article, not what the sentence reports.
      const dateline = datelineOf(sentence, source.published)?.text.length ?? 0;
      for (const expression of findDateExpressions(sentence)) {
        if (expression.index < dateline) continue;
        const status = statusOf(sentence, expression.index, expression.tense);
        const date = resolveDateText(expression.text, reference, status);
        if (!date || dated.has(date)) continue;
        parseEventDate(date); // every rule makes supported EDTF; fail loudly if one does not
        dated.set(date, { dateText: expression.text, status });
      }
      if (dated.size === 0) continue;

      const found = match(sentence);
      const speakerActor =
        quote.speaker && "actor" in quote.speaker ? quote.speaker.actor : undefined;
      const actors =
        speakerActor && !found.actors.includes(speakerActor)
          ? [speakerActor, ...found.actors]
          : found.actors;
      for (const [date, { dateText, status }] of dated) {
        const draft = { date, sources: [quote], actors };
        const notes: string[] = [];
        if (reference !== source.published)
          notes.push(
            `relative words are read against the dateline (${reference}), not the publication date`,
          );
        if (quote.voice === "direct" && insideQuotation(sentence, dateText))
          notes.push(
            `"${dateText}" is the speaker's word: it counts from when the words were spoken, which may not be the publication day`,
          );
        drafts.push({
          id: `${String(drafts.length + 1).padStart(2, "0")}-${slugify(date)}`,
          title: "",
          summary: "",
          date,
          dateText,
          status,
          type: "",
          actors,
          places: found.places,
          tags: [],
          sources: [quote],
          review: {
            proposed: found.proposed,
            duplicateOf: duplicatesOf(draft, context.events),
            notes,
          },
        });
      }
    }
  }
  return drafts;
}
