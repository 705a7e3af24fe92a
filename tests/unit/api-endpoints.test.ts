import { describe, expect, it } from "vitest";
import {
  downloadEvents,
  getEvent,
  getSource,
  getThread,
  listEvents,
  listSources,
  listThreads,
} from "@/lib/outputs/api/endpoints";
import type {
  ApiEvent,
  ApiEventList,
  ApiSource,
  ApiSourceList,
  ApiThread,
} from "@/lib/outputs/api/types";
import type { ApiResult } from "@/lib/outputs/api/endpoints";
import type { EventRecord } from "@/lib/store/schema";
import { absoluteUrl } from "@/lib/deploy/site";
import { storeJson } from "@/lib/outputs/export";
import {
  EVENTS as records,
  PLACES as places,
  SOURCES as sourceRecords,
  THREADS as threadRecords,
  smallStore,
} from "./fixtures/small-store";

// The fixture store, and its records as written, to check the answers against something the API
// did not make.
const store = smallStore();
/** Two days (15–16 Feb 2017) in Brussels, quoted from s-zeta (Libya reported) and s-eta. */
const QUOTED = "e7";
/** Dated June 2016. */
const MONTH = "e4";
/** Expected, c. 2017. */
const EXPECTED = "e6";

/** The body of a 200, or fails with the error answer. */
function ok<T>(result: ApiResult<T>): T {
  if (result.status !== 200) throw new Error(JSON.stringify(result.body));
  return result.body;
}

const list = (search: string): ApiEventList => ok(listEvents(store, new URLSearchParams(search)));
const ids = (search: string) => list(search).events.map((event) => event.id);
const recordIds = (keep: (record: EventRecord) => boolean) =>
  records
    .filter(keep)
    .map((record) => record.id)
    .sort();

describe("listEvents", () => {
  it("lists every event, oldest first, with the default filters", () => {
    const body = list("");
    expect(body.total).toBe(records.length);
    expect(body.count).toBe(records.length);
    expect(body.events.map((event) => event.id)).toEqual(store.events.map((event) => event.id));
    expect(body.filters).toEqual({
      q: "",
      from: null,
      to: null,
      types: [],
      actors: [],
      places: [],
      publishers: [],
      tags: [],
      thread: null,
      expected: true,
      sort: "date",
    });
    const earliest = body.events.map((event) => event.earliest);
    expect(earliest).toEqual([...earliest].sort());
  });

  it("filters by type as the records say", () => {
    const body = list("type=meeting");
    expect(body.count).toBe(records.filter((record) => record.type === "meeting").length);
    expect(body.count).toBeGreaterThan(0);
    expect(body.total).toBe(records.length);
    expect(body.filters.types).toEqual(["meeting"]);
    expect(ids("type=meeting").sort()).toEqual(recordIds((r) => r.type === "meeting"));
  });

  it("ORs the values of one facet and ANDs the facets", () => {
    expect(ids("type=meeting,offer").sort()).toEqual(
      recordIds((r) => r.type === "meeting" || r.type === "offer"),
    );
    expect(ids("type=meeting&type=offer")).toEqual(ids("type=meeting,offer"));
    expect(ids("type=meeting&actor=nato").sort()).toEqual(
      recordIds((r) => r.type === "meeting" && r.actors.includes("nato")),
    );
  });

  it("matches an imprecise date whose span overlaps the range", () => {
    // "2016-06" (Jun 2016) overlaps a range of its last day only.
    expect(ids("from=2016-06-30&to=2016-06-30")).toContain(MONTH);
    expect(ids("to=2016-05-31")).not.toContain(MONTH);
    expect(ids("from=2016-07-01")).not.toContain(MONTH);
  });

  it("leaves out expected events with expected=hide", () => {
    expect(ids("")).toContain(EXPECTED);
    expect(ids("expected=hide")).not.toContain(EXPECTED);
    expect(list("expected=hide").count).toBe(records.filter((r) => r.status !== "expected").length);
  });

  it("searches the text, and orders by relevance only when asked", () => {
    const byDate = ids("q=brussels");
    expect(byDate.length).toBeGreaterThan(1);
    expect(byDate.length).toBeLessThan(store.events.length);
    expect(byDate).toEqual(store.events.map((e) => e.id).filter((id) => byDate.includes(id)));
    expect(ids("q=brussels&sort=relevance").sort()).toEqual([...byDate].sort());
  });

  it("ignores the view-only parameters", () => {
    expect(list(`group=actor&start=2016-01-01&end=2016-12-31&event=${QUOTED}`)).toEqual(list(""));
  });

  it("answers 400 naming every bad parameter", () => {
    const result = listEvents(store, new URLSearchParams("type=banana&from=nope&actor=nato"));
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      error: "Bad query parameters",
      parameters: [
        { name: "from", message: expect.stringContaining("nope") },
        { name: "type", message: expect.stringContaining("banana") },
      ],
    });
  });
});

