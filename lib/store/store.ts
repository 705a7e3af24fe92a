import { buildStore, type Store } from "./build-store";
import { formatProblem, readStore, type Problem } from "./read-store";
import { storeDir } from "./store-dir";

/** Thrown when data/ has problems; its message lists every one, one per line. */
export class StoreValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The event store has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "StoreValidationError";
    // The message says everything; a stack trace would only bury it.
    this.stack = this.message;
  }
}

/** Reads, validates and derives the store in `dataDir`, or throws StoreValidationError. */
export function loadStore(dataDir: string): Store {
  const { records, problems } = readStore(dataDir);
  if (problems.length > 0) throw new StoreValidationError(problems);
  return buildStore(records);
}

let cached: Store | undefined;

/** The app's store, read once per process from storeDir(). */
export function getStore(): Store {
  cached ??= loadStore(storeDir());
  return cached;
}
