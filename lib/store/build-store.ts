import { parseEventDate, type EventDate } from "./event-date";
import type { SourceWithText, StoreRecords } from "./read-store";
import type { Actor, EventRecord, Place, ThreadRecord } from "./schema";

/** An event with the fields derived from its record once, at load time. */
export interface StoreEvent extends EventRecord {
  when: EventDate;
  /** The date label, marked when the event had not happened at publication: "18 Apr 2016 (expected)". */
  label: string;
  /** Orders events chronologically: earliest day, then latest day, then id. */
  sortKey: string;
  /** Related events in both directions (a record lists one side; the other is derived). */
  relatedIds: string[];
}

/** A source with its publication date as a label ("16 Feb 2017"). */
export interface StoreSource extends SourceWithText {
  publishedLabel: string;
}

export interface Store {
  /** All events, oldest first. */
  events: readonly StoreEvent[];
  sources: readonly StoreSource[];
  actors: readonly Actor[];
  places: readonly Place[];
  /** Lines of the story, by title; each one's steps oldest first. */
  threads: readonly ThreadRecord[];
  getEvent(id: string): StoreEvent | undefined;
  getSource(id: string): StoreSource | undefined;
  getActor(id: string): Actor | undefined;
  getPlace(id: string): Place | undefined;
  getThread(id: string): ThreadRecord | undefined;
  eventsBySource(sourceId: string): readonly StoreEvent[];
  eventsByActor(actorId: string): readonly StoreEvent[];
  eventsByPlace(placeId: string): readonly StoreEvent[];
}

/** Derives and indexes validated records into an immutable store. */
export function buildStore(records: StoreRecords): Store {
  const relatedTo = new Map<string, Set<string>>();
  const link = (from: string, to: string) =>
    relatedTo.set(from, (relatedTo.get(from) ?? new Set()).add(to));
  for (const event of records.events) {
    for (const other of event.related ?? []) {
      link(event.id, other);
      link(other, event.id);
    }
  }
  const events = records.events
    .map((record): StoreEvent => {
      const when = records.dates.get(record.id) ?? parseEventDate(record.date);
      return {
        ...record,
        when,
        label: record.status === "expected" ? `${when.label} (expected)` : when.label,
        sortKey: `${when.earliest}|${when.latest}|${record.id}`,
        relatedIds: [...(relatedTo.get(record.id) ?? [])],
      };
    })
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));

  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const groupBy = (keys: (event: StoreEvent) => string[]) => {
    const groups = new Map<string, StoreEvent[]>();
    for (const event of events) {
      for (const key of new Set(keys(event))) {
        const group = groups.get(key);
        if (group) group.push(event);
        else groups.set(key, [event]);
      }
    }
    for (const group of groups.values()) Object.freeze(group);
    return (key: string): readonly StoreEvent[] => groups.get(key) ?? [];
  };

  const sources = records.sources.map((source): StoreSource => ({
    ...source,
    publishedLabel: parseEventDate(source.published).label,
  }));
  const eventMap = byId(events);
  const sourceMap = byId(sources);
  const actorMap = byId(records.actors);
  const placeMap = byId(records.places);
  const threads = [...records.threads].sort((a, b) => a.title.localeCompare(b.title, "en"));
  const threadMap = byId(threads);

  return deepFreeze({
    events,
    sources,
    actors: records.actors,
    places: records.places,
    threads,
    getEvent: (id: string) => eventMap.get(id),
    getSource: (id: string) => sourceMap.get(id),
    getActor: (id: string) => actorMap.get(id),
    getPlace: (id: string) => placeMap.get(id),
    getThread: (id: string) => threadMap.get(id),
    eventsBySource: groupBy((event) => event.sources.map((cite) => cite.source)),
    eventsByActor: groupBy((event) => event.actors),
    eventsByPlace: groupBy((event) => event.places),
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
