import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { NewsArticle, Quotation } from "schema-dts";
import { describe, expect, it } from "vitest";
import { JsonLd, jsonLdScript } from "@/components/json-ld";
import { eventJsonLd } from "@/lib/views/json-ld";
import { absoluteUrl } from "@/lib/deploy/site";
import { loadStore } from "@/lib/store/store";
import { DATA_DIR, DW_SOURCE, EVENT } from "./helpers";

const store = loadStore(DATA_DIR);
// The plain shapes eventJsonLd builds (schema-dts types allow many others).
type Article = Exclude<NewsArticle, string> & { url?: string; hasPart: Quotation[] };
const articlesOf = (data: unknown) => (data as { subjectOf: Article[] }).subjectOf;

describe("eventJsonLd", () => {
  it("describes an event of two days with its place, page and every cited article", () => {
    const data = eventJsonLd(store, EVENT.request);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Libya requests NATO help to build its security institutions",
      startDate: "2017-02-15",
      endDate: "2017-02-16",
      url: absoluteUrl(`/events/${EVENT.request}`),
      location: [{ "@type": "Place", name: "Brussels" }],
    });
    expect(data).not.toHaveProperty("eventStatus");

    const articles = articlesOf(data);
    expect(articles.map((article) => article.datePublished)).toEqual(["2017-02-16", "2020-05-14"]);
    const dw = articles[0]!;
    expect(dw).toMatchObject({
      "@type": "NewsArticle",
      headline: "Libya requests NATO assistance to bolster security institutions",
      publisher: { "@type": "Organization", name: "DW (Deutsche Welle)" },
      url: store.getSource(DW_SOURCE)?.url,
    });
    // Cited several times: one article, one quotation each, verbatim, with its speaker if known.
    const quotes = store.getEvent(EVENT.request)!.sources.filter((c) => c.source === DW_SOURCE);
    expect(dw.hasPart).toEqual(
      quotes.map((c) => expect.objectContaining({ "@type": "Quotation", text: c.quote })),
    );
    expect(dw.hasPart).toContainEqual({
      "@type": "Quotation",
      text: quotes[0]!.quote,
      creator: { "@type": "Person", name: "Jens Stoltenberg" },
    });
    const narration = quotes.findIndex((c) => c.voice === "narration");
    expect(dw.hasPart[narration]).not.toHaveProperty("creator");
    const gna = quotes.findIndex(
      (c) => c.speaker && "actor" in c.speaker && c.speaker.actor === "libya-gna",
    );
    expect(dw.hasPart[gna]).toMatchObject({ creator: { "@type": "Organization" } });
  });

  it("gives no url for a source whose address is unknown", () => {
    const nato = articlesOf(eventJsonLd(store, EVENT.request))[1]!;
    expect(store.getSource("nato-2020-05-14-stoltenberg-erdogan-call")?.url).toBeNull();
    expect(nato.headline).toMatch(/Erdogan/);
    expect(nato).not.toHaveProperty("url");
    expect(JSON.stringify(nato)).not.toMatch(/null|undefined/);
  });

  it("writes imprecise dates at their own precision and says what ISO 8601 cannot", () => {
    expect(
      eventJsonLd(store, "2015-12-rival-administrations-agree-on-unity-government"),
    ).toMatchObject({
      startDate: "2015-12",
    });
    const approximate = eventJsonLd(store, "2014-nato-close-to-libya-defence-reform-programme");
    expect(approximate.startDate).toBe("2014");
    expect(approximate.description).toContain("The date is approximate: c. 2014 (EDTF 2014~).");
    const interval = eventJsonLd(store, EVENT.ministers);
    expect(interval).toMatchObject({ startDate: "2017-02-15", endDate: "2017-02-16" });
  });

  it("marks an expected event as scheduled, as reported at the time", () => {
    const data = eventJsonLd(store, EVENT.euMinisters);
    expect(data).toMatchObject({
      startDate: "2016-04-18",
      eventStatus: "https://schema.org/EventScheduled",
    });
    expect(data.description).toMatch(/Reported as expected by .+ on .+; whether it took place/);
  });

  it("throws on an unknown id", () => {
    expect(() => eventJsonLd(store, "no-such-event")).toThrow(/no-such-event/);
  });
});

describe("JsonLd", () => {
  const hostile = {
    "@context": "https://schema.org",
    "@type": "Quotation",
    text: `He said "</script><script>alert(1)</script>" and <!-- this`,
  } as const;

  it("escapes < so text cannot close the script, and still parses to the same data", () => {
    const json = jsonLdScript(hostile);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it("renders one ld+json script holding the escaped JSON", () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: hostile }));
    expect(html).toBe(`<script type="application/ld+json">${jsonLdScript(hostile)}</script>`);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it("renders a real event that parses back", () => {
    const data = eventJsonLd(store, EVENT.request);
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    const body = html.replace(/^<script type="application\/ld\+json">|<\/script>$/g, "");
    expect(JSON.parse(body)).toEqual(data);
  });
});
