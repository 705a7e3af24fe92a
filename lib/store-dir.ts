import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * The store's folder: ./data, or the folder DATA_DIR names (the benchmarks serve a generated
 * store of 10,000 events that way). Scoped to data/ so the build traces only that folder.
 */
export const storeDir = () =>
  process.env.DATA_DIR
    ? path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR)
    : path.join(process.cwd(), "data");

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
