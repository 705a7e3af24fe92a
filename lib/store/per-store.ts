import type { Store } from "./build-store";

/**
 * `derive` made once per store and kept with it: the app reads one store per process, and tests
 * build stores of their own, each with its own derived data.
 */
export function perStore<T>(derive: (store: Store) => T): (store: Store) => T {
  const made = new WeakMap<Store, T>();
  return (store) => {
    if (!made.has(store)) made.set(store, derive(store));
    return made.get(store)!;
  };
}
