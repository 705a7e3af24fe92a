import { describe, expect, it } from "vitest";
import { eventPageProps } from "@/lib/views/event-pages";
import { absoluteUrl } from "@/lib/deploy/site";
import { smallStore } from "./fixtures/small-store";

const store = smallStore();
/** Cited by two publishers, corrected twice (the last on 25 Nov 2026). */
const CORRECTED = "e3";
/** Never corrected: its version is the day it was added. */
const UNREVISED = "e4";

/** True when no value anywhere in `value` is `undefined` (which page props cannot carry). */
const hasNoUndefined = (value: unknown): boolean =>
  value !== undefined &&
  (typeof value !== "object" || value === null || Object.values(value).every(hasNoUndefined));

describe("eventPageProps", () => {
  const props = eventPageProps(store, CORRECTED)!;

  it("gives the page what it shows: the event, its citations, its neighbours and preview", () => {
    const url = absoluteUrl(`/events/${CORRECTED}`);
    expect(props.view.id).toBe(CORRECTED);
    expect(props.url).toBe(url);
    expect(props.title).toBe(`${props.view.title} (${props.view.label})`);
    expect(props.reporting).toBe("Reported by 2 publishers");
    expect(props.chicago).toContain(url);
    expect(props.bibtex).toContain(`@misc{${CORRECTED},`);
    // The version cited: the day of the last correction.
    expect(props.chicago).toContain("event dated 1 Mar 2016, version of 25 Nov 2026 (corrected).");
    expect(props.bibtex).toContain("  version = {2026-11-25},");
    const unrevised = eventPageProps(store, UNREVISED)!;
    expect(unrevised.chicago).toContain(", version of 1 Nov 2026. Based on");
    expect(props.jsonLd).toMatchObject({ "@type": "Event", url });
    expect(props.image).toMatchObject({
      openGraph: `${url}/opengraph-image`,
      twitter: `${url}/twitter-image`,
      width: "1200",
      height: "630",
    });
    const index = store.events.findIndex((event) => event.id === CORRECTED);
    expect(props.previous?.id).toBe(store.events[index - 1]?.id);
    expect(props.next?.id).toBe(store.events[index + 1]?.id);
    expect(props.previous?.id).toBe("e2");
    expect(props.next?.id).toBe("e4");
    expect(props.related.map((event) => event.id)).not.toContain(CORRECTED);
  });

  it("is JSON-safe: nothing undefined, and a JSON round trip changes nothing", () => {
    expect(hasNoUndefined(props)).toBe(true);
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
  });

  it("is JSON-safe for every event of the store", () => {
    for (const event of store.events) {
      const each = eventPageProps(store, event.id)!;
      expect(hasNoUndefined(each), event.id).toBe(true);
      expect(JSON.parse(JSON.stringify(each)), event.id).toEqual(each);
    }
  });

  it("is null for an unknown id, which the page turns into a 404", () => {
    expect(eventPageProps(store, "no-such-event")).toBeNull();
  });
});
