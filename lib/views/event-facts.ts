import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import type { Store, StoreEvent } from "../store/build-store";
import type { DatePoint, EventDate } from "../store/event-date";
import { dayStart } from "../store/iso-day";
import { citedPublishers } from "../store/cited";

/** A bound written out in full, in UTC: "16 February 2017", "December 2015", "about 2014". */
function longPoint(point: DatePoint) {
  const date = new UTCDate(dayStart(point.earliest));
  const pattern = { day: "d MMMM yyyy", month: "MMMM yyyy", year: "yyyy" }[point.precision];
  return `${point.approximate ? "about " : ""}${format(date, pattern)}${point.uncertain ? " (uncertain)" : ""}`;
}

/** The date in words: "16 February 2017", "December 2015", "from about 2016 to December 2016". */
export function longDateLabel(when: EventDate) {
  if (!when.interval) return longPoint(when);
  return `from ${longPoint(when.interval.start)} to ${longPoint(when.interval.end)}`;
}

/** How precisely the sources date the event, in words. */
export function precisionInWords(when: EventDate) {
  const unit = { day: "the day", month: "the month", year: "the year" }[when.precision];
  if (when.interval) return `a span of time, known to ${unit}`;
  return when.approximate ? `approximate: known only to about ${unit}` : `known to ${unit}`;
}

/** "Reported by 2 publishers" or "Single source": how independently the event is attested. */
export function reportingInWords(store: Store, event: StoreEvent) {
  const { length } = citedPublishers(store, event);
  return length > 1 ? `Reported by ${length} publishers` : "Single source";
}

/**
 * Events to read next: the explicitly related ones first, then those sharing two or more actors,
 * then those drawn from the same source; at most `limit`, each once, in that order.
 */
export function relatedEvents(store: Store, event: StoreEvent, limit = 6): StoreEvent[] {
  const actors = new Set(event.actors);
  const sources = new Set(event.sources.map((cite) => cite.source));
  const sharedActors = (other: StoreEvent) => other.actors.filter((id) => actors.has(id)).length;
  const candidates = [
    ...event.relatedIds.flatMap((id) => store.getEvent(id) ?? []),
    ...store.events.filter((other) => sharedActors(other) >= 2),
    ...store.events.filter((other) => other.sources.some((cite) => sources.has(cite.source))),
  ];
  const seen = new Set([event.id]);
  return candidates
    .filter((other) => !seen.has(other.id) && Boolean(seen.add(other.id)))
    .slice(0, limit);
}

/** The events just before and after in time (the store is sorted chronologically). */
export function neighbours(store: Store, event: StoreEvent) {
  const index = store.events.indexOf(event);
  return { previous: store.events[index - 1] ?? null, next: store.events[index + 1] ?? null };
}

/** The last day the store changed an event: its newest revision, else the day it was added. */
export const lastChanged = (event: Pick<StoreEvent, "revisions" | "added">) =>
  event.revisions.at(-1)?.date ?? event.added;
