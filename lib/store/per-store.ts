import type { Store } from "./build-store";

/**
 * `derive` made once per key (a store, a list of event views) and kept with it while the key
 * lives: the app reads one store per process, tests build stores of their own, and the browser
 * derives from the lists it reads from the explorer's data files.
 */
export function onceFor<K extends object, T>(derive: (key: K) => T): (key: K) => T {
  const made = new WeakMap<K, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, derive(key));
    return made.get(key)!;
  };
}

/** `derive` made once per store. */
export const perStore = <T>(derive: (store: Store) => T) => onceFor(derive);
