import { describe, expect, it } from "vitest";
import {
  filterStatements,
  parseStatementQuery,
  serializeStatementQuery,
  statementsIndex,
  statementsView,
} from "@/lib/explorer/statements";
import {
  fromExplorerIndex,
  toExplorerIndex,
  toExplorerText,
  withText,
  type EventText,
  type ExplorerIndex,
} from "@/lib/explorer/explorer-data";
import { eventViews } from "@/lib/views/event-view";
import { smallStore } from "./fixtures/small-store";

// Ana Example speaks twice: directly in 2016 (e2, s-delta), reported in 2017 (e6, s-epsilon).
const SPEAKER = "ana-example";
const store = smallStore();
const views = eventViews(store);
const select = (search: string) =>
  filterStatements(views, parseStatementQuery(views, new URLSearchParams(search)).query);
const quoteCount = store.events.reduce((sum, event) => sum + event.sources.length, 0);

describe("statements", () => {
  it("has every quote of the store as a row, oldest publication first", () => {
    const { rows } = statementsIndex(views);
    expect(rows).toHaveLength(quoteCount);
    const dates = rows.map((row) => row.published);
    expect(dates).toEqual([...dates].sort());
  });

  it("filters by speaker: only that actor's direct and reported words", () => {
    const rows = select(`speaker=${SPEAKER}`);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.quote.speaker?.actor === SPEAKER)).toBe(true);
    expect(rows.every((row) => row.quote.voice !== "narration")).toBe(true);
    const expected = store.events.flatMap((event) =>
      event.sources.filter(
        (cite) => cite.speaker && "actor" in cite.speaker && cite.speaker.actor === SPEAKER,
      ),
    );
    expect(rows).toHaveLength(expected.length);
  });

  it("filters by publication date, inclusive, with the explorer's text search and thread", () => {
    const rows = select(`speaker=${SPEAKER}&from=2017&to=2017`);
    expect(rows.map((row) => row.eventId)).toEqual(["e6"]);
    expect(rows.every((row) => row.published.startsWith("2017"))).toBe(true);
    // Inclusive: a range of one day keeps that day's quotes.
    expect(select(`speaker=${SPEAKER}&from=2016-02-02&to=2016-02-02`)).toHaveLength(1);
    const inThread = select("thread=t-brussels");
    expect(new Set(inThread.map((row) => row.eventId))).toEqual(new Set(["e3", "e4"]));
    const advice = select("q=advice");
    expect(advice.length).toBeGreaterThan(0);
    expect(advice.length).toBeLessThan(quoteCount);
  });

  it("filters by publisher, row by row", () => {
    // Beta Wire is cited by e3 next to Alpha News: only Beta Wire's row of e3 is kept.
    const rows = select("publisher=beta-wire");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.publisherId === "beta-wire")).toBe(true);
    expect(rows.filter((row) => row.eventId === "e3")).toHaveLength(1);
  });

  it("names an unknown speaker in a notice and reads the URL back", () => {
    const { query, notices } = parseStatementQuery(
      views,
      new URLSearchParams("speaker=nobody&type=offer&group=actor"),
    );
    expect(notices).toEqual([{ param: "speaker", message: "Ignored unknown speaker “nobody”." }]);
    expect(serializeStatementQuery(query)).toBe("type=offer");
  });
});

describe("statements in the browser (the static export)", () => {
  it("gives the server's view from the explorer's data files", () => {
    // What the browser reads: the two files, through JSON, joined again.
    const index = JSON.parse(JSON.stringify(toExplorerIndex(views))) as ExplorerIndex;
    const texts = JSON.parse(JSON.stringify(toExplorerText(views))) as EventText[];
    const inBrowser = withText(fromExplorerIndex(index), texts);
    for (const search of [
      "",
      `speaker=${SPEAKER}&from=2016&to=2020`,
      "q=advice&publisher=alpha-news",
      "thread=t-offer&type=offer",
      "speaker=nobody&group=actor",
    ]) {
      const params = new URLSearchParams(search);
      expect(statementsView(inBrowser, params, { downloads: false })).toEqual(
        statementsView(views, params, { downloads: false }),
      );
    }
    const filtered = statementsView(inBrowser, new URLSearchParams(`speaker=${SPEAKER}`), {
      downloads: false,
    });
    expect(filtered.rows).toHaveLength(2);
    expect(filtered.downloads).toBeNull();
  });
});
