import { readdirSync } from "node:fs";
import path from "node:path";
import { storeDir } from "./store-dir";

export interface KnownIds {
  events: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/**
 * The ids of the store's events and sources, read from file names alone (the validator checks
 * that every file is named by its record's id, and a build with bad data fails), so the proxy can
 * refuse an unknown id without loading the whole store.
 */
export function readKnownIds(dataDir = storeDir()): KnownIds {
  const ids = (folder: string) =>
    new Set(
      readdirSync(path.join(dataDir, folder))
        .filter((file) => file.endsWith(".json"))
        .map((file) => file.slice(0, -".json".length)),
    );
  return { events: ids("events"), sources: ids("sources") };
}

/**
 * Addresses that name an event or a source, and which ids they take. The proxy answers an
 * unknown id 404 before any route runs: a route made once and kept (the preview images, the
 * event and source pages) would otherwise store a page per made-up id on disk. A new route with
 * an id is added here too (tests/unit/id-routes.test.ts fails until it is).
 */
export const ID_ROUTES: readonly { pattern: RegExp; kind: keyof KnownIds }[] = [
  { pattern: /^\/events\/([^/]+)(?:\/(?:opengraph|twitter)-image[^/]*)?$/, kind: "events" },
  { pattern: /^\/_next\/data\/[^/]+\/events\/([^/]+)\.json$/, kind: "events" },
  { pattern: /^\/sources\/([^/]+)$/, kind: "sources" },
];

/** Whether a path names an event or a source that the store does not have. */
export function unknownIdIn(pathname: string, ids: KnownIds): boolean {
  for (const { pattern, kind } of ID_ROUTES) {
    const id = pattern.exec(pathname)?.[1];
    if (id !== undefined) return !ids[kind].has(decoded(id));
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
