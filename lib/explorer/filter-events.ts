import type { ListedEvent } from "../views/listed-event";
import { dateBounds, type ExplorerQuery, type QueryVocabulary } from "./explorer-query";
import { EVENT_TYPES } from "../store/event-types";
import { FACETS, type Facet, type FacetOption } from "./facets";

/** Ranked full-text search: event id → score (lib/explorer/event-search.ts makes one). */
export type TextSearch = (text: string) => Map<string, number>;

export interface FilterResult<T extends ListedEvent = ListedEvent> {
  events: T[];
  facets: Record<Facet, FacetOption[]>;
  total: number;
}

/**
 * The values an event has for each facet, as positions in the facet's options. A literal object
 * per event, not one built key by key: at 10,000 events the filter is made in about half the
 * time.
 */
const facetPositions = (
  event: ListedEvent,
  positions: Record<Facet, Map<string, number>>,
): Record<Facet, number[]> => ({
  types: [positions.types.get(event.type)!],
  actors: event.actors.map((actor) => positions.actors.get(actor.id)!),
  places: event.places.map((place) => positions.places.get(place.id)!),
  publishers: [
    ...new Set(event.sources.map((source) => positions.publishers.get(source.publisherId)!)),
  ],
  tags: event.tags.map((tag) => positions.tags.get(tag)!),
});

const typeLabel = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);

/** Every facet value present in the events, with its label: types in their fixed order, the rest by name. */
function facetOptions(
  events: readonly ListedEvent[],
): Record<Facet, { id: string; label: string }[]> {
  const labels = Object.fromEntries(FACETS.map((facet) => [facet, new Map()])) as Record<
    Facet,
    Map<string, string>
  >;
  for (const event of events) {
    labels.types.set(event.type, typeLabel(event.type));
    for (const actor of event.actors) labels.actors.set(actor.id, actor.name);
    for (const place of event.places) labels.places.set(place.id, place.name);
    for (const source of event.sources) labels.publishers.set(source.publisherId, source.publisher);
    for (const tag of event.tags) labels.tags.set(tag, tag);
  }
  const sorted = (map: Map<string, string>) =>
    [...map].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
  return {
    types: EVENT_TYPES.filter((type) => labels.types.has(type)).map((id) => ({
      id,
      label: typeLabel(id),
    })),
    actors: sorted(labels.actors),
    places: sorted(labels.places),
    publishers: sorted(labels.publishers),
    tags: sorted(labels.tags),
  };
}

/**
 * Builds the explorer's filter over a fixed set of events (sorted oldest first). The returned
 * function is pure: same query, same result.
 *
 * Boundaries: from/to are inclusive, and an event of imprecise date matches when its span
 * overlaps the range ("Dec 2015" matches from=2015-12-31). A thread keeps its steps. Within a facet, values are ORed;
 * facets, text, dates and the expected toggle are ANDed. Facet counts are "disjunctive": each
 * facet counts the events that pass every other filter, so its other values stay choosable.
 *
 * The text search is passed in rather than made here: the browser loads it (MiniSearch) only
 * when it is needed, so a query with text needs a filter made with `search`.
 */
export function createEventFilter<T extends ListedEvent>(
  events: readonly T[],
  search: TextSearch | null,
) {
  const options = facetOptions(events);
  const vocabulary: QueryVocabulary = {
    actors: new Set(options.actors.map((option) => option.id)),
    places: new Set(options.places.map((option) => option.id)),
    publishers: new Set(options.publishers.map((option) => option.id)),
    tags: new Set(options.tags.map((option) => option.id)),
    threads: new Set(events.flatMap((event) => event.threads)),
    events: new Set(events.map((event) => event.id)),
  };

  // Facet values as positions in `options`, so the hot loop counts into arrays, not maps.
  const positions = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map(options[facet].map((option, i) => [option.id, i]))]),
  ) as Record<Facet, Map<string, number>>;
  const ownPositions = events.map((event) => facetPositions(event, positions));

  function filter(query: ExplorerQuery): FilterResult<T> {
    if (query.q && !search) throw new Error("This filter was made without text search.");
    const scores = query.q && search ? search(query.q) : null;
    const from = query.from ? dateBounds(query.from)?.earliest : undefined;
    const to = query.to ? dateBounds(query.to)?.latest : undefined;
    const active = FACETS.filter((facet) => query[facet].length > 0);
    const chosen = Object.fromEntries(
      FACETS.map((facet) => {
        const flags = new Uint8Array(options[facet].length);
        for (const id of query[facet]) {
          const at = positions[facet].get(id);
          if (at !== undefined) flags[at] = 1;
        }
        return [facet, flags];
      }),
    ) as Record<Facet, Uint8Array>;
    const counts = Object.fromEntries(
      FACETS.map((facet) => [facet, new Uint32Array(options[facet].length)]),
    ) as Record<Facet, Uint32Array>;

    const matches: T[] = [];
    events.forEach((event, index) => {
      if (scores && !scores.has(event.id)) return;
      if (from && event.latest < from) return;
      if (to && event.earliest > to) return;
      if (!query.expected && event.status === "expected") return;
      if (query.thread && !event.threads.includes(query.thread)) return;
      const own = ownPositions[index]!;
      let failing: Facet | null = null;
      for (const facet of active) {
        if (own[facet].some((at) => chosen[facet][at] === 1)) continue;
        if (failing) return; // fails two facets: counts nowhere
        failing = facet;
      }
      for (const facet of failing ? [failing] : FACETS) {
        for (const at of own[facet]) counts[facet][at]! += 1;
      }
      if (!failing) matches.push(event);
    });

    if (scores && query.sort === "relevance") {
      matches.sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
    }
    const facets = Object.fromEntries(
      FACETS.map((facet) => [
        facet,
        options[facet].map((option, at) => ({ ...option, count: counts[facet][at] ?? 0 })),
      ]),
    ) as Record<Facet, FacetOption[]>;
    return { events: matches, facets, total: events.length };
  }

  return { filter, vocabulary };
}
