import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadStore } from "@/lib/store/store";
import { DATA_DIR } from "./helpers";

// Event, source and thread ids are in permalinks (/events/<id>, /sources/<id>, /threads/<id>), sitemaps and other
// people's citations: once published, an id must keep resolving.
const published = JSON.parse(
  readFileSync(path.join(DATA_DIR, "published-ids.json"), "utf8"),
) as Record<"events" | "sources" | "threads", string[]>;
const store = loadStore(DATA_DIR);
const current = {
  events: store.events.map((event) => event.id),
  sources: store.sources.map((source) => source.id),
  threads: store.threads.map((thread) => thread.id),
};
const NOUNS = { events: "event", sources: "source", threads: "thread" } as const;

describe.each(["events", "sources", "threads"] as const)("published %s ids", (kind) => {
  const noun = NOUNS[kind];
  it("are all still in the store", () => {
    const gone = published[kind].filter((id) => !current[kind].includes(id));
    expect(
      gone,
      `${noun} ids gone from the store: ${gone.join(", ")}. Ids are permanent: restore it or keep a redirect.`,
    ).toEqual([]);
  });

  it("include every id the store has", () => {
    const unlisted = current[kind].filter((id) => !published[kind].includes(id));
    expect(
      unlisted,
      `${noun} ids not in data/published-ids.json: ${unlisted.join(", ")}. Add them to it deliberately (sorted): publishing an id is a promise to keep it.`,
    ).toEqual([]);
  });

  it("are listed sorted and once", () => {
    expect(published[kind]).toEqual([...new Set(published[kind])].sort());
  });
});
