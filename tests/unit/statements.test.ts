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
import { loadStore } from "@/lib/store/store";
import { eventViews } from "@/lib/views/event-view";
import { DATA_DIR } from "./helpers";

const store = loadStore(DATA_DIR);
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
    const rows = select("speaker=jens-stoltenberg");
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((row) => row.quote.speaker?.actor === "jens-stoltenberg")).toBe(true);
    expect(rows.every((row) => row.quote.voice !== "narration")).toBe(true);
    const expected = store.events.flatMap((event) =>
      event.sources.filter(
        (cite) =>
          cite.speaker && "actor" in cite.speaker && cite.speaker.actor === "jens-stoltenberg",
      ),
    );
    expect(rows).toHaveLength(expected.length);
  });

  it("filters by publication date, inclusive, with the explorer's text search and thread", () => {
    const rows = select("speaker=jens-stoltenberg&from=2017&to=2017");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.published.startsWith("2017"))).toBe(true);
    const inThread = select("thread=islamic-state-in-sirte");
    expect(new Set(inThread.map((row) => row.eventId))).toEqual(
      new Set(["2016-islamic-state-controls-sirte", "2016-12-sirte-freed-from-islamic-state"]),
    );
    const sirte = select("q=sirte");
    expect(sirte.length).toBeGreaterThan(0);
    expect(sirte.length).toBeLessThan(quoteCount);
  });

  it("filters by publisher, row by row", () => {
    const rows = select("publisher=xinhua");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.publisherId === "xinhua")).toBe(true);
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
      "speaker=jens-stoltenberg&from=2016&to=2020",
      "q=sirte&publisher=xinhua",
      "thread=nato-offer-of-assistance&type=offer",
      "speaker=nobody&group=actor",
    ]) {
      const params = new URLSearchParams(search);
      expect(statementsView(inBrowser, params, { downloads: false })).toEqual(
        statementsView(views, params, { downloads: false }),
      );
    }
    const filtered = statementsView(inBrowser, new URLSearchParams("speaker=jens-stoltenberg"), {
      downloads: false,
    });
    expect(filtered.rows.length).toBeGreaterThan(3);
    expect(filtered.downloads).toBeNull();
  });
});
