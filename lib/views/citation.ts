import type { Store, StoreEvent } from "../store/build-store";
import { citedSources } from "../store/cited";
import { parseEventDate } from "../store/event-date";
import { lastChanged } from "./event-facts";
import { absoluteUrl, SITE_NAME, eventPath } from "../deploy/site";

/**
 * The version a citation names: the day of the event's last correction, else the day it was
 * added, so a reader of an older citation can see what changed since (the page lists revisions).
 */
function versionWords(event: StoreEvent) {
  const day = parseEventDate(lastChanged(event)).label;
  return event.revisions.length > 0 ? `version of ${day} (corrected)` : `version of ${day}`;
}

/** A Chicago-style note for the event page, naming the sources it rests on and the version cited. */
export function chicagoCitation(store: Store, event: StoreEvent) {
  const based = citedSources(store, event)
    .map((source) => `${source.publisher}, “${source.title},” ${source.publishedLabel}`)
    .join("; ");
  return `“${event.title}.” ${SITE_NAME}, event dated ${event.label}, ${versionWords(event)}. Based on ${based}. ${absoluteUrl(eventPath(event.id))}.`;
}

/** BibTeX needs its special characters escaped inside braces. */
const bibtex = (text: string) => text.replace(/([{}%&$#_\\])/g, "\\$1");

/** A BibTeX @misc entry keyed by the event id. */
export function bibtexCitation(store: Store, event: StoreEvent) {
  const sources = citedSources(store, event)
    .map((source) => `${source.publisher}, ${source.title} (${source.published})`)
    .join("; ");
  return [
    `@misc{${event.id},`,
    `  title = {${bibtex(event.title)}},`,
    `  howpublished = {${SITE_NAME}},`,
    `  year = {${event.when.earliest.slice(0, 4)}},`,
    `  note = {Event dated ${bibtex(event.label)}, ${versionWords(event)}. Sources: ${bibtex(sources)}},`,
    `  version = {${lastChanged(event)}},`,
    `  url = {${absoluteUrl(eventPath(event.id))}}`,
    `}`,
  ].join("\n");
}
