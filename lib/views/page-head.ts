import { SITE_NAME } from "../deploy/site";

// What the <head> of a page holds beyond its body, for both routers: the feeds every page names
// (the App Router's metadata, the Pages Router's _app) and a page's link preview.

export const ATOM_PATH = "/feed.xml";
export const JSON_FEED_PATH = "/feed.json";

/**
 * Autodiscovery for `metadata.alternates.types`. A page that sets its own `alternates` (say a
 * canonical URL) replaces the layout's, so it must spread these in again to keep the links.
 */
export const FEED_ALTERNATE_TYPES = {
  "application/atom+xml": [{ url: ATOM_PATH, title: `${SITE_NAME} (Atom)` }],
  "application/feed+json": [{ url: JSON_FEED_PATH, title: `${SITE_NAME} (JSON Feed)` }],
};

/** The feeds as `<link rel="alternate">`s, for a page the App Router's metadata does not make. */
export const feedLinks = () =>
  Object.entries(FEED_ALTERNATE_TYPES).flatMap(([type, feeds]) =>
    feeds.map((feed) => ({ type, ...feed })),
  );

/** A page's `metadata.alternates`: its canonical URL, and the feeds kept in. */
export const pageAlternates = (canonical: string) => ({
  canonical,
  types: FEED_ALTERNATE_TYPES,
});

/** A link preview's image, as its meta tags give it (sizes as strings, as attributes are). */
export interface PreviewImage {
  openGraph: string;
  twitter: string;
  type: string;
  width: string;
  height: string;
  alt: string;
}

/** One `<meta>`: Open Graph tags by `property`, the others by `name`. */
type MetaTag = { property: string; content: string } | { name: string; content: string };

/**
 * The meta tags of a Pages Router page's description and link preview (Open Graph and Twitter
 * cards): with an image, a large card; without, text only.
 */
export function previewMeta({
  title,
  description,
  url,
  image,
}: {
  title: string;
  description: string;
  url: string;
  image?: PreviewImage;
}): MetaTag[] {
  const imageTags = (prefix: string, src: string) =>
    image
      ? [
          { key: prefix, content: src },
          { key: `${prefix}:type`, content: image.type },
          { key: `${prefix}:width`, content: image.width },
          { key: `${prefix}:height`, content: image.height },
          { key: `${prefix}:alt`, content: image.alt },
        ]
      : [];
  const og = [
    { key: "og:title", content: title },
    { key: "og:description", content: description },
    { key: "og:url", content: url },
    { key: "og:type", content: "article" },
    ...imageTags("og:image", image?.openGraph ?? ""),
  ];
  const twitter = [
    { key: "twitter:card", content: image ? "summary_large_image" : "summary" },
    { key: "twitter:title", content: title },
    { key: "twitter:description", content: description },
    ...imageTags("twitter:image", image?.twitter ?? ""),
  ];
  return [
    { name: "description", content: description },
    ...og.map(({ key, content }) => ({ property: key, content })),
    ...twitter.map(({ key, content }) => ({ name: key, content })),
  ];
}
