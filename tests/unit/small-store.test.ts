import { describe, expect, it } from "vitest";
import {
  ActorListSchema,
  EventSchema,
  PlaceSchema,
  SourceSchema,
  ThreadSchema,
} from "@/lib/store/schema";
import { ACTORS, EVENTS, PLACES, SOURCES, THREADS } from "./fixtures/small-store";

// The fixture stands in for data/ in the unit tests of lib/: its records must be ones the store
// would accept, so that no test relies on a shape data/ cannot have.
describe("the fixture store's records", () => {
  it("pass the store's schemas", () => {
    for (const { text, ...source } of SOURCES) {
      expect(SourceSchema.safeParse(source).error, source.id).toBeUndefined();
      expect(text.length, source.id).toBeGreaterThan(0);
    }
    for (const event of EVENTS)
      expect(EventSchema.safeParse(event).error, event.id).toBeUndefined();
    for (const place of PLACES)
      expect(PlaceSchema.safeParse(place).error, place.id).toBeUndefined();
    for (const thread of THREADS)
      expect(ThreadSchema.safeParse(thread).error, thread.id).toBeUndefined();
    expect(ActorListSchema.safeParse(ACTORS).error).toBeUndefined();
  });

  it("quote their sources verbatim, and name only known sources, actors and places", () => {
    for (const event of EVENTS) {
      for (const cite of event.sources) {
        const source = SOURCES.find((one) => one.id === cite.source);
        expect(source?.text, `${event.id}: ${cite.source}`).toContain(cite.quote);
        if (cite.speaker && "actor" in cite.speaker)
          expect(ACTORS.map((actor) => actor.id)).toContain(cite.speaker.actor);
      }
      for (const id of event.actors) expect(ACTORS.map((actor) => actor.id)).toContain(id);
      for (const id of event.places) expect(PLACES.map((place) => place.id)).toContain(id);
    }
  });
});
