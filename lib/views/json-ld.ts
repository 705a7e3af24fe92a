import { citedSources } from "../store/cited";
import type { Event, NewsArticle, Place, WithContext } from "schema-dts";
import type { Store } from "../store/build-store";
import type { DatePoint } from "../store/event-date";
import type { SourceQuote } from "../store/schema";
import { absoluteUrl, eventPath } from "../deploy/site";

/**
 * A date bound as ISO 8601 at the precision the sources give, no finer: "2017-02-16", "2015-12",
 * "2014". schema.org's Date is ISO 8601, which allows these reduced forms; writing a month or a
 * year as its first and last day would claim a precision the sources do not have.
 */
const isoAtPrecision = (point: DatePoint) =>
  point.earliest.slice(0, { day: 10, month: 7, year: 4 }[point.precision]);

/**
 * schema.org `Event` for one event of the store, for a `<script type="application/ld+json">`.
 *
 * Dates: `startDate` is the date (or the start of an EDTF interval) at its own precision;
 * `endDate` is given only for intervals. ISO 8601 cannot say "about" or "perhaps" (EDTF `~`,
 * `?`): those dates keep their plain form, and the description says that they are approximate
 * or uncertain, with the EDTF.
 *
 * Status: schema.org has no "happened" status (EventScheduled, the default, means "takes or took
 * place as scheduled"), so events that occurred carry none. Events the source expected get
 * EventScheduled, and the description says that this is what the source reported at the time,
 * not that the timeline knows it took place.
 *
 * Sources: each cited article is a `NewsArticle` the event is the subject of, with its verbatim
 * quotes as `Quotation` parts (the passage is part of the article, hence `hasPart`). `url` is
 * given only when the store knows the address; it is never made up.
 */
/**
 * Who speaks in a quote, as its `creator`: a known actor (a Person, or else an Organization).
 * Narration is the article's own words (its publisher), and an unnamed speaker has no type.
 */
function quoteCreator(cite: SourceQuote, getActor: Store["getActor"]) {
  const actor = cite.speaker && "actor" in cite.speaker ? getActor(cite.speaker.actor) : undefined;
  if (!actor) return {};
  return {
    creator: { "@type": actor.kind === "person" ? "Person" : "Organization", name: actor.name },
  } as const;
}

export function eventJsonLd(store: Store, eventId: string): WithContext<Event> {
  const event = store.getEvent(eventId);
  if (!event) throw new Error(`eventJsonLd: no event "${eventId}" in the store`);
  const { when } = event;
  const start = when.interval?.start ?? when;

  const notes: string[] = [];
  if (when.approximate || when.uncertain) {
    const kind = when.approximate ? "approximate" : "uncertain";
    notes.push(`The date is ${kind}: ${when.label} (EDTF ${when.edtf}).`);
  }
  const first = store.getSource(event.sources[0]?.source ?? "");
  if (event.status === "expected") {
    const by = first ? ` by ${first.publisher} on ${first.publishedLabel}` : "";
    notes.push(`Reported as expected${by}; whether it took place is not recorded here.`);
  }

  const location = event.places.flatMap((id): Place[] => {
    const place = store.getPlace(id);
    if (!place) return [];
    return [
      {
        "@type": "Place",
        name: place.name,
        // Only a city has a point; a country or region is named, not located.
        ...(place.kind === "city" && {
          geo: { "@type": "GeoCoordinates", latitude: place.lat, longitude: place.lon },
        }),
      },
    ];
  });

  const articles = citedSources(store, event).map((source): NewsArticle => ({
    "@type": "NewsArticle",
    headline: source.title,
    publisher: { "@type": "Organization", name: source.publisher },
    datePublished: source.published,
    inLanguage: source.language,
    // The known address (for a republished article, the republishing site's); else none.
    ...(source.url ? { url: source.url } : {}),
    hasPart: event.sources
      .filter((cite) => cite.source === source.id)
      .map((cite) => ({
        "@type": "Quotation",
        text: cite.quote,
        ...quoteCreator(cite, store.getActor),
      })),
  }));

  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: [event.summary, ...notes].join(" "),
    startDate: isoAtPrecision(start),
    ...(when.interval ? { endDate: isoAtPrecision(when.interval.end) } : {}),
    ...(event.status === "expected" ? { eventStatus: "https://schema.org/EventScheduled" } : {}),
    ...(location.length > 0 ? { location } : {}),
    url: absoluteUrl(eventPath(event.id)),
    subjectOf: articles,
  };
}
