import type { EventView } from "./event-view";

// The listed part of an event view, for the explorer's client code too: nothing here may import
// what reads or dates the store (event-view itself does), or it would ship in the page's scripts.

/**
 * What lists, filters and the timeline need of an event: the explorer has these for every event
 * first, and the rest (summary, quotes, dating words…) a little later.
 */
export const LISTED_FIELDS = [
  "id",
  "title",
  "label",
  "type",
  "status",
  "earliest",
  "latest",
  "precise",
  "year",
  "actors",
  "places",
  "tags",
  "threads",
  "sources",
] as const satisfies readonly (keyof EventView)[];

export type ListedEvent = Pick<EventView, (typeof LISTED_FIELDS)[number]>;

/** The listed part of a view (a copy without the text). */
export const listedEvent = (view: EventView) =>
  Object.fromEntries(LISTED_FIELDS.map((field) => [field, view[field]])) as ListedEvent;

/** Consecutive runs of events in the same year; events arrive sorted, so years come in order. */
export function groupByYear<T extends { year: string }>(events: readonly T[]) {
  const groups: { year: string; events: T[] }[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last?.year === event.year) last.events.push(event);
    else groups.push({ year: event.year, events: [event] });
  }
  return groups;
}
