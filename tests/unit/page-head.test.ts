import { describe, expect, it } from "vitest";
import { feedLinks, pageAlternates, previewMeta } from "@/lib/views/page-head";

const content = (tags: ReturnType<typeof previewMeta>, key: string) =>
  tags.find((tag) => ("property" in tag ? tag.property : tag.name) === key)?.content;

describe("previewMeta", () => {
  const text = { title: "A title", description: "What happened.", url: "https://x.test/events/a" };

  it("gives a text-only card without an image: Open Graph by property, the rest by name", () => {
    const tags = previewMeta(text);
    expect(tags).toContainEqual({ name: "description", content: "What happened." });
    expect(tags).toContainEqual({ property: "og:url", content: text.url });
    expect(tags).toContainEqual({ name: "twitter:card", content: "summary" });
    expect(tags.some((tag) => "property" in tag && tag.property.startsWith("og:image"))).toBe(
      false,
    );
  });

  it("gives a large card with the image's address, type, size and words", () => {
    const image = {
      openGraph: `${text.url}/opengraph-image`,
      twitter: `${text.url}/twitter-image`,
      type: "image/png",
      width: "1200",
      height: "630",
      alt: "The event's date and title",
    };
    const tags = previewMeta({ ...text, image });
    expect(content(tags, "twitter:card")).toBe("summary_large_image");
    expect(content(tags, "og:image")).toBe(image.openGraph);
    expect(content(tags, "twitter:image")).toBe(image.twitter);
    expect(content(tags, "og:image:width")).toBe("1200");
    expect(content(tags, "twitter:image:alt")).toBe(image.alt);
    // Each tag once: a repeated key would leave crawlers to choose.
    const keys = tags.map((tag) => ("property" in tag ? tag.property : tag.name));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("the feeds every page names", () => {
  it("are the Atom and JSON feeds, in the App Router's alternates and as links alike", () => {
    expect(feedLinks().map(({ type, url }) => [type, url])).toEqual([
      ["application/atom+xml", "/feed.xml"],
      ["application/feed+json", "/feed.json"],
    ]);
    expect(pageAlternates("/about")).toMatchObject({ canonical: "/about" });
    expect(Object.keys(pageAlternates("/about").types)).toEqual(feedLinks().map((f) => f.type));
  });
});
