import type { QuoteVoice, Speaker } from "../store/schema";

/** Verbs that report speech ("said", "told reporters", "stressed"). */
const SPEECH =
  "said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|warned|warns|stated|states|explained|insisted|declared|announced|announces|affirmed|recalled|underlined|emphasized|emphasised|urged|reiterated|confirmed|acknowledged|argued|claimed|wrote|tweeted|continued|concluded|saying|adding|stressing|noting";
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH})\\b`);
/** A quotation of at least three words, in curly or straight quotation marks. */
const QUOTATION = /["“]([^"“”]*\s[^"“”]*\s[^"“”]*)["”]/g;
/** Words between a name and its verb that are not the name: "Stoltenberg also said". */
const FILLER =
  /\s+(?:also|then|later|again|further|has|had|have|previously|repeatedly|on \w+day|earlier|told reporters)\s*$/;
const PRONOUN = /^(?:he|she|they)$/i;

/** Nouns for people the source does not name. */
export const UNNAMED =
  /\b(?:officials?|spokes(?:man|woman|person)|diplomats?|sources?|aides?|advis[eo]rs?|officers?|members?|analysts?|experts?|envoys?|representatives?|people|residents?|witnesses)\b/i;

interface Attribution {
  voice: QuoteVoice;
  /** The words naming who speaks, as the sentence has them. */
  speakerWords?: string;
}

/**
 * Who speaks in a sentence: a quotation with a speech verb outside it is direct ("…," Vershbow
 * said), a speech verb or "according to" without one is reported (Stoltenberg noted that…),
 * anything else is the publisher's narration.
 */
export function attribute(sentence: string): Attribution {
  const outside = sentence.replace(QUOTATION, (quoted) => " ".repeat(quoted.length));
  const quoted = outside !== sentence;
  const according = /\baccording to ((?:[A-Z]|the |an? |one )[^,.;]*)/.exec(outside);
  if (according?.[1])
    return { voice: quoted ? "direct" : "reported", speakerWords: according[1].trim() };
  const passive = new RegExp(`\\b(?:${SPEECH}) by ((?:[A-Z]|the )[^,.;]*)`).exec(outside);
  if (passive?.[1])
    return { voice: quoted ? "direct" : "reported", speakerWords: passive[1].trim() };
  const verb = SPEECH_VERB.exec(outside);
  if (!verb) return { voice: "narration" };
  const voice = quoted ? "direct" : "reported";

  // After the verb: `," said one senior EU official involved in the plans.`
  const before = outside.slice(0, verb.index).replace(/\s+$/, "");
  if (!before.replace(/[\s,.;:]+/g, "")) {
    const after = /^\s*((?:[A-Z]|the |an? |one )[^,.;:]*)/.exec(
      outside.slice(verb.index + verb[0].length),
    );
    return after?.[1] ? { voice, speakerWords: after[1].trim() } : { voice: "narration" };
  }
  // "X discussed …, saying …": who says is the sentence's subject, its opening name.
  if (/ing$/.test(verb[0]) && /,$/.test(before)) {
    const subject = /^(?:The |A )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*/.exec(outside)?.[0];
    return subject ? { voice, speakerWords: subject } : { voice: "narration" };
  }
  // Before the verb: the words since the last clause break (`Speaking at …, Stoltenberg said`);
  // a blanked-out quotation is a break too (`"…," he added`).
  const clause = before
    .split(/[,;:.()]|\s{2,}/)
    .at(-1)!
    .replace(FILLER, "")
    .trim();
  const namesSomeone =
    PRONOUN.test(clause) ||
    /^(?:[A-Z]|(?:the|one|an?) )/.test(clause) ||
    // "officials said", "senior diplomats said", "his office said"
    ((UNNAMED.test(clause) || /^(?:his|her|their|its) /.test(clause)) &&
      clause.split(/\s+/).length <= 3);
  if (!namesSomeone || clause.split(/\s+/).length > 10) return { voice: "narration" };
  return { voice, speakerWords: clause };
}

/**
 * The speaker in the agreed shape: a known actor, the previous speaker for a pronoun ("he
 * added"), else the source's own words.
 */
export function speakerOf(
  words: string,
  actorIn: (phrase: string) => string | undefined,
  previous: Speaker | undefined,
): Speaker {
  if (PRONOUN.test(words) && previous) return previous;
  const actor = actorIn(words);
  return actor ? { actor } : { described: words };
}
