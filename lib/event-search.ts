import MiniSearch from "minisearch";
import type { EventView } from "./event-view";
import type { TextSearch } from "./filter-events";
import { fold } from "./search-marks";

/** The search, and the words of the events that a text matched (for highlighting them). */
export type ExplainedSearch = TextSearch & { matchedTerms: (text: string) => string[] };

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
  const matchedTerms = (text: string) => [
    ...new Set(index.search(text).flatMap((result) => result.terms)),
  ];
  return Object.assign(search, { matchedTerms });
}

/**
 * Ranked full-text search over titles, summaries, quotes, actor and place names (MiniSearch),
 * tolerant of case, accents, prefixes and small typos. Returns event id → score; its
 * `matchedTerms` says which words of the events a text matched.
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
