import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { NewsArticle, Quotation } from "schema-dts";
import { describe, expect, it } from "vitest";
import { JsonLd, jsonLdScript } from "@/components/json-ld";
import { eventJsonLd } from "@/lib/views/json-ld";
import { absoluteUrl } from "@/lib/deploy/site";
import { smallStore } from "./fixtures/small-store";

const store = smallStore();
// e7: two days in Brussels, cited three times by s-zeta and once by s-eta (address unknown).
const TWO_DAYS = "e7";
// The plain shapes eventJsonLd builds (schema-dts types allow many others).
type Article = Exclude<NewsArticle, string> & { url?: string; hasPart: Quotation[] };
const articlesOf = (data: unknown) => (data as { subjectOf: Article[] }).subjectOf;

describe("eventJsonLd", () => {
  it("describes an event of two days with its place, page and every cited article", () => {
    const data = eventJsonLd(store, TWO_DAYS);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Ministers meet in Brussels over two days",
      startDate: "2017-02-15",
      endDate: "2017-02-16",
      url: absoluteUrl(`/events/${TWO_DAYS}`),
      location: [{ "@type": "Place", name: "Brussels" }],
    });
    expect(data).not.toHaveProperty("eventStatus");

    const articles = articlesOf(data);
    expect(articles.map((article) => article.datePublished)).toEqual(["2017-02-16", "2017-03-01"]);
    const zeta = articles[0]!;
    expect(zeta).toMatchObject({
      "@type": "NewsArticle",
      headline: "Report s-zeta",
      publisher: { "@type": "Organization", name: "Zeta Times" },
      url: store.getSource("s-zeta")?.url,
    });
    // Cited several times: one article, one quotation each, verbatim, with its speaker if known.
    const quotes = store.getEvent(TWO_DAYS)!.sources.filter((c) => c.source === "s-zeta");
    expect(quotes).toHaveLength(3);
    expect(zeta.hasPart).toEqual(
      quotes.map((c) => expect.objectContaining({ "@type": "Quotation", text: c.quote })),
    );
    expect(zeta.hasPart).toContainEqual({
      "@type": "Quotation",
      text: quotes[0]!.quote,
      creator: { "@type": "Person", name: "Ben Sample" },
    });
    const narration = quotes.findIndex((c) => c.voice === "narration");
    expect(zeta.hasPart[narration]).not.toHaveProperty("creator");
    const libya = quotes.findIndex(
      (c) => c.speaker && "actor" in c.speaker && c.speaker.actor === "libya",
    );
    expect(zeta.hasPart[libya]).toMatchObject({ creator: { "@type": "Organization" } });
  });

  it("gives no url for a source whose address is unknown", () => {
    const eta = articlesOf(eventJsonLd(store, TWO_DAYS))[1]!;
    expect(store.getSource("s-eta")?.url).toBeNull();
    expect(eta.headline).toBe("Report s-eta");
    expect(eta).not.toHaveProperty("url");
    expect(JSON.stringify(eta)).not.toMatch(/null|undefined/);
  });

  it("writes imprecise dates at their own precision and says what ISO 8601 cannot", () => {
    expect(eventJsonLd(store, "e4")).toMatchObject({ startDate: "2016-06" });
    const approximate = eventJsonLd(store, "e6");
    expect(approximate.startDate).toBe("2017");
    expect(approximate.description).toContain("The date is approximate: c. 2017 (EDTF 2017~).");
    const interval = eventJsonLd(store, TWO_DAYS);
    expect(interval).toMatchObject({ startDate: "2017-02-15", endDate: "2017-02-16" });
  });

  it("marks an expected event as scheduled, as reported at the time", () => {
    const data = eventJsonLd(store, "e6");
    expect(data).toMatchObject({
      startDate: "2017",
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

  it("renders an event that parses back", () => {
    const data = eventJsonLd(store, TWO_DAYS);
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    const body = html.replace(/^<script type="application\/ld\+json">|<\/script>$/g, "");
    expect(JSON.parse(body)).toEqual(data);
  });
});
