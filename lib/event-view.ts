import type { Store, StoreEvent } from "./build-store";
import type { EventStatus, EventType } from "./schema";

/** What a list or timeline shows of one event: plain, serializable data with names resolved. */
export interface EventSummary {
  id: string;
  title: string;
  label: string;
  type: EventType;
  status: EventStatus;
  /** ISO days bounding the date, for placing the event on a timeline. */
  earliest: string;
  latest: string;
  year: string;
  actors: string[];
  places: string[];
  sources: SourceLink[];
}

export interface SourceLink {
  id: string;
  publisher: string;
  title: string;
  publishedLabel: string;
  /** The original address, or null when it is not known. */
  url: string | null;
}

export function summarizeEvent(store: Store, event: StoreEvent): EventSummary {
  const names = (ids: string[], lookup: (id: string) => { name: string } | undefined) =>
    ids.map((id) => lookup(id)?.name ?? id);
  const sourceIds = [...new Set(event.sources.map((cite) => cite.source))];
  return {
    id: event.id,
    title: event.title,
    label: event.label,
    type: event.type,
    status: event.status,
    earliest: event.when.earliest,
    latest: event.when.latest,
    year: event.when.earliest.slice(0, 4),
    actors: names(event.actors, store.getActor),
    places: names(event.places, store.getPlace),
    sources: sourceIds.flatMap((id) => {
      const source = store.getSource(id);
      if (!source) return [];
      const { publisher, title, publishedLabel, url } = source;
      return [{ id, publisher, title, publishedLabel, url }];
    }),
  };
}

/** Consecutive runs of events in the same year; events arrive sorted, so years come in order. */
export function groupByYear(events: EventSummary[]): { year: string; events: EventSummary[] }[] {
  const groups: { year: string; events: EventSummary[] }[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last?.year === event.year) last.events.push(event);
    else groups.push({ year: event.year, events: [event] });
  }
  return groups;
}
