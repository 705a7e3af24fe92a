import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { eventViews } from "@/lib/views/event-view";
import { CSV_COLUMNS, csvRows, storeJson, toCsv } from "@/lib/outputs/export";
import { makeQuote, makeView } from "./helpers";
import { smallStore } from "./fixtures/small-store";

const store = smallStore();
/** Quoted four times: Ben Sample directly, s-zeta's narration, Libya reported, s-eta's narration. */
const QUOTED = "e7";
const views = eventViews(store);

describe("CSV download", () => {
  it("has one row per event and quote, under the documented header", () => {
    const csv = toCsv(csvRows(store, views));
    const [header] = csv.split("\r\n");
    expect(header).toBe(CSV_COLUMNS.join(","));
    const quotes = views.reduce((sum, view) => sum + view.quotes.length, 0);
    expect(parse(csv, { columns: true })).toHaveLength(quotes);
  });

  it("round-trips through a CSV parser unchanged, awkward characters included", () => {
    const awkward = makeView({
      id: "awkward",
      title: 'Quotes "inside", commas, and\nline breaks',
      summary: "Ünïcödé — “curly” and 'straight'; semicolons; tabs\tend",
      quotes: [makeQuote("s-zeta", 'He said: "yes, no"\r\nthen left.')],
    });
    const rows = csvRows(store, [...views, awkward]);
    const back = parse(toCsv(rows), { columns: true, record_delimiter: "\r\n" }) as unknown[];
    expect(back).toEqual(rows);
  });

  it("writes an empty cell, not an invented address, when a source's address is unknown", () => {
    const rows = csvRows(store, views).filter((row) => row.source_id === "s-eta");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.source_url === "")).toBe(true);
  });
});

describe("who speaks, in the downloads", () => {
  it("gives each CSV row its quote's voice and speaker, empty for narration", () => {
    const rows = csvRows(store, views).filter((row) => row.event_id === QUOTED);
    expect(rows.map((row) => [row.voice, row.speaker, row.speaker_actor_id])).toEqual(
      store
        .getEvent(QUOTED)!
        .sources.map((cite) => [
          cite.voice,
          cite.speaker && "actor" in cite.speaker ? store.getActor(cite.speaker.actor)!.name : "",
          cite.speaker && "actor" in cite.speaker ? cite.speaker.actor : "",
        ]),
    );
    expect(rows.some((row) => row.voice === "narration" && row.speaker === "")).toBe(true);
    expect(rows.some((row) => row.speaker === "Ben Sample")).toBe(true);
  });

  it("gives each whole-store citation its voice and resolved speaker", () => {
    const event = storeJson(store).events.find((e) => e.id === QUOTED)!;
    expect(event.sources[0]).toMatchObject({
      voice: "direct",
      speaker: { actor: "ben-sample", name: "Ben Sample" },
    });
    expect(event.sources[2]).toMatchObject({
      voice: "reported",
      speaker: { actor: "libya", name: "Libya" },
    });
    expect(event.sources.find((cite) => cite.voice === "narration")?.speaker).toBeNull();
  });
});

describe("whole-store JSON", () => {
  it("holds every source with its text and every event with its quotes", () => {
    const json = storeJson(store);
    expect(json.sources.map((source) => source.id).sort()).toEqual(
      store.sources.map((source) => source.id).sort(),
    );
    expect(json.sources.every((source) => source.text.length > 0)).toBe(true);
    expect(json.events).toHaveLength(store.events.length);
    const first = store.events[0]!;
    expect(json.events[0]!.sources.map((cite) => cite.quote)).toEqual(
      first.sources.map((cite) => cite.quote),
    );
    expect(json.threads.map((thread) => thread.id).sort()).toEqual(
      store.threads.map((thread) => thread.id).sort(),
    );
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
