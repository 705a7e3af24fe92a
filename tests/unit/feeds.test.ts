import { describe, expect, it } from "vitest";
import { atomFeed, feedEntries, jsonFeed, type FeedStore } from "@/lib/outputs/feeds";
import { ATOM_PATH, JSON_FEED_PATH } from "@/lib/views/page-head";
import { absoluteUrl, SITE_NAME, SITE_URL } from "@/lib/deploy/site";
import { loadStore } from "@/lib/store/store";
import type { EventRecord } from "@/lib/store/schema";
import { DATA_DIR, EVENT, onlyProblem, setupDataCopies } from "./helpers";
import { EVENTS, smallStore } from "./fixtures/small-store";

// The fixture store: every event added on 1 Nov 2026; e3 corrected on 10 and 25 Nov 2026;
// e7 quoted four times (directly, reported, narrated) by Zeta Times and Eta Bulletin.
const store = smallStore();
const CORRECTED = "e3";
const QUOTED = "e7";
const EXPECTED = "e6";
const freshCopy = setupDataCopies();
const permalink = (id: string) => absoluteUrl(`/events/${id}`);
const json = (id: string) => `events/${id}.json`;

/** The JSON Feed, parsed. */
interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  authors: { name: string }[];
  author?: unknown;
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified: string;
    tags: string[];
  }[];
}
const parseJson = (feed: FeedStore) => JSON.parse(jsonFeed(feed)) as JsonFeed;

/** The Atom entries as text, in document order, and one element's text in each. */
const atomEntries = (xml: string) =>
  [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
const element = (xml: string, name: string) =>
  new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];

/** A copy of the real store with one event changed. */
function realStoreWith(changes: Record<string, (record: Record<string, unknown>) => void>) {
  const data = freshCopy();
  for (const [id, change] of Object.entries(changes)) data.editEvent(id, change);
  return loadStore(data.dir);
}

/** The fixture store with some events changed. */
const storeWith = (changes: Record<string, Partial<EventRecord>>) =>
  smallStore(EVENTS.map((event) => ({ ...event, ...changes[event.id] })));

describe("added and revisions in the real store, read and validated from data/", () => {
  const real = loadStore(DATA_DIR);

  it("every event records when it was added, and the fact-check's corrections since", () => {
    for (const event of real.events) {
      expect(event.added, event.id).toBe("2026-11-23");
      for (const revision of event.revisions) expect(revision.date, event.id).toBe("2026-12-01");
    }
    expect(real.getEvent(EVENT.request)?.revisions[0]?.change).toMatch(
      /^Re-dated from 16 February/,
    );
  });

  it("revisions default to none", () => {
    const copy = realStoreWith({ [EVENT.naplesHub]: (record) => delete record.revisions });
    expect(copy.getEvent(EVENT.naplesHub)?.revisions).toEqual([]);
  });

  it("the validator reports a missing added date", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => delete record.added);
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "added",
      message: "must be an ISO date (YYYY-MM-DD)",
    });
  });

  it("the validator reports a revision dated before added", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => {
      record.revisions = [{ date: "2026-11-22", change: "Corrected the title." }];
    });
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "revisions[0].date",
      message: "is before added (2026-11-23)",
    });
  });

  it("the validator reports revisions out of order", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => {
      record.revisions = [
        { date: "2027-02-01", change: "Corrected the title." },
        { date: "2027-01-05", change: "Added a second quote." },
      ];
    });
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "revisions[1].date",
      message: "is before the revision above it (2027-02-01); list revisions oldest first",
    });
  });

  it("the validator reports a revision that does not say what changed", () => {
    const data = freshCopy();
    data.editEvent(EVENT.naplesHub, (record) => {
      record.revisions = [{ date: "2027-01-05", change: " " }];
    });
    expect(onlyProblem(data.problems(), json(EVENT.naplesHub))).toMatchObject({
      field: "revisions[0].change",
      message: "must say what changed",
    });
  });
});

