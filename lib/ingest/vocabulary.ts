import type { Actor, Place } from "../store/schema";
import { UNNAMED } from "./attribution";

/** A name of the controlled vocabularies, as the sources write it. */
interface Term {
  id: string;
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Case-sensitive, whole words ("IS" is not "is"; "UN-backed" names the UN). */
const wordPattern = (term: string) => new RegExp(`(?<![\\w-])${escape(term)}(?![\\w])`, "g");

/** Capitalized words that are no names: sentence openers, titles alone, calendar words. */
const STARTERS = new Set(
  "A An The This That These Those He She It They We I You His Her Its Their Our But And Or If As In On At By For From To Of With After Before Since While When Where Which Who What Why How However Although Also Then There Here Speaking Following According Any All Some Many Most Other Such Two Three During".split(
    " ",
  ),
);
const NOT_NAMES = new Set([
  ...STARTERS,
  ..."Mr Mrs Ms Dr Secretary General President Prime Minister Ministers Government Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(
    " ",
  ),
]);
/** Words that put a place name after them. */
const PLACE_CUE =
  /\b(?:in|at|to|from|near|into|across|outside|inside|around|via|towards?)\s+(?:the\s+)?$/;

export interface Matched {
  actors: string[];
  places: string[];
  /** Capitalized names found in neither vocabulary, guessed as actor or place. */
  proposed: { name: string; kind: "actor" | "place" }[];
}

/**
 * Matches a passage against actors.json and places.json by names and aliases (and a person's
 * surname alone: "Stoltenberg said"), and proposes the other capitalized names it finds.
 */
export function vocabularyMatcher(actors: readonly Actor[], places: readonly Place[]) {
  const actorTerms: Term[] = actors.flatMap((actor) => {
    // "Islamic State (IS)" is also written "Islamic State".
    const names = [actor.name, actor.name.replace(/\s*\(.*\)$/, ""), ...actor.aliases];
    const surname = actor.kind === "person" ? actor.name.split(" ").at(-1) : undefined;
    // "Al-Sarraj" is also "Sarraj".
    for (const name of [surname, surname?.replace(/^(?:al|el|ad|as|ash|bin|ibn)-/i, "")])
      if (name && name.length >= 4 && name !== actor.name && !names.includes(name))
        names.push(name);
    return names.map((name) => ({ id: actor.id, pattern: wordPattern(name) }));
  });
  const placeTerms: Term[] = places.map((place) => ({
    id: place.id,
    pattern: wordPattern(place.name),
  }));

  const find = (terms: Term[], text: string, covered: boolean[]) => {
    const ids = new Set<string>();
    for (const { id, pattern } of terms)
      for (const match of text.matchAll(pattern)) {
        ids.add(id);
        for (let i = match.index; i < match.index + match[0].length; i++) covered[i] = true;
      }
    return [...ids];
  };

  /**
   * The actor a speaker's words name: a known person; else, unless the words describe someone
   * unnamed ("one senior EU official"), the actor of the longest name in them.
   */
  const actorIn = (phrase: string): string | undefined => {
    const byId = new Map(actors.map((actor) => [actor.id, actor]));
    const found = actorTerms.flatMap(({ id, pattern }) =>
      [...phrase.matchAll(pattern)].map((match) => ({ id, length: match[0].length })),
    );
    const person = found.find(({ id }) => byId.get(id)?.kind === "person");
    if (person) return person.id;
    if (UNNAMED.test(phrase)) return undefined;
    return found.sort((a, b) => b.length - a.length)[0]?.id;
  };

  const match = (text: string): Matched => {
    const covered: boolean[] = [];
    const found = {
      actors: find(actorTerms, text, covered),
      places: find(placeTerms, text, covered),
    };
    const proposed: Matched["proposed"] = [];
    const name = /(?<![\w-])[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+|de\s+|al-)?[A-Z][\w'’-]*)*/g;
    for (const candidate of text.matchAll(name)) {
      const words = candidate[0].split(/\s+/);
      const clean = words[0] && STARTERS.has(words[0]) ? words.slice(1).join(" ") : candidate[0];
      const start = candidate.index + candidate[0].length - clean.length;
      if (!clean || NOT_NAMES.has(clean) || clean.length < 3) continue;
      // One capitalized word opening a sentence or a quotation is no evidence of a name.
      if (!clean.includes(" ") && /(^|[.!?]\s+|["“‘(]\s*)$/.test(text.slice(0, start))) continue;
      if (covered.slice(start, start + clean.length).some(Boolean)) continue;
      if (proposed.some((p) => p.name === clean)) continue;
      const kind = PLACE_CUE.test(text.slice(0, start)) ? "place" : "actor";
      proposed.push({ name: clean, kind });
    }
    return { ...found, proposed };
  };

  return { match, actorIn };
}
