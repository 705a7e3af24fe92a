import { describe, expect, it } from "vitest";
import {
  firstTimelineModel,
  timelineEntries,
  MAX_ACTOR_LANES,
  timelineLanes,
} from "@/lib/explorer/timeline-data";
import { queryWindow } from "@/lib/explorer/timeline-query";
import { BUCKET_PREFIX, buildModel, DETAIL_LIMIT } from "@/lib/timeline/timeline-items";
import { eventViews } from "@/lib/views/event-view";
import { DEFAULT_QUERY } from "@/lib/explorer/explorer-query";
import { createEventFilter } from "@/lib/explorer/filter-events";
import { datedBy } from "@/lib/store/attribution";
import type { Actor } from "@/lib/store/schema";
import { ACTORS, EVENTS, event, smallStore } from "./fixtures/small-store";

// Five states more than the fixture's actors, so that there are more actors than lanes.
const STATES = ["france", "italy", "malta", "tunisia", "egypt"];
const state = (id: string): Actor => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  kind: "state",
  aliases: [],
  titles: [],
});
const events = eventViews(
  smallStore(
    [
      ...EVENTS,
      // Before 2016, the earliest of all; cited twice by one publisher (Alpha News).
      event({
        id: "x-2015",
        date: "2015-12",
        actors: ["france", "italy"],
        sources: [
          { source: "s-alpha", quote: "NATO met ministers in Brussels", voice: "narration" },
          { source: "s-gamma", quote: "Libya asked NATO for advice", voice: "narration" },
        ],
      }),
      event({ id: "x-states", date: "2018-03-01", type: "offer", actors: ["france", "italy"] }),
      // Named once each, alone: two of them are the least frequent, drawn in one lane.
      ...["malta", "tunisia", "egypt"].map((id, i) =>
        event({ id: `x-${id}`, date: `2019-0${i + 1}-01`, actors: [id] }),
      ),
    ],
    [...ACTORS, ...STATES.map(state)],
  ),
);
/** Two days, 15–16 Feb 2017, reported by Zeta Times and Eta Bulletin. */
const TWO_DAYS = "e7";
const { filter } = createEventFilter(events, null);
const { facets } = filter(DEFAULT_QUERY);
const meetings = events.filter((event) => event.type === "meeting");

