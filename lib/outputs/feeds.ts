import { Feed, type Item } from "feed";
import { speakerLabel, speakerName } from "../store/attribution";
import type { Store } from "../store/build-store";
import { parseEventDate } from "../store/event-date";
import { lastChanged } from "../views/event-facts";
import type { Revision, SourceQuote } from "../store/schema";
import { absoluteUrl, SITE_NAME, SITE_URL, eventPath, sourcePath } from "../deploy/site";
import { escapeHtml } from "../text/html";
import { dayStart } from "../store/iso-day";
import { citedPublishers } from "../store/cited";
import { ATOM_PATH, JSON_FEED_PATH } from "../views/page-head";

// The news feeds: one entry per event, in the order the store received them. Pure: the text is
// made from the store alone (no clock, no disk), so a static build serves the same bytes each time.

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const JSON_FEED_CONTENT_TYPE = "application/feed+json; charset=utf-8";
const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

/** What the feeds read from the store. */
export type FeedStore = Pick<Store, "events" | "getSource" | "getActor">;

/** One feed entry, before it is written as Atom or JSON Feed. Text fields are plain text. */
interface FeedEntry {
  /** The event's permalink: entry id and link alike. */
  id: string;
  title: string;
  /** Event summary, date label, publishers of the cited sources, and when it was last corrected. */
  summary: string;
  /** The quotes, who speaks in each and who published them, then the corrections, as HTML (every text escaped). */
  contentHtml: string;
  /** When the event entered the store (`added`). */
  published: string;
  /** Its last revision, else `added`. */
  updated: string;
  /** The event type, then its tags. */
  categories: string[];
}

const DESCRIPTION =
  "Events as they are added to a sourced timeline of NATO security assistance to Libya: each one traced to the sentences that report it.";

/**
 * The entries, newest-added first; events added on the same day newest event date first (the
 * reverse of the timeline's order: latest start, then latest end, then id).
 */
export function feedEntries(store: FeedStore): FeedEntry[] {
  return [...store.events]
    .sort(
      (a, b) => compare(b.added, a.added) || compare(b.sortKey, a.sortKey) || compare(b.id, a.id),
    )
    .map((event) => {
      // Quotes grouped by source, in citation order, each group followed by who published it.
      const bySource = new Map<string, SourceQuote[]>();
      for (const cite of event.sources)
        bySource.set(cite.source, [...(bySource.get(cite.source) ?? []), cite]);
      const cited = [...bySource].map(([id, quotes]) => ({
        id,
        quotes,
        source: store.getSource(id),
      }));
      const publishers = citedPublishers(store, event);
      const contentHtml = cited
        .map(({ id, quotes, source }) => {
          const by = [
            `<a href="${feedHtml(absoluteUrl(sourcePath(id)))}">${feedHtml(source?.publisher ?? id)}</a>`,
            ...(source ? [`<cite>${feedHtml(source.title)}</cite>`, source.publishedLabel] : []),
          ];
          const blocks = quotes.map((cite) => {
            const who = speakerLabel(cite.voice, speakerName(cite, store.getActor));
            return `<blockquote><p>${feedHtml(cite.quote)}</p></blockquote>\n<p>${feedHtml(who)}</p>`;
          });
          return [...blocks, `<p>— ${by.join(", ")}</p>`].join("\n");
        })
        .concat(event.revisions.length > 0 ? [correctionsHtml(event.revisions)] : [])
        .join("\n");
      const corrected = event.revisions.at(-1);
      return {
        id: absoluteUrl(eventPath(event.id)),
        title: event.title,
        summary: `${event.summary} Date: ${event.label}. Sources: ${publishers.join(", ")}.${corrected ? ` Corrected ${dayLabel(corrected.date)}.` : ""}`,
        contentHtml,
        published: event.added,
        updated: lastChanged(event),
        categories: unique([event.type, ...event.tags]),
      };
    });
}

/** Atom 1.0 (RFC 4287). Titles and summaries are sent as escaped HTML (`type="html"`). */
export function atomFeed(store: FeedStore): string {
  const entries = feedEntries(store);
  const feed = newFeed(entries);
  for (const entry of entries) {
    feed.addItem({
      ...item(entry),
      title: feedHtml(entry.title),
      description: feedHtml(entry.summary),
    });
  }
  return feed.atom1();
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): title and summary plain, content as HTML. */
export function jsonFeed(store: FeedStore): string {
  const entries = feedEntries(store);
  const feed = newFeed(entries);
  for (const entry of entries) feed.addItem(item(entry));
  // The library writes version 1; 1.1 differs in `authors` (a list) and `language`.
  const { author, items, ...top } = JSON.parse(feed.json1()) as Record<string, unknown>;
  return JSON.stringify(
    { ...top, version: JSON_FEED_VERSION, language: "en", authors: [author], items },
    null,
    2,
  );
}

function newFeed(entries: FeedEntry[]) {
  const updated = entries
    .map((entry) => entry.updated)
    .sort()
    .at(-1);
  return new Feed({
    id: SITE_URL,
    title: SITE_NAME,
    description: DESCRIPTION,
    link: SITE_URL,
    language: "en",
    feedLinks: { atom: absoluteUrl(ATOM_PATH), json: absoluteUrl(JSON_FEED_PATH) },
    author: { name: SITE_NAME, link: SITE_URL },
    // A store always has events; the fallback only keeps the type honest.
    updated: dayStart(updated ?? "1970-01-01"),
    generator: false,
  });
}

function item(entry: FeedEntry): Item {
  return {
    id: entry.id,
    link: entry.id,
    title: entry.title,
    description: entry.summary,
    content: entry.contentHtml,
    published: dayStart(entry.published),
    date: dayStart(entry.updated),
    category: entry.categories.map((name) => ({ name, term: name })),
  };
}

/** The corrections of an entry, dated, under a visible "Corrected" mark. */
function correctionsHtml(revisions: readonly Revision[]) {
  const items = revisions.map(
    ({ date, change }) =>
      `<li><time datetime="${date}">${dayLabel(date)}</time>: ${feedHtml(change)}</li>`,
  );
  return [`<p><strong>Corrected</strong></p>`, `<ul>`, ...items, `</ul>`].join("\n");
}

/** "1 Dec 2026": an ISO day as the site labels dates. */
const dayLabel = (iso: string) => parseEventDate(iso).label;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const unique = <T>(values: T[]) => [...new Set(values)];

/** Text in the entries' HTML, which quotes attributes with double quotes only. */
const feedHtml = (text: string) => escapeHtml(text, { apostrophes: "keep" });
