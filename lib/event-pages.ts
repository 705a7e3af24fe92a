import { STATIC_EXPORT } from "./site";
import { getStore } from "./store";

/**
 * Event pages are made at build time while the store is small. Above this many events they are
 * made on first request and then cached, so that a build stays fast at 10,000 events (each page
 * also draws two preview images). A static export has no server to make them later: it makes all.
 */
export const PRERENDER_LIMIT = 500;

/** The ids whose event pages (and preview images) the build makes. */
export function prerenderedEventParams() {
  const { events } = getStore();
  if (events.length > PRERENDER_LIMIT && !STATIC_EXPORT) return [];
  return events.map((event) => ({ id: event.id }));
}
