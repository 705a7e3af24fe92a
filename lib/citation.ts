import type { Store, StoreEvent } from "./build-store";
import { absoluteUrl, SITE_NAME } from "./site";

const sourcesOf = (store: Store, event: StoreEvent) =>
  [...new Set(event.sources.map((cite) => cite.source))].flatMap((id) => store.getSource(id) ?? []);

/** A Chicago-style note for the event page, naming the sources it rests on. */
export function chicagoCitation(store: Store, event: StoreEvent) {
  const based = sourcesOf(store, event)
    .map((source) => `${source.publisher}, “${source.title},” ${source.publishedLabel}`)
    .join("; ");
  return `“${event.title}.” ${SITE_NAME}, event dated ${event.label}. Based on ${based}. ${absoluteUrl(`/events/${event.id}`)}.`;
}

/** BibTeX needs its special characters escaped inside braces. */
const bibtex = (text: string) => text.replace(/([{}%&$#_\\])/g, "\\$1");

/** A BibTeX @misc entry keyed by the event id. */
export function bibtexCitation(store: Store, event: StoreEvent) {
  const sources = sourcesOf(store, event)
    .map((source) => `${source.publisher}, ${source.title} (${source.published})`)
    .join("; ");
  return [
    `@misc{${event.id},`,
    `  title = {${bibtex(event.title)}},`,
    `  howpublished = {${SITE_NAME}},`,
    `  year = {${event.when.earliest.slice(0, 4)}},`,
    `  note = {Event dated ${bibtex(event.label)}. Sources: ${bibtex(sources)}},`,
    `  url = {${absoluteUrl(`/events/${event.id}`)}}`,
    `}`,
  ].join("\n");
}
