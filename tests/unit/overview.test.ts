import { describe, expect, it } from "vitest";
import { MAX_ROWS, OVERVIEW_WIDTH_PX, overviewLayout, TARGET_PX } from "@/lib/timeline/overview";
import { timelineEntries } from "@/lib/explorer/timeline-data";
import type { TimelineEntry } from "@/lib/timeline/timeline-types";
import { eventViews } from "@/lib/views/event-view";
import { loadStore } from "@/lib/store/store";
import { DATA_DIR } from "./helpers";

const entries = timelineEntries(eventViews(loadStore(DATA_DIR)), "none");

const entry = (id: string, earliest: string, latest = earliest, title = id): TimelineEntry => ({
  id,
  title,
  type: "meeting",
  label: earliest,
  datedBy: null,
  earliest,
  latest,
  precise: earliest === latest,
  expected: false,
  lanes: [],
});

describe("overviewLayout", () => {
  it("places every entry of the store in exactly one mark, in date order", () => {
    const { marks } = overviewLayout(entries);
    const ids = marks.flatMap((mark) => mark.ids);
    expect([...ids].sort()).toEqual(entries.map((e) => e.id).sort());
    const starts = ids.map((id) => entries.find((e) => e.id === id)!.earliest);
    expect(starts).toEqual([...starts].sort());
  });

  it("keeps marks of one row apart and every box at least a tap target wide, on the strip", () => {
    const { marks, rowLines } = overviewLayout(entries);
    const rows = rowLines.length;
    expect(rows).toBeLessThanOrEqual(MAX_ROWS);
    for (const mark of marks) {
      expect(mark.widthPx).toBeGreaterThanOrEqual(TARGET_PX);
      expect(mark.left).toBeGreaterThanOrEqual(0);
      expect(mark.left * OVERVIEW_WIDTH_PX + mark.widthPx).toBeLessThanOrEqual(
        OVERVIEW_WIDTH_PX + 0.001,
      );
    }
    for (let row = 0; row < rows; row += 1) {
      const inRow = marks.filter((mark) => mark.row === row);
      inRow.slice(1).forEach((mark, i) => {
        const before = inRow[i]!;
        expect(mark.left * OVERVIEW_WIDTH_PX).toBeGreaterThanOrEqual(
          before.left * OVERVIEW_WIDTH_PX + before.widthPx,
        );
      });
    }
  });

  it("groups entries closer than a tap target into one mark that narrows the filters to them", () => {
    const { marks } = overviewLayout([
      entry("a", "2011-03-19"),
      entry("b", "2011-03-20"),
      entry("c", "2011-03-31"),
      entry("d", "2020-06-01"),
    ]);
    expect(marks.map((mark) => mark.ids)).toEqual([["a", "b", "c"], ["d"]]);
    expect(marks[0]!.label).toBe("3 events");
    expect(marks[0]!.range).toEqual({ from: "2011-03-19", to: "2011-03-31" });
    expect(marks[0]!.dates).toBe("2011-03-19 – 2011-03-31");
    expect(marks[1]!.label).toBe("d");
    expect(marks[1]!.range).toBeNull();
  });

  it("leads a mark that holds the whole strip to its first entry, not to the same view", () => {
    const { marks } = overviewLayout([entry("a", "2016-01-01"), entry("b", "2016-01-01")]);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.range).toBeNull();
  });

  it("draws a box that would run past the end before its mark, and labels years apart", () => {
    const long = "A title long enough to need a wide box of its own at the end";
    const { marks, ticks } = overviewLayout([
      entry("a", "2011-01-01"),
      entry("b", "2020-12-31", "2020-12-31", long),
    ]);
    const last = marks[1]!;
    expect(last.left * OVERVIEW_WIDTH_PX + last.widthPx).toBeCloseTo(OVERVIEW_WIDTH_PX, 5);
    expect(last.left).toBeLessThan(last.at);
    expect([marks[0]!.before, last.before]).toEqual([false, true]);
    expect(ticks.length).toBeGreaterThan(1);
    ticks.slice(1).forEach((tick, i) => {
      expect((tick.at - ticks[i]!.at) * OVERVIEW_WIDTH_PX).toBeGreaterThanOrEqual(TARGET_PX);
    });
  });

  it("is empty for no entries", () => {
    expect(overviewLayout([])).toEqual({ marks: [], rowLines: [], ticks: [] });
  });
});