describe("downloadEvents (/download/events.json)", () => {
  const download = (search: string) => downloadEvents(store, new URLSearchParams(search));

  it("answers as /api/events does for the same query: the same shape, filters and events", () => {
    for (const search of [
      "",
      "type=meeting",
      "q=ministers+brussels&sort=relevance",
      "expected=hide",
    ]) {
      expect(download(search)).toEqual(list(search));
    }
  });

  it("gives each event as /download/store.json does", () => {
    expect(download("").events).toEqual(storeJson(store).events);
  });

  it("ignores a bad value as the page does, where the API refuses it", () => {
    expect(listEvents(store, new URLSearchParams("type=banana")).status).toBe(400);
    expect(download("type=banana")).toEqual(list(""));
    expect(download("type=meeting&type=banana").events.map((event) => event.id)).toEqual(
      ids("type=meeting"),
    );
  });

  it("ignores the page's view settings", () => {
    expect(download(`type=meeting&group=actor&event=${QUOTED}`)).toEqual(list("type=meeting"));
  });
});

describe("getEvent", () => {
  const event = ok(getEvent(store, QUOTED));
  const record = records.find((r) => r.id === QUOTED)!;

  it("gives the record with every name resolved and the date spelled out", () => {
    expect(event).toMatchObject({
      id: record.id,
      url: absoluteUrl(`/events/${record.id}`),
      title: record.title,
      summary: record.summary,
      date: "2017-02-15/2017-02-16",
      dateText: record.dateText,
      dateTextElsewhere: null,
      dateLabel: "15–16 Feb 2017",
      precision: "day",
      approximate: false,
      uncertain: false,
      earliest: "2017-02-15",
      latest: "2017-02-16",
      status: record.status,
      type: record.type,
      tags: record.tags,
    });
    expect(event.actors.map((actor) => actor.id)).toEqual(record.actors);
    expect(event.actors.every((actor) => actor.name.length > 0)).toBe(true);
    expect(event.places).toEqual(
      record.places.map((id) => {
        const { name, kind, lat, lon } = places.find((place) => place.id === id)!;
        return { id, name, kind, lat, lon };
      }),
    );
  });

  it("gives one citation per quoted passage, with its source's facts", () => {
    expect(
      event.sources.map(({ id, quote, voice, speaker }) => ({
        source: id,
        quote,
        voice,
        ...(speaker && { speaker: { actor: speaker.actor } }),
      })),
    ).toEqual(record.sources);
    const reported = event.sources.find((citation) => citation.voice === "reported")!;
    expect(reported.speaker).toEqual({ actor: "libya", name: "Libya" });
    for (const citation of event.sources) {
      const source = sourceRecords.find((s) => s.id === citation.id)!;
      expect(citation).toMatchObject({
        title: source.title,
        publisher: source.publisher,
        published: source.published,
        url: source.url,
      });
    }
  });

  it("gives the related events in both directions", () => {
    // e1 lists e5 as related; e5 lists none itself.
    const first = ok(getEvent(store, "e1"));
    expect(first.related).toContain("e5");
    for (const id of first.related) {
      expect(ok(getEvent(store, id)).related).toContain("e1");
    }
  });

  it("spells out imprecise and interval dates", () => {
    expect(ok(getEvent(store, MONTH))).toMatchObject({
      precision: "month",
      earliest: "2016-06-01",
      latest: "2016-06-30",
      dateLabel: "Jun 2016",
    });
    expect(ok(getEvent(store, QUOTED))).toMatchObject({
      date: "2017-02-15/2017-02-16",
      earliest: "2017-02-15",
      latest: "2017-02-16",
    });
    expect(ok(getEvent(store, EXPECTED))).toMatchObject({
      status: "expected",
      precision: "year",
      approximate: true,
      dateLabel: "c. 2017",
    });
  });

  it("is the same object in the list", () => {
    expect(list("").events.find((e) => e.id === QUOTED)).toEqual(event);
  });

  it("answers 404 for an unknown id, with the nearest ids", () => {
    const result = getEvent(store, `${QUOTED}x`);
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ error: `No event with id “${QUOTED}x”.` });
    expect((result.body as { suggestions: string[] }).suggestions[0]).toBe(QUOTED);
  });
});

