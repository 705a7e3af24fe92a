import { stringify } from "csv-stringify/sync";
import { toApiEvent, toApiSource, toApiThread } from "./api/serialize";
import type { Store } from "../store/build-store";
import type { EventView } from "../views/event-view";
import { absoluteUrl, eventPath } from "../deploy/site";

/**
 * The columns of the CSV download, in order: one row per event and quote, so every row carries
 * the passage that supports it. Lists (actors, places, tags) are joined with "; ".
 */
export const CSV_COLUMNS = [
  "event_id",
  "event_url",
  "title",
  "date_edtf",
  "date_label",
  "earliest",
  "latest",
  "status",
  "type",
  "actors",
  "places",
  "tags",
  "summary",
  "source_id",
  "publisher",
  "publisher_type",
  "source_title",
  "source_published",
  "source_url",
  "quote",
  "voice",
  "speaker",
  "speaker_actor_id",
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

export function csvRows(store: Store, events: readonly EventView[]): CsvRow[] {
  return events.flatMap((event) =>
    event.quotes.map((quote) => {
      const source = store.getSource(quote.sourceId);
      return {
        event_id: event.id,
        event_url: absoluteUrl(eventPath(event.id)),
        title: event.title,
        date_edtf: event.edtf,
        date_label: event.label,
        earliest: event.earliest,
        latest: event.latest,
        status: event.status,
        type: event.type,
        actors: event.actors.map((actor) => actor.name).join("; "),
        places: event.places.map((place) => place.name).join("; "),
        tags: event.tags.join("; "),
        summary: event.summary,
        source_id: quote.sourceId,
        publisher: source?.publisher ?? "",
        publisher_type: source?.publisherType ?? "",
        source_title: source?.title ?? "",
        source_published: source?.published ?? "",
        source_url: source?.url ?? "",
        quote: quote.text,
        voice: quote.voice,
        speaker: quote.speaker?.name ?? "",
        speaker_actor_id: quote.speaker?.actor ?? "",
      };
    }),
  );
}

/** RFC 4180 CSV (quoted where needed, CRLF line ends) with a header row, in UTF-8. */
export const toCsv = (rows: CsvRow[]) =>
  stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows" });

/**
 * The whole store as one JSON document, in the API's shapes (docs/api.md): sources with their
 * texts, the vocabularies, every event with its quotes, and the threads through them.
 */
export function storeJson(store: Store) {
  return {
    generatedFrom: absoluteUrl("/"),
    sources: store.sources.map((source) => toApiSource(store, source)),
    actors: store.actors,
    places: store.places,
    events: store.events.map((event) => toApiEvent(store, event)),
    threads: store.threads.map((thread) => toApiThread(store, thread)),
  };
}