describe("feed entries", () => {
  it("has one entry per event, its id the event's permalink", () => {
    const entries = feedEntries(store);
    expect(entries).toHaveLength(store.events.length);
    expect(new Set(entries.map((entry) => entry.id))).toEqual(
      new Set(store.events.map((event) => permalink(event.id))),
    );
  });

  it("puts the newest-added first, then the newest event date", () => {
    // All events were added the same day: the timeline's order, reversed.
    expect(feedEntries(store).map((entry) => entry.id)).toEqual(
      [...store.events].reverse().map((event) => permalink(event.id)),
    );
    const copy = storeWith({ [EXPECTED]: { added: "2027-01-05" } });
    const ids = feedEntries(copy).map((entry) => entry.id);
    expect(ids[0]).toBe(permalink(EXPECTED));
    expect(ids.slice(1)).toEqual(
      [...store.events]
        .reverse()
        .filter((event) => event.id !== EXPECTED)
        .map((event) => permalink(event.id)),
    );
  });

  it("summarizes the event with its date label and the publishers of its sources", () => {
    const entry = feedEntries(store).find((e) => e.id === permalink(CORRECTED))!;
    const event = store.getEvent(CORRECTED)!;
    expect(entry.title).toBe(event.title);
    expect(entry.summary).toBe(
      `${event.summary} Date: 1 Mar 2016. Sources: Alpha News, Beta Wire. Corrected 25 Nov 2026.`,
    );
    expect(entry.categories).toEqual(["meeting", "ministerial"]);
    expect(entry).toMatchObject({ published: "2026-11-01", updated: "2026-11-25" });
    const twoDays = feedEntries(store).find((e) => e.id === permalink(QUOTED))!;
    expect(twoDays.summary).toContain(" Date: 15–16 Feb 2017. Sources: Zeta Times, Eta Bulletin.");
  });

  it("quotes every cited passage, escaped, with who published it", () => {
    const entry = feedEntries(store).find((e) => e.id === permalink(QUOTED))!;
    expect(entry.contentHtml).toContain(
      "<blockquote><p>meeting in Brussels ended on Thursday &quot;as planned &amp; on time&quot;</p></blockquote>",
    );
    expect(entry.contentHtml.match(/<blockquote>/g)).toHaveLength(
      store.getEvent(QUOTED)!.sources.length,
    );
    expect(entry.contentHtml).toContain(
      `<a href="${absoluteUrl("/sources/s-zeta")}">Zeta Times</a>`,
    );
    expect(entry.contentHtml).toMatch(/>Eta Bulletin<\/a>, <cite>[^<]+<\/cite>, 1 Mar 2017<\/p>$/);
  });

  it("says who speaks in each quote", () => {
    const entry = feedEntries(store).find((e) => e.id === permalink(QUOTED))!;
    expect(entry.contentHtml).toContain(
      "Libya asked for training</p></blockquote>\n<p>Libya (paraphrase)</p>",
    );
    expect(entry.contentHtml).toContain(
      "met in Brussels for two days</p></blockquote>\n<p>The publisher's own words</p>",
    );
  });

  it("lists the corrections with their dates under a Corrected mark", () => {
    const entry = feedEntries(store).find((e) => e.id === permalink(CORRECTED))!;
    const [revision] = store.getEvent(CORRECTED)!.revisions;
    expect(entry.contentHtml).toMatch(
      /\n<p><strong>Corrected<\/strong><\/p>\n<ul>\n<li><time datetime="2026-11-10">10 Nov 2026<\/time>: Corrected [^<]+<\/li>\n<li><time datetime="2026-11-25">25 Nov 2026<\/time>: Added [^<]+<\/li>\n<\/ul>$/,
    );
    expect(entry.contentHtml).toContain(revision!.change);
    const unrevised = feedEntries(store).find((e) => e.id === permalink(EXPECTED))!;
    expect(unrevised.contentHtml).not.toContain("Corrected");
    expect(unrevised.summary).not.toContain("Corrected");
  });
});

