import { describe, expect, it } from "vitest";
import { readStore } from "@/lib/store/read-store";
import { loadStore, StoreValidationError } from "@/lib/store/store";
import { verbatimIn } from "@/lib/store/verbatim";
import { DATA_DIR, DW_SOURCE, EVENT } from "./helpers";

const store = loadStore(DATA_DIR);

describe("the real store", () => {
  it("has no problems", () => {
    expect(readStore(DATA_DIR).problems).toEqual([]);
    expect(store.events.length).toBeGreaterThan(0);
  });

  it("holds every event file once", () => {
    const ids = store.events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(EVENT.request);
  });

  it("sorts events chronologically", () => {
    store.events.slice(1).forEach((event, i) => {
      const previous = store.events[i]!;
      expect(previous.sortKey < event.sortKey, `${previous.id} before ${event.id}`).toBe(true);
      expect(previous.when.earliest <= event.when.earliest).toBe(true);
    });
    expect(store.events[0]?.when.earliest.startsWith("2011")).toBe(true);
  });

  it("cites at least one source per event, each quote verbatim in its source text", () => {
    for (const event of store.events) {
      expect(event.sources.length, event.id).toBeGreaterThanOrEqual(1);
      for (const { source, quote } of event.sources) {
        const text = store.getSource(source)?.text;
        expect(text, `${event.id} cites ${source}`).toBeDefined();
        expect(verbatimIn(text ?? "")(quote), `${event.id}: ${quote}`).toBe(true);
      }
    }
  });

  it("labels dates, marking expected events", () => {
    expect(store.getEvent(EVENT.naplesHub)?.label).toBe("15 Feb 2017");
    expect(store.getEvent(EVENT.euMinisters)?.label).toBe("18 Apr 2016 (expected)");
    expect(store.getEvent(EVENT.ministers)?.label).toBe("15–16 Feb 2017");
    expect(store.getEvent(EVENT.request)?.sortKey).toBe(`2017-02-15|2017-02-16|${EVENT.request}`);
  });

  it("labels source publication dates", () => {
    expect(store.getSource("dw-2017-02-16-libya-requests-nato-assistance")?.publishedLabel).toBe(
      "16 Feb 2017",
    );
  });
});

describe("lookups", () => {
  it("finds records by id, and nothing for unknown ids", () => {
    expect(store.getEvent(EVENT.request)?.title).toMatch(/Libya requests NATO/);
    expect(store.getActor("nato")?.name).toBe("NATO");
    expect(store.getPlace("tripoli")?.name).toBe("Tripoli");
    expect(store.getSource("dw-2017-02-16-libya-requests-nato-assistance")?.publisher).toMatch(
      /DW/,
    );
    expect(store.getEvent("no-such-event")).toBeUndefined();
    expect(store.getActor("no-such-actor")).toBeUndefined();
    expect(store.getPlace("no-such-place")).toBeUndefined();
    expect(store.getSource("no-such-source")).toBeUndefined();
  });

  it("lists the events citing a source, once each, in date order", () => {
    const events = store.eventsBySource("dw-2017-02-16-libya-requests-nato-assistance");
    const ids = events.map((event) => event.id);
    expect(ids).toContain(EVENT.request); // cites this source twice
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      events.every((e) =>
        e.sources.some((s) => s.source === "dw-2017-02-16-libya-requests-nato-assistance"),
      ),
    ).toBe(true);
    const positions = events.map((event) => store.events.indexOf(event));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("lists the events of an actor and of a place", () => {
    const byActor = store.eventsByActor("jens-stoltenberg");
    expect(byActor.map((e) => e.id)).toContain(EVENT.request);
    expect(byActor.every((e) => e.actors.includes("jens-stoltenberg"))).toBe(true);
    const byPlace = store.eventsByPlace("luxembourg");
    expect(byPlace.map((e) => e.id)).toEqual([EVENT.euMinisters]);
  });

  it("matches a full scan for every actor and place", () => {
    for (const { id } of store.actors) {
      expect(store.eventsByActor(id).length, id).toBe(
        store.events.filter((e) => e.actors.includes(id)).length,
      );
    }
    for (const { id } of store.places) {
      expect(store.eventsByPlace(id).length, id).toBe(
        store.events.filter((e) => e.places.includes(id)).length,
      );
    }
  });

  it("returns an empty list for unknown ids", () => {
    expect(store.eventsBySource("no-such-source")).toEqual([]);
    expect(store.eventsByActor("no-such-actor")).toEqual([]);
    expect(store.eventsByPlace("no-such-place")).toEqual([]);
  });
});

describe("related events", () => {
  it("includes what the record lists", () => {
    const event = store.getEvent(EVENT.request)!;
    for (const id of event.related ?? []) expect(event.relatedIds).toContain(id);
  });

  it("is symmetric and never self-referencing", () => {
    for (const event of store.events) {
      expect(event.relatedIds).not.toContain(event.id);
      for (const id of event.relatedIds) {
        expect(store.getEvent(id)?.relatedIds, `${id} ↔ ${event.id}`).toContain(event.id);
      }
    }
  });

  it("derives the other side of a one-sided link", () => {
    // The dw event lists the ministers' meeting; the meeting gets the link back.
    expect(store.getEvent(EVENT.ministers)?.relatedIds).toContain(EVENT.request);
  });
});

describe("immutability", () => {
  it("freezes the store, its lists and its records", () => {
    expect(Object.isFrozen(store)).toBe(true);
    expect(Object.isFrozen(store.events)).toBe(true);
    const event = store.getEvent(EVENT.request)!;
    expect(Object.isFrozen(event)).toBe(true);
    expect(Object.isFrozen(event.when)).toBe(true);
    expect(Object.isFrozen(event.sources[0])).toBe(true);
    expect(Object.isFrozen(store.eventsByActor("nato"))).toBe(true);
    expect(Object.isFrozen(store.eventsBySource(DW_SOURCE))).toBe(true);
  });

  it("throws on mutation (test files are strict-mode modules)", () => {
    const event = store.getEvent(EVENT.request)! as { title: string };
    expect(() => {
      event.title = "changed";
    }).toThrow(TypeError);
    expect(() => (store.events as unknown[]).push({})).toThrow(TypeError);
    expect(() => (store.getEvent(EVENT.request)!.actors as string[]).push("x")).toThrow(TypeError);
    expect(() => {
      (store as { getEvent: unknown }).getEvent = () => undefined;
    }).toThrow(TypeError);
    expect(store.getEvent(EVENT.request)?.title).toMatch(/Libya requests NATO/);
  });
});

describe("loadStore on a missing folder", () => {
  it("throws StoreValidationError listing the problems", () => {
    expect(() => loadStore("no-such-data-dir")).toThrow(StoreValidationError);
    expect(() => loadStore("no-such-data-dir")).toThrow(
      "no-such-data-dir/events: (folder): is missing or empty",
    );
  });
});
