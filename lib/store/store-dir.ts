import path from "node:path";

/**
 * The store's folder: ./data, or the folder DATA_DIR names (the benchmarks serve a generated
 * store of 10,000 events that way). Scoped to data/ so the build traces only that folder.
 */
export const storeDir = () =>
  process.env.DATA_DIR
    ? path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR)
    : path.join(process.cwd(), "data");
