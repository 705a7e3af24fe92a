import MiniSearch from "minisearch";
import type { EventView } from "../views/event-view";
import type { TextSearch } from "./filter-events";
import { fold, WORD } from "./search-marks";

/** What a text matched: the events' words (folded), and those of them that were not typed. */
export interface SearchMatch {
  terms: string[];
  corrected: string[];
}

/** The search, and what a text matched (to mark the words, and to name what a typo was taken for). */
export type ExplainedSearch = TextSearch & { matched: (text: string) => SearchMatch };

/** The matched words that none of the text's own words spells or begins: what a typo was taken for. */
export function correctedTerms(text: string, terms: readonly string[]): string[] {
  const typed = [...text.matchAll(WORD)].map(([word]) => fold(word));
  return terms.filter((term) => !typed.some((word) => term.startsWith(word)));
}

function newIndex() {
  return new MiniSearch<EventView>({
    fields: ["title", "summary", "quotes", "actors", "places"],
    extractField: (event, field) => {
      switch (field) {
        case "quotes":
          return event.quotes.map((quote) => quote.text).join("\n");
        case "actors":
        case "places":
          return event[field].map((named) => named.name).join("\n");
        default:
          return String(event[field as keyof EventView]);
      }
    },
    processTerm: (term) => fold(term) || null,
    searchOptions: {
      boost: { title: 3, actors: 2, places: 2 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: "AND",
    },
  });
}

function searchIn(index: MiniSearch<EventView>): ExplainedSearch {
  const search = (text: string) =>
    new Map(index.search(text).map((result) => [String(result.id), result.score]));
  // The events' own words that the text's words matched: "stoltenburg" → "stoltenberg".
  const matched = (text: string) => {
    const terms = [...new Set(index.search(text).flatMap((result) => result.terms))];
    return { terms, corrected: correctedTerms(text, terms) };
  };
  return Object.assign(search, { matched });
}

/**
 * Ranked full-text search over titles, summaries, quotes, actor and place names (MiniSearch),
 * tolerant of case, accents, prefixes and small typos. Returns event id → score; its
 * `matched` says which words of the events a text matched.
 */
export function createEventSearch(events: readonly EventView[]) {
  const index = newIndex();
  index.addAll(events as EventView[]);
  return searchIn(index);
}

/** Events indexed per slice, yielding between slices: each slice stays well under 50 ms. */
const CHUNK_SIZE = 250;

/**
 * The same search, indexed in slices with a pause between them, so that the browser stays
 * responsive while 10,000 events are indexed (in one go it is most of a second).
 */
export async function createEventSearchAsync(events: readonly EventView[]) {
  const index = newIndex();
  await index.addAllAsync(events as EventView[], { chunkSize: CHUNK_SIZE });
  return searchIn(index);
}
