import { speakerName } from "../../store/attribution";
import type { Store, StoreEvent, StoreSource } from "../../store/build-store";
import { slugify, sourceFacts } from "../../views/event-view";
import { absoluteUrl, eventPath, sourcePath, threadPath, stepPath } from "../../deploy/site";
import type { ThreadRecord } from "../../store/schema";
import type { ApiEvent, ApiSource, ApiSourceSummary, ApiThread } from "./types";

/** An event as the API gives it: every id resolved to its name, every date field spelled out. */
export function toApiEvent(store: Store, event: StoreEvent): ApiEvent {
  return {
    id: event.id,
    url: absoluteUrl(eventPath(event.id)),
    title: event.title,
    summary: event.summary,
    date: event.date,
    dateText: event.dateText,
    dateTextElsewhere: event.dateTextElsewhere ?? null,
    dateLabel: event.when.label,
    precision: event.when.precision,
    approximate: event.when.approximate,
    uncertain: event.when.uncertain,
    earliest: event.when.earliest,
    latest: event.when.latest,
    status: event.status,
    type: event.type,
    actors: event.actors.map((id) => ({ id, name: store.getActor(id)?.name ?? id })),
    places: event.places.flatMap((id) => {
      const place = store.getPlace(id);
      return place
        ? [{ id, name: place.name, kind: place.kind, lat: place.lat, lon: place.lon }]
        : [];
    }),
    tags: [...event.tags],
    related: [...event.relatedIds],
    added: event.added,
    revisions: event.revisions.map(({ date, change }) => ({ date, change })),
    sources: event.sources.flatMap((cite) => {
      const source = store.getSource(cite.source);
      if (!source) return [];
      const { id, title, publisher, published, url } = source;
      const { quote, voice } = cite;
      const speaker = speakerName(cite, store.getActor);
      return [
        {
          id,
          title,
          publisher,
          publisherId: slugify(publisher),
          published,
          url,
          quote,
          voice,
          speaker,
        },
      ];
    }),
  };
}

export function toApiSourceSummary(store: Store, source: StoreSource): ApiSourceSummary {
  const events = store.eventsBySource(source.id).map((event) => event.id);
  return {
    ...sourceFacts(source),
    published: source.published,
    language: source.language,
    credit: source.credit,
    note: source.note ?? null,
    pageUrl: absoluteUrl(sourcePath(source.id)),
    eventCount: events.length,
    events,
  };
}

export const toApiSource = (store: Store, source: StoreSource): ApiSource => ({
  ...toApiSourceSummary(store, source),
  text: source.text,
});

/** A thread with each step's event named and dated, and every address absolute. */
export function toApiThread(store: Store, thread: ThreadRecord): ApiThread {
  return {
    id: thread.id,
    url: absoluteUrl(threadPath(thread.id)),
    title: thread.title,
    summary: thread.summary,
    steps: thread.steps.flatMap(({ event: id, note }) => {
      const event = store.getEvent(id);
      if (!event) return [];
      return [
        {
          event: id,
          title: event.title,
          dateLabel: event.label,
          url: absoluteUrl(stepPath(thread.id, id)),
          note: note ?? null,
        },
      ];
    }),
  };
}
