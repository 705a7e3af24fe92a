import type { Store, StoreEvent } from "./build-store";

type Sources = Pick<Store, "getSource">;

/** The sources an event cites, each once, in the order it first cites them. */
export const citedSources = (store: Sources, event: Pick<StoreEvent, "sources">) =>
  [...new Set(event.sources.map((cite) => cite.source))].flatMap((id) => store.getSource(id) ?? []);

/**
 * The publishers of an event's sources, each once, in the order the event first cites them: how
 * independently it is attested. A source the store lacks counts by its id.
 */
export const citedPublishers = (store: Sources, event: Pick<StoreEvent, "sources">) => [
  ...new Set(event.sources.map((cite) => store.getSource(cite.source)?.publisher ?? cite.source)),
];
