import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { storeDir } from "../store/store-dir";

export interface KnownIds {
  events: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  threads: ReadonlySet<string>;
}

/**
 * The ids of the store's events, sources and threads, read from file names alone (the validator checks
 * that every file is named by its record's id, and a build with bad data fails), so the proxy can
 * refuse an unknown id without loading the whole store.
 */
export function readKnownIds(dataDir = storeDir()): KnownIds {
  const ids = (folder: string) =>
    new Set(
      (existsSync(path.join(dataDir, folder)) ? readdirSync(path.join(dataDir, folder)) : [])
        .filter((file) => file.endsWith(".json"))
        .map((file) => file.slice(0, -".json".length)),
    );
  return { events: ids("events"), sources: ids("sources"), threads: ids("threads") };
}

/**
 * Addresses that name an event, a source or a thread, and which kind of id each captured segment
 * is. The proxy answers an unknown id 404 before any route runs: a route made once and kept (the
 * preview images, the event and source pages) would otherwise store a page per made-up id on
 * disk. A new route with an id is added here too (tests/unit/id-routes.test.ts fails until it is).
 * A thread step names its thread and its event: both must be known (whether the event is a step
 * of that thread is the page's own 404). A thread's preview image is matched before the steps:
 * its last segment names no event.
 */
export const ID_ROUTES: readonly { pattern: RegExp; kinds: readonly (keyof KnownIds)[] }[] = [
  { pattern: /^\/events\/([^/]+)(?:\/(?:opengraph|twitter)-image[^/]*)?$/, kinds: ["events"] },
  { pattern: /^\/_next\/data\/[^/]+\/events\/([^/]+)\.json$/, kinds: ["events"] },
  { pattern: /^\/sources\/([^/]+)$/, kinds: ["sources"] },
  { pattern: /^\/threads\/([^/]+)$/, kinds: ["threads"] },
  { pattern: /^\/threads\/([^/]+)\/opengraph-image[^/]*$/, kinds: ["threads"] },
  { pattern: /^\/threads\/([^/]+)\/([^/]+)$/, kinds: ["threads", "events"] },
  { pattern: /^\/_next\/data\/[^/]+\/threads\/([^/]+)\.json$/, kinds: ["threads"] },
  {
    pattern: /^\/_next\/data\/[^/]+\/threads\/([^/]+)\/([^/]+)\.json$/,
    kinds: ["threads", "events"],
  },
];

/** Whether a path names an event, a source or a thread that the store does not have. */
export function unknownIdIn(pathname: string, ids: KnownIds): boolean {
  for (const { pattern, kinds } of ID_ROUTES) {
    const match = pattern.exec(pathname);
    if (match) return kinds.some((kind, i) => !ids[kind].has(decoded(match[i + 1] ?? "")));
  }
  return false;
}

const decoded = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};
