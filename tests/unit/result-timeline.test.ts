import { describe, expect, it } from "vitest";
import { explorerResult } from "@/lib/explorer/explorer-result";
import { createEventFilter } from "@/lib/explorer/filter-events";
import { queryWindow } from "@/lib/explorer/timeline-query";
import { firstTimelineModel, resultTimeline } from "@/lib/explorer/timeline-data";
import { buildModel } from "@/lib/timeline/timeline-items";
import { EVENTS } from "./fixtures/explorer-events";

const engine = createEventFilter(EVENTS, null);
const resultOf = (search: string) => explorerResult(engine, new URLSearchParams(search));

describe("resultTimeline", () => {
  it("is derived once per result, and anew for another result", () => {
    const result = resultOf("actor=nato");
    const timeline = resultTimeline(result);
    expect(resultTimeline(result)).toBe(timeline);
    // The same query filtered again is another result, with its own (equal) timeline.
    const again = resultOf("actor=nato");
    expect(resultTimeline(again)).not.toBe(timeline);
    expect(resultTimeline(again)).toEqual(timeline);
  });

  it("has one entry per event of the result, in its order", () => {
    const { entries, lanes } = resultTimeline(resultOf("place=tripoli"));
    expect(entries.map((entry) => entry.id)).toEqual(["meeting-2016", "request-2017"]);
    expect(lanes).toBeNull();
    const meeting = entries[0]!;
    expect(meeting).toMatchObject({ precise: true, expected: false, lanes: [] });
    // Two publishers report it: the first one's words date it.
    expect(meeting.datedBy).toBe("dated by Alpha");
  });

  it("makes the lanes of the query's grouping from the result's own events", () => {
    const byActor = resultTimeline(resultOf("group=actor&type=meeting"));
    expect(byActor.entries.map((entry) => entry.lanes)).toEqual([
      ["nato", "gna"],
      ["nato", "eu"],
    ]);
    // The most events first, then by name.
    expect(byActor.lanes?.map((lane) => lane.id)).toEqual(["nato", "eu", "gna"]);
    const byType = resultTimeline(resultOf("group=type"));
    expect(byType.lanes?.map((lane) => lane.id)).toEqual([
      "request",
      "offer",
      "assistance",
      "meeting",
    ]);
  });
});

describe("firstTimelineModel", () => {
  it("is the model the browser builds from the same result's timeline", () => {
    const result = resultOf("group=type&event=request-2017&start=2016-01-01&end=2018-01-01");
    const { entries, lanes } = resultTimeline(result);
    const browser = buildModel(entries, lanes, {
      visible: queryWindow(result.query),
      selectedId: result.query.event,
    });
    expect(firstTimelineModel(result)).toEqual(browser);
  });

  it("draws each event of the result once per lane it is in", () => {
    const model = firstTimelineModel(resultOf("group=actor&actor=gna"));
    expect(model.items.map((item) => item.id).sort()).toEqual(
      ["meeting-2016::gna", "meeting-2016::nato", "request-2017::gna"].sort(),
    );
    expect(model.itemIdsByEntry.get("meeting-2016")?.sort()).toEqual([
      "meeting-2016::gna",
      "meeting-2016::nato",
    ]);
  });
});