describe("listSources and getSource", () => {
  const body: ApiSourceList = ok(listSources(store));
  const citing = (sourceId: string) =>
    recordIds((r) => r.sources.some((cite) => cite.source === sourceId));

  it("lists every source, oldest first, with the events citing it", () => {
    expect(body.count).toBe(sourceRecords.length);
    expect(body.sources.map((s) => s.id).sort()).toEqual(sourceRecords.map((s) => s.id).sort());
    const published = body.sources.map((s) => s.published);
    expect(published).toEqual([...published].sort());
    for (const source of body.sources) {
      expect([...source.events].sort()).toEqual(citing(source.id));
      expect(source.eventCount).toBe(source.events.length);
      expect(source.pageUrl).toBe(absoluteUrl(`/sources/${source.id}`));
      expect(source).not.toHaveProperty("text");
    }
  });

  it("gives one source with its text", () => {
    const source: ApiSource = ok(getSource(store, "s-zeta"));
    const record = sourceRecords.find((s) => s.id === "s-zeta")!;
    expect(source).toMatchObject({
      id: record.id,
      title: record.title,
      publisher: record.publisher,
      publisherId: "zeta-times",
      publisherType: record.publisherType,
      via: record.via,
      published: record.published,
      url: record.url,
      language: record.language,
      credit: record.credit,
      note: record.note ?? null,
    });
    expect(source.text).toBe(record.text);
    expect(source.events).toEqual([QUOTED]);
  });

  it("answers 404 for an unknown id", () => {
    const result = getSource(store, "no-such-source");
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ error: "No source with id “no-such-source”." });
  });

  it("lets a citation's publisherId filter the list", () => {
    const [first] = list("").events;
    const publisherId = first!.sources[0]!.publisherId;
    expect(ids(`publisher=${publisherId}`)).toContain(first!.id);
  });
});

describe("listThreads and getThread", () => {
  it("lets a thread filter the events, with the other filters", () => {
    const steps = threadRecords.find((t) => t.id === "t-offer")!.steps;
    expect([...ids("thread=t-offer")].sort()).toEqual(
      recordIds((r) => steps.some((step) => step.event === r.id)),
    );
    expect(list("thread=t-offer&type=offer").filters.thread).toBe("t-offer");
    expect(ids("thread=t-offer&type=offer")).toEqual(["e2"]);
    expect(listEvents(store, new URLSearchParams("thread=nope")).status).toBe(400);
  });

  it("lists every thread as written, by title, each step named and addressed", () => {
    const body = ok(listThreads(store));
    expect(body.count).toBe(threadRecords.length);
    const titles = body.threads.map((thread) => thread.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
    for (const thread of body.threads) {
      const record = threadRecords.find((r) => r.id === thread.id)!;
      expect(thread.url).toBe(absoluteUrl(`/threads/${thread.id}`));
      expect(thread.summary).toBe(record.summary);
      expect(thread.steps.map((step) => [step.event, step.note])).toEqual(
        record.steps.map((step) => [step.event, step.note ?? null]),
      );
      for (const step of thread.steps) {
        expect(step.url).toBe(absoluteUrl(`/threads/${thread.id}/${step.event}`));
        expect(step.title).toBe(records.find((r) => r.id === step.event)!.title);
      }
    }
  });

  it("gives one thread, and 404 with suggestions for an unknown id", () => {
    const thread: ApiThread = ok(getThread(store, "t-offer"));
    expect(thread.steps[0]!.event).toBe("e1");
    expect(thread.steps.at(-1)!.event).toBe("e5");
    const result = getThread(store, "t-offe");
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ error: "No thread with id “t-offe”." });
    expect((result.body as { suggestions: string[] }).suggestions[0]).toBe("t-offer");
  });
});

describe("every answer", () => {
  it("is plain JSON: no undefined, no lost fields", () => {
    const answers: unknown[] = [
      list(""),
      ok(listSources(store)),
      ok(listThreads(store)),
      ...store.sources.map((s) => ok(getSource(store, s.id))),
      ...store.events.map((e): ApiEvent => ok(getEvent(store, e.id))),
    ];
    for (const answer of answers) expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });
});
