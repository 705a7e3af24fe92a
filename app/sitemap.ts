import type { MetadataRoute } from "next";
import { absoluteUrl, eventPath, sourcePath, threadPath, stepPath } from "@/lib/deploy/site";
import { getStore } from "@/lib/store/store";
import { stepParams, threadParams } from "@/lib/views/thread-pages";

// Made at build time (a static export requires saying so).
export const dynamic = "force-static";

// Every public page, made at build time from the store. lastModified is the newest source's
// publication date: the latest news the pages report.
export default function sitemap(): MetadataRoute.Sitemap {
  const store = getStore();
  const { events, sources } = store;
  const newest = sources
    .map((source) => source.published)
    .sort()
    .at(-1);
  const paths = [
    "/",
    "/sources",
    "/threads",
    "/statements",
    "/about",
    ...events.map((event) => eventPath(event.id)),
    ...sources.map((source) => sourcePath(source.id)),
    ...threadParams(store).map(({ id }) => threadPath(id)),
    ...stepParams(store).map(({ id, event }) => stepPath(id, event)),
  ];
  return paths.map((path) => ({
    url: absoluteUrl(path),
    ...(newest ? { lastModified: newest } : {}),
  }));
}
