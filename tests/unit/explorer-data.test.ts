import { describe, expect, it } from "vitest";
import { eventViews } from "@/lib/views/event-view";
import { listedEvent } from "@/lib/views/listed-event";
import {
  fromExplorerIndex,
  toExplorerIndex,
  toExplorerText,
  withText,
} from "@/lib/explorer/explorer-data";
import { smallStore } from "./fixtures/small-store";

const views = eventViews(smallStore());
// What the browser receives: the two files, through JSON.
const index = JSON.parse(JSON.stringify(toExplorerIndex(views))) as ReturnType<
  typeof toExplorerIndex
>;
const texts = JSON.parse(JSON.stringify(toExplorerText(views))) as ReturnType<
  typeof toExplorerText
>;

describe("the explorer's two data files", () => {
  it("give back every listed event, in order", () => {
    expect(fromExplorerIndex(index)).toEqual(views.map(listedEvent));
  });

  it("with the texts, give back every whole event view", () => {
    expect(withText(fromExplorerIndex(index), texts)).toEqual(views);
  });

  it("write the index by column, in the events' order", () => {
    expect(index.events.id).toEqual(views.map((view) => view.id));
    expect(index.events.precise).toEqual(views.map((view) => view.precise));
    views.forEach((view, i) => {
      const positions = index.events.actors[i]!;
      expect(positions.map((at) => index.actors[at]?.id)).toEqual(view.actors.map((a) => a.id));
    });
  });

  it("write each source, actor and place once", () => {
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
    for (const rows of [index.sources, index.actors, index.places]) {
      expect(new Set(ids(rows)).size).toBe(rows.length);
    }
    expect(index.sources.length).toBe(new Set(views.flatMap((v) => ids(v.sources))).size);
  });

  it("refuse texts that do not belong to the index", () => {
    expect(() => withText(fromExplorerIndex(index), texts.slice(1))).toThrow(/do not match/);
  });
});
