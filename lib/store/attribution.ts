import type { Actor, QuoteVoice, SourceQuote } from "./schema";

/** Who speaks in a quote, as the pages and downloads name them. */
export interface SpeakerName {
  /** The actor's id, or null for an unnamed speaker described in the source's words. */
  actor: string | null;
  /** The actor's name, or the source's own words ("one senior EU official"). */
  name: string;
}

/** The speaker of a direct or reported quote with its name resolved; null for narration. */
export function speakerName(
  quote: Pick<SourceQuote, "speaker">,
  getActor: (id: string) => Pick<Actor, "name"> | undefined,
): SpeakerName | null {
  const { speaker } = quote;
  if (!speaker) return null;
  if ("actor" in speaker)
    return { actor: speaker.actor, name: getActor(speaker.actor)?.name ?? speaker.actor };
  return { actor: null, name: speaker.described };
}

/** A short label for each voice, shown beside a quote. */
const VOICE_LABELS: Record<QuoteVoice, string> = {
  direct: "direct quote",
  reported: "paraphrase",
  narration: "publisher's narration",
};

/**
 * A quote's attribution in one line: "Jens Stoltenberg, in DW, 16 Feb 2017"; "Jens Stoltenberg,
 * paraphrased in DW, 16 Feb 2017"; "Narration by DW, 16 Feb 2017: the publisher's own words".
 */
export function attributionLine(
  voice: QuoteVoice,
  speaker: string | null,
  publisher: string,
  publishedLabel: string,
) {
  if (voice === "narration" || !speaker)
    return `Narration by ${publisher}, ${publishedLabel}: the publisher's own words`;
  return `${speaker}, ${voice === "reported" ? "paraphrased in" : "in"} ${publisher}, ${publishedLabel}`;
}

/** Who speaks, without the source: "Jens Stoltenberg (paraphrase)", "The publisher's own words". */
export const speakerLabel = (voice: QuoteVoice, speaker: SpeakerName | null) =>
  speaker ? `${speaker.name} (${VOICE_LABELS[voice]})` : "The publisher's own words";

/**
 * What an event's date rests on, in words: "span as reported by Xinhua: “for almost a year”".
 * The store dates every event by one source's words (`dateText` of its first cited source).
 */
export function dateBasis(interval: boolean, publisher: string, dateText: string) {
  return `${interval ? "span" : "date"} as reported by ${publisher}: “${dateText}”`;
}

/**
 * For an event several publishers report: whose words date it ("dated by DW (Deutsche Welle)"),
 * the first cited source's. Null when one publisher reports it all, as its source line says.
 */
export function datedBy(sources: readonly { publisher: string }[]): string | null {
  const [first] = sources;
  if (!first || sources.every((source) => source.publisher === first.publisher)) return null;
  return `dated by ${first.publisher}`;
}
