import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";
import { getStore } from "@/lib/store";

// Made at build time (a static export requires saying so).
export const dynamic = "force-static";

// Every public page, made at build time from the store. lastModified is the newest source's
// publication date: the latest news the pages report (the store keeps no edit dates).
export default function sitemap(): MetadataRoute.Sitemap {
  const { events, sources } = getStore();
  const newest = sources
    .map((source) => source.published)
    .sort()
    .at(-1);
  const paths = [
    "/",
    "/sources",
    "/about",
    ...events.map((event) => `/events/${event.id}`),
    ...sources.map((source) => `/sources/${source.id}`),
  ];
  return paths.map((path) => ({
    url: absoluteUrl(path),
    ...(newest ? { lastModified: newest } : {}),
  }));
}
