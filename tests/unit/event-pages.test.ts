import { describe, expect, it } from "vitest";
import { eventPageProps } from "@/lib/views/event-pages";
import { absoluteUrl } from "@/lib/deploy/site";
import { loadStore } from "@/lib/store/store";
import { DATA_DIR, EVENT } from "./helpers";

const store = loadStore(DATA_DIR);

/** True when no value anywhere in `value` is `undefined` (which page props cannot carry). */
const hasNoUndefined = (value: unknown): boolean =>
  value !== undefined &&
  (typeof value !== "object" || value === null || Object.values(value).every(hasNoUndefined));

describe("eventPageProps", () => {
  const props = eventPageProps(store, EVENT.request)!;

  it("gives the page what it shows: the event, its citations, its neighbours and preview", () => {
    const url = absoluteUrl(`/events/${EVENT.request}`);
    expect(props.view.id).toBe(EVENT.request);
    expect(props.url).toBe(url);
    expect(props.title).toBe(`${props.view.title} (${props.view.label})`);
    expect(props.reporting).toBe("Reported by 2 publishers");
    expect(props.chicago).toContain(url);
    expect(props.bibtex).toContain(`@misc{${EVENT.request},`);
    // The version cited: the day of the last correction.
    expect(props.chicago).toContain(
      "event dated 15–16 Feb 2017, version of 1 Dec 2026 (corrected).",
    );
    expect(props.bibtex).toContain("  version = {2026-12-01},");
    const unrevised = eventPageProps(store, EVENT.euMinisters)!;
    expect(unrevised.chicago).toContain(", version of 23 Nov 2026. Based on");
    expect(props.jsonLd).toMatchObject({ "@type": "Event", url });
    expect(props.image).toMatchObject({
      openGraph: `${url}/opengraph-image`,
      twitter: `${url}/twitter-image`,
      width: "1200",
      height: "630",
    });
    const index = store.events.findIndex((event) => event.id === EVENT.request);
    expect(props.previous?.id).toBe(store.events[index - 1]?.id);
    expect(props.next?.id).toBe(store.events[index + 1]?.id);
    expect(props.related.map((event) => event.id)).not.toContain(EVENT.request);
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
