import type { Store } from "../store/build-store";
import { bibtexCitation, chicagoCitation } from "./citation";
import { neighbours, relatedEvents, reportingInWords } from "./event-facts";
import { eventViews } from "./event-view";
import { eventJsonLd } from "./json-ld";
import { BASE_MAP_SOURCE } from "../store/base-map";
import { locatorMap } from "../map/render";
import { OG_CONTENT_TYPE, OG_SIZE } from "./og-image";
import { absoluteUrl, STATIC_EXPORT, eventPath } from "../deploy/site";
import { getStore } from "../store/store";

/**
 * Event pages are made at build time while the store is small. Above this many events they are
 * made on first request and then cached, so that a build stays fast at 10,000 events (each page
 * also draws two preview images). A static export has no server to make them later: it makes all.
 */
export const PRERENDER_LIMIT = 500;

/** The ids whose event pages (and preview images) the build makes. */
export function prerenderedEventParams() {
  const { events } = getStore();
  if (events.length > PRERENDER_LIMIT && !STATIC_EXPORT) return [];
  return events.map((event) => ({ id: event.id }));
}

/** The words that stand for an event's preview image (app/events/[id]/opengraph-image.tsx). */
export const EVENT_IMAGE_ALT =
  "The event's date, title, type and sources, on the Libya–NATO timeline";

/** A link to another event's page, as the event page lists it. */
interface EventLink {
  id: string;
  title: string;
  label: string;
}

const eventLink = ({ id, title, label }: EventLink): EventLink => ({ id, title, label });

/**
 * Everything an event page shows, worked out on the server: the page ships no React to the
 * browser (pages/events/[id].tsx), so it is rendered from these props alone. JSON-safe (no
 * `undefined`), as the pages router requires of props. Null for an unknown id.
 */
export function eventPageProps(store: Store, id: string) {
  const event = store.getEvent(id);
  if (!event) return null;
  const { previous, next } = neighbours(store, event);
  const url = absoluteUrl(eventPath(event.id));
  return {
    view: eventViews(store).find((candidate) => candidate.id === event.id)!,
    reporting: reportingInWords(store, event),
    related: relatedEvents(store, event).map(eventLink),
    previous: previous && eventLink(previous),
    next: next && eventLink(next),
    url,
    chicago: chicagoCitation(store, event),
    bibtex: bibtexCitation(store, event),
    jsonLd: eventJsonLd(store, event.id),
    title: `${event.title} (${event.label})`,
    // A locator map of its places, drawn now: the page has no script to draw it.
    map:
      event.places.length > 0
        ? locatorMap(event.places.flatMap((place) => store.getPlace(place) ?? []))
        : null,
    mapSource: BASE_MAP_SOURCE,
    // The preview images are app routes beside the page (app/events/[id]/).
    image: {
      openGraph: `${url}/opengraph-image`,
      twitter: `${url}/twitter-image`,
      type: OG_CONTENT_TYPE,
      width: String(OG_SIZE.width),
      height: String(OG_SIZE.height),
      alt: EVENT_IMAGE_ALT,
    },
  };
}

export type EventPageProps = NonNullable<ReturnType<typeof eventPageProps>>;
