import MiniSearch from "minisearch";
import type { EventView } from "./event-view";

/** Lower-cases and strips accents, so "Sarraj" finds "Sarrāj" and "Erdoğan" finds "Erdogan". */
const fold = (term: string) =>
  term
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * Ranked full-text search over titles, summaries, quotes, actor and place names (MiniSearch),
 * tolerant of case, accents, prefixes and small typos. Returns event id → score.
 */
export function createEventSearch(events: readonly EventView[]) {
  const index = new MiniSearch<EventView>({
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
  index.addAll(events as EventView[]);

  return (text: string): Map<string, number> =>
    new Map(index.search(text).map((result) => [String(result.id), result.score]));
}