describe("timelineEntries", () => {
  it("carries each event's date, label and state", () => {
    const entries = timelineEntries(events, "none");
    expect(entries.map((entry) => entry.id)).toEqual(events.map((event) => event.id));
    const ministers = entries.find((entry) => entry.id === TWO_DAYS);
    expect(ministers).toEqual({
      id: TWO_DAYS,
      title: "Ministers meet in Brussels over two days",
      type: "meeting",
      label: "15–16 Feb 2017",
      datedBy: "dated by Zeta Times",
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
    expect(expected).toEqual(["e6"]);
  });

  it("names whose words date an event only when several publishers report it", () => {
    const entries = timelineEntries(events, "none");
    // e3: Alpha News, then Beta Wire.
    expect(entries.find((entry) => entry.id === "e3")?.datedBy).toBe("dated by Alpha News");
    expect(entries.find((entry) => entry.id === TWO_DAYS)?.datedBy).toBe("dated by Zeta Times");
    // One source, or several of one publisher: the source line already says whose words they are.
    expect(entries.find((entry) => entry.id === "e1")?.datedBy).toBeNull();
    expect(entries.find((entry) => entry.id === "x-2015")?.datedBy).toBeNull();
    expect(datedBy([{ publisher: "NATO" }, { publisher: "NATO" }])).toBeNull();
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

  it("lists only the types in use, in the facet's (the legend's) order, in their colour", () => {
    const lanes = timelineLanes(timelineEntries(meetings, "type"), "type", facets);
    expect(lanes).toEqual([{ id: "meeting", name: "Meeting", className: "tl-lane tl-t-meeting" }]);
    const all = timelineLanes(timelineEntries(events, "type"), "type", facets);
    expect(all?.map((lane) => lane.id)).toEqual(facets.types.map((option) => option.id));
  });

  it("lists only the actors in use, the most frequent first, named", () => {
    const lanes = timelineLanes(timelineEntries(meetings, "actor"), "actor", facets)!;
    const counts = new Map<string, number>();
    for (const actor of meetings.flatMap((event) => event.actors)) {
      counts.set(actor.id, (counts.get(actor.id) ?? 0) + 1);
    }
    expect(lanes.length).toBeLessThanOrEqual(MAX_ACTOR_LANES);
    const named = lanes.filter((lane) => !lane.others);
    expect(named.every((lane) => counts.has(lane.id))).toBe(true);
    const shown = named.map((lane) => counts.get(lane.id)!);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    // Among the meetings the EU (e3, e4, e6, e7) is named more often than NATO (e1, e7).
    expect(lanes[0]?.id).toBe("eu");
    expect(lanes[0]?.name).toBe("European Union");
  });

  it("puts the least frequent actors in one lane beyond MAX_ACTOR_LANES", () => {
    const entries = timelineEntries(events, "actor");
    const actors = new Set(entries.flatMap((entry) => entry.lanes));
    expect(actors.size).toBeGreaterThan(MAX_ACTOR_LANES);
    const lanes = timelineLanes(entries, "actor", facets)!;
    expect(lanes).toHaveLength(MAX_ACTOR_LANES);
    expect(lanes.at(-1)).toEqual({
      id: "__others",
      name: `Other actors (${actors.size - MAX_ACTOR_LANES + 1})`,
      others: true,
    });
    // Every entry is drawn in a lane, none in "Not stated" when it names an actor.
    const model = buildModel(entries, lanes);
    const inOthers = model.items.filter((item) => item.group === "__others");
    expect(inOthers.length).toBeGreaterThan(0);
    const named = new Set(
      entries.filter((entry) => entry.lanes.length > 0).map((entry) => entry.id),
    );
    const unstated = model.items.filter((item) => item.group === "__none");
    // An item's id is "<event id>::<lane>" when lanes are drawn.
    const eventOf = (item: { id?: unknown }) => String(item.id).split("::")[0]!;
    expect(unstated.length).toBeLessThan(model.items.length);
    expect(unstated.filter((item) => named.has(eventOf(item)))).toEqual([]);
  });

  it("lists no lanes for no entries", () => {
    expect(timelineLanes([], "actor", facets)).toEqual([]);
  });
});

describe("queryWindow", () => {
  it("is the query's window only when both ends are set", () => {
    const window = { start: "2016-01-01", end: "2017-12-31" };
    expect(queryWindow({ ...DEFAULT_QUERY, ...window })).toEqual(window);
    expect(queryWindow({ ...DEFAULT_QUERY, start: "2016-01-01" })).toBeNull();
    expect(queryWindow(DEFAULT_QUERY)).toBeNull();
  });
});

describe("firstTimelineModel", () => {
  // More events than the timeline draws one by one: each fixture event, copied under other ids.
  const copies = Math.ceil((DETAIL_LIMIT + 1) / events.length);
  const many = Array.from({ length: copies }, (_, n) =>
    events.map((event) => ({ ...event, id: `${event.id}-${n}` })),
  ).flat();
  const counted = (items: { content: string }[]) =>
    items.reduce((sum, item) => sum + Number(item.content.split(" ")[0]), 0);

  it("draws every event of a small result, in the query's lanes", () => {
    const model = firstTimelineModel({
      events,
      query: { ...DEFAULT_QUERY, group: "type" },
      facets,
    });
    expect(model.items.map((item) => item.id).sort()).toEqual(
      events.map((event) => `${event.id}::${event.type}`).sort(),
    );
    expect(model.groups?.map((group) => group.id)).toEqual(facets.types.map((type) => type.id));
    expect(model.entryIdByItem.get(`${TWO_DAYS}::meeting`)).toBe(TWO_DAYS);
  });

  it("sums a large result up in one band per year", () => {
    const model = firstTimelineModel({ events: many, query: DEFAULT_QUERY, facets });
    expect(model.items.every((item) => item.id.startsWith(BUCKET_PREFIX))).toBe(true);
    expect(counted(model.items)).toBe(many.length);
    expect(model.groups).toBeNull();
  });

  it("draws the events in the query's window and the selected one, as the browser will", () => {
    const selected = many.find((event) => event.earliest < "2016")!;
    const query = { ...DEFAULT_QUERY, start: "2017-02-01", end: "2017-02-28", event: selected.id };
    const model = firstTimelineModel({ events: many, query, facets });
    const drawn = model.items.filter((item) => !item.id.startsWith(BUCKET_PREFIX));
    const inWindow = many.filter((e) => e.latest >= "2017-02-01" && e.earliest <= "2017-02-28");
    expect(inWindow.length).toBeGreaterThan(0);
    expect(drawn.map((item) => item.id).sort()).toEqual(
      [...inWindow, selected].map((event) => event.id).sort(),
    );
    expect(counted(model.items.filter((item) => item.id.startsWith(BUCKET_PREFIX)))).toBe(
      many.length - drawn.length,
    );
  });
});