describe("Atom feed", () => {
  const xml = atomFeed(store);

  it("describes the site, links itself and is dated by its newest entry", () => {
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(element(xml, "id")).toBe(SITE_URL);
    expect(element(xml, "title")).toBe(SITE_NAME);
    expect(element(xml, "updated")).toBe("2026-11-25T00:00:00.000Z");
    expect(xml).toContain(`<link rel="self" href="${absoluteUrl(ATOM_PATH)}"/>`);
  });

  it("has an entry per event, in feed order, with permalink ids and dates", () => {
    const entries = atomEntries(xml);
    expect(entries.map((entry) => element(entry, "id"))).toEqual(
      feedEntries(store).map((entry) => entry.id),
    );
    for (const [index, entry] of entries.entries()) {
      const event = store.getEvent(feedEntries(store)[index]!.id.split("/").at(-1)!)!;
      expect(element(entry, "published")).toBe("2026-11-01T00:00:00.000Z");
      expect(element(entry, "updated")).toBe(
        `${event.revisions.at(-1)?.date ?? event.added}T00:00:00.000Z`,
      );
      expect(entry).toContain(`<link href="${element(entry, "id")}"/>`);
      expect(entry).toMatch(/<summary type="html">/);
      expect(entry).toMatch(/<content type="html">/);
    }
  });

  it("a revision moves the entry's updated date and the feed's, not its published date", () => {
    const copy = storeWith({
      [QUOTED]: {
        revisions: [
          { date: "2027-01-05", change: "Added the second quote." },
          { date: "2027-02-10", change: "Corrected the summary." },
        ],
      },
    });
    const revised = atomFeed(copy);
    expect(element(revised, "updated")).toBe("2027-02-10T00:00:00.000Z");
    const entry = atomEntries(revised).find((e) => element(e, "id") === permalink(QUOTED))!;
    expect(element(entry, "updated")).toBe("2027-02-10T00:00:00.000Z");
    expect(element(entry, "published")).toBe("2026-11-01T00:00:00.000Z");
    // Being corrected does not move an entry: the order is by the date it was added.
    expect(atomEntries(revised).map((e) => element(e, "id"))).toEqual(
      atomEntries(xml).map((e) => element(e, "id")),
    );
  });

  it("escapes a title with <&>, so it is shown as written", () => {
    const title = 'NATO <&> Libya: "talks" ]]> end';
    const copy = storeWith({ e4: { title } });
    const revised = atomFeed(copy);
    const entry = atomEntries(revised).find((e) => element(e, "id") === permalink("e4"))!;
    // type="html" in CDATA: the HTML text of the title, so a reader shows the characters.
    expect(element(entry, "title")).toBe(
      "<![CDATA[NATO &lt;&amp;&gt; Libya: &quot;talks&quot; ]]&gt; end]]>",
    );
    expect(revised).not.toContain("<&>");
    // The CDATA section cannot be ended early: the only "]]>" are the sections' own ends.
    expect(revised.match(/]]>/g)?.length).toBe(revised.match(/<!\[CDATA\[/g)?.length);
  });
});

describe("JSON Feed", () => {
  const feed = parseJson(store);

  it("is JSON Feed 1.1 describing the site", () => {
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: SITE_NAME,
      home_page_url: SITE_URL,
      feed_url: absoluteUrl(JSON_FEED_PATH),
      authors: [{ name: SITE_NAME }],
    });
    expect(feed.author).toBeUndefined();
  });

  it("has an item per event, in feed order, with permalinks and dates", () => {
    expect(feed.items.map((item) => item.id)).toEqual(feedEntries(store).map((e) => e.id));
    for (const item of feed.items) {
      const event = store.getEvent(item.id.split("/").at(-1)!)!;
      expect(item.url).toBe(item.id);
      expect(item.date_published).toBe("2026-11-01T00:00:00.000Z");
      expect(item.date_modified).toBe(
        `${event.revisions.at(-1)?.date ?? event.added}T00:00:00.000Z`,
      );
    }
    const corrected = feed.items.find((item) => item.id === permalink(CORRECTED))!;
    expect(corrected.tags).toEqual(["meeting", "ministerial"]);
    const quoted = feed.items.find((item) => item.id === permalink(QUOTED))!;
    expect(quoted.content_html).toContain("<blockquote><p>The ministers have agreed to help.");
  });

  it("a revision moves date_modified", () => {
    const copy = storeWith({
      [QUOTED]: { revisions: [{ date: "2027-01-05", change: "Added the second quote." }] },
    });
    const item = parseJson(copy).items.find((i) => i.id === permalink(QUOTED))!;
    expect(item).toMatchObject({
      date_published: "2026-11-01T00:00:00.000Z",
      date_modified: "2027-01-05T00:00:00.000Z",
    });
  });

  it("keeps titles and summaries plain text, unescaped", () => {
    const title = 'NATO <&> Libya: "talks"';
    const copy = storeWith({ e4: { title } });
    const item = parseJson(copy).items.find((i) => i.id === permalink("e4"))!;
    expect(item.title).toBe(title);
    expect(item.summary.startsWith(store.getEvent("e4")!.summary)).toBe(true);
  });
});
