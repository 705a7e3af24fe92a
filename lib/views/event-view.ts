import type { Store, StoreEvent, StoreSource } from "../store/build-store";
import { attributionLine, dateBasis, speakerName, type SpeakerName } from "../store/attribution";
import { parseEventDate } from "../store/event-date";
import { perStore } from "../store/per-store";
import { citedSources } from "../store/cited";
import { longDateLabel, precisionInWords } from "./event-facts";
import type { EventStatus, EventType, Named, QuoteVoice, Revision } from "../store/schema";

/**
 * One event as the pages show it: plain, serializable data with every name resolved, so client
 * components never see the store. Built once per event by `toEventView`.
 */
export interface EventView {
  id: string;
  title: string;
  summary: string;
  /** "16 Feb 2017", "Dec 2015", "c. 2014", "18 Apr 2016 (expected)". */
  label: string;
  edtf: string;
  /** "December 2015", "from about 2016 to December 2016". */
  longLabel: string;
  /** "known to the month", "approximate: known only to about the year". */
  precisionWords: string;
  /** The source's own words that fix the date, and the source they come from. */
  dateText: string;
  dateSourceId: string;
  /** Whose words the date rests on: "span as reported by Xinhua: “for almost a year”". */
  dateBasis: string;
  /** Where the dating words are when no quote of the event holds them, or null. */
  dateTextElsewhere: string | null;
  type: EventType;
  status: EventStatus;
  /** ISO days bounding the date. */
  earliest: string;
  latest: string;
  /** A single exact day (drawn as a point); otherwise a span (drawn as a band). */
  precise: boolean;
  year: string;
  actors: Named[];
  places: Named[];
  tags: string[];
  /** Ids of the threads (data/threads/) the event is a step of. */
  threads: string[];
  sources: SourceView[];
  quotes: QuoteView[];
  relatedIds: string[];
  /** When the event entered the store, and the corrections since (oldest first), with labels. */
  added: string;
  addedLabel: string;
  revisions: (Revision & { label: string })[];
}

export interface SourceView {
  id: string;
  title: string;
  publisher: string;
  /** Slug of the publisher's name, used as its filter value. */
  publisherId: string;
  publisherType: string;
  via: string | null;
  /** ISO date the source was published, and its label ("16 Feb 2017"). */
  published: string;
  publishedLabel: string;
  /** The address, or null when it is not known. */
  url: string | null;
  /** Whose page `url` is: the publisher's own, or the republisher's (`via`). */
  urlPage: "original" | "republication" | null;
  /** The Wayback Machine's list of archived copies of `url`, when the address is known. */
  archiveUrl: string | null;
}

export interface QuoteView {
  sourceId: string;
  text: string;
  voice: QuoteVoice;
  /** Null for narration (the publisher's own words). */
  speaker: SpeakerName | null;
  /** "Jens Stoltenberg, in DW, 16 Feb 2017" (lib/store/attribution.ts). */
  attribution: string;
}

/** What every list of sources says of one: its publisher's slug (the filter's value) included. */
export const sourceFacts = (source: StoreSource) => ({
  id: source.id,
  title: source.title,
  publisher: source.publisher,
  publisherId: slugify(source.publisher),
  publisherType: source.publisherType,
  via: source.via,
  url: source.url,
  urlPage: source.urlPage ?? null,
});

export const slugify = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function toEventView(store: Store, event: StoreEvent): EventView {
  const named = (ids: string[], lookup: (id: string) => { name: string } | undefined) =>
    ids.map((id) => ({ id, name: lookup(id)?.name ?? id }));
  const dateSource = store.getSource(event.sources[0]?.source ?? "");
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    label: event.label,
    edtf: event.date,
    longLabel: longDateLabel(event.when),
    precisionWords: precisionInWords(event.when),
    dateText: event.dateText,
    dateSourceId: event.sources[0]?.source ?? "",
    dateBasis: dateBasis(
      Boolean(event.when.interval),
      dateSource?.publisher ?? event.sources[0]?.source ?? "",
      event.dateText,
    ),
    dateTextElsewhere: event.dateTextElsewhere ?? null,
    type: event.type,
    status: event.status,
    earliest: event.when.earliest,
    latest: event.when.latest,
    precise: event.when.precision === "day" && !event.when.interval && !event.when.approximate,
    year: event.when.earliest.slice(0, 4),
    actors: named(event.actors, store.getActor),
    places: named(event.places, store.getPlace),
    tags: event.tags,
    threads: store.threads
      .filter((thread) => thread.steps.some((step) => step.event === event.id))
      .map((thread) => thread.id),
    sources: citedSources(store, event).map((source) => ({
      ...sourceFacts(source),
      published: source.published,
      publishedLabel: source.publishedLabel,
      archiveUrl: source.url ? `https://web.archive.org/web/*/${source.url}` : null,
    })),
    quotes: event.sources.map((cite) => {
      const source = store.getSource(cite.source);
      const speaker = speakerName(cite, store.getActor);
      return {
        sourceId: cite.source,
        text: cite.quote,
        voice: cite.voice,
        speaker,
        attribution: attributionLine(
          cite.voice,
          speaker?.name ?? null,
          source?.publisher ?? cite.source,
          source?.publishedLabel ?? "",
        ),
      };
    }),
    relatedIds: event.relatedIds,
    added: event.added,
    addedLabel: parseEventDate(event.added).label,
    revisions: event.revisions.map(({ date, change }) => ({
      date,
      change,
      label: parseEventDate(date).label,
    })),
  };
}

/** Views of every event in the store, oldest first, derived once per store. */
export const eventViews = perStore((store): readonly EventView[] =>
  Object.freeze(store.events.map((event) => toEventView(store, event))),
);

/** Each event's quotes of one source, with who speaks in them, by event id. */
export function sourceQuotesByEvent(store: Store, sourceId: string) {
  const views = new Map(eventViews(store).map((view) => [view.id, view]));
  return new Map(
    store
      .eventsBySource(sourceId)
      .map((event) => [
        event.id,
        (views.get(event.id)?.quotes ?? []).filter((quote) => quote.sourceId === sourceId),
      ]),
  );
}
