import { describe, expect, it } from "vitest";
import { timelineEntries, timelineLanes } from "@/lib/timeline-data";
import { eventViews } from "@/lib/event-view";
import { DEFAULT_QUERY } from "@/lib/explorer-query";
import { createEventFilter } from "@/lib/filter-events";
import { loadStore } from "@/lib/store";
import { DATA_DIR, EVENT } from "./helpers";

const events = eventViews(loadStore(DATA_DIR));
const { filter } = createEventFilter(events, null);
const { facets } = filter(DEFAULT_QUERY);
const meetings = events.filter((event) => event.type === "meeting");

describe("timelineEntries", () => {
  it("carries each event's date, label and state", () => {
    const entries = timelineEntries(events, "none");
    expect(entries.map((entry) => entry.id)).toEqual(events.map((event) => event.id));
    const ministers = entries.find((entry) => entry.id === EVENT.ministers);
    expect(ministers).toEqual({
      id: EVENT.ministers,
      title: "NATO defence ministers meet in Brussels",
      label: "15–16 Feb 2017",
      earliest: "2017-02-15",
      latest: "2017-02-16",
      precise: false,
      expected: false,
      lanes: [],
    });
    const expected = entries.filter((entry) => entry.expected).map((entry) => entry.id);
    expect(expected).toEqual(
      events.filter((event) => event.status === "expected").map((event) => event.id),
    );
    expect(expected).toContain(EVENT.euMinisters);
  });

  it("puts events in their actors' or their type's lanes", () => {
    const byActor = timelineEntries(events, "actor");
    const byType = timelineEntries(events, "type");
    events.forEach((event, i) => {
      expect(byActor[i]?.lanes).toEqual(event.actors.map((actor) => actor.id));
      expect(byType[i]?.lanes).toEqual([event.type]);
    });
  });
});

describe("timelineLanes", () => {
  it("has no lanes when not grouped", () => {
    expect(timelineLanes(timelineEntries(events, "none"), "none", facets)).toBeNull();
  });

  it("lists only the types in use, in the facet's order", () => {
    const lanes = timelineLanes(timelineEntries(meetings, "type"), "type", facets);
    expect(lanes).toEqual([{ id: "meeting", name: "Meeting" }]);
    const all = timelineLanes(timelineEntries(events, "type"), "type", facets);
    expect(all?.map((lane) => lane.id)).toEqual(facets.types.map((option) => option.id));
  });

  it("lists only the actors in use, in the facet's order, named", () => {
    const lanes = timelineLanes(timelineEntries(meetings, "actor"), "actor", facets)!;
    const used = new Set(meetings.flatMap((event) => event.actors.map((actor) => actor.id)));
    expect(lanes.map((lane) => lane.id)).toEqual(
      facets.actors.filter((option) => used.has(option.id)).map((option) => option.id),
    );
    expect(lanes.length).toBeLessThan(facets.actors.length);
    expect(lanes.find((lane) => lane.id === "nato")?.name).toBe("NATO");
  });

  it("lists no lanes for no entries", () => {
    expect(timelineLanes([], "actor", facets)).toEqual([]);
  });
});
