import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { proposeIngest } from "@/lib/ingest/propose";
import { ingestContext } from "@/lib/ingest/store-files";
import { readStore } from "@/lib/store/read-store";
import { normalizeWhitespace } from "@/lib/store/verbatim";
import { DATA_DIR } from "./helpers";

/**
 * The ingest run on the five seed captures (with their publication dates) against the events an
 * editor made from them by hand. An event is found when a draft has its EDTF date and a quote
 * that overlaps one of its quotes in the same source, or that carries its dateText.
 */
describe("ingest recall on the seed captures", () => {
  const { records } = readStore(DATA_DIR);
  const context = ingestContext(path.resolve(DATA_DIR));
  const drafts = records.sources.flatMap((source) =>
    proposeIngest(
      {
        fileName: source.capture,
        bytes: readFileSync(path.join(DATA_DIR, "captures", source.capture)),
        published: source.published,
      },
      context,
    ).events.map((draft) => ({
      ...draft,
      sourceText: normalizeWhitespace(source.text),
      sourceId: source.id,
    })),
  );

  /** The range a passage covers in a normalized text, if it is there. */
  const range = (text: string, passage: string) => {
    const at = text.indexOf(normalizeWhitespace(passage));
    return at < 0 ? null : { start: at, end: at + normalizeWhitespace(passage).length };
  };

  const found = (event: (typeof records.events)[number], byDateText = true) =>
    drafts.some((draft) => {
      if (draft.date !== event.date) return false;
      const quote = draft.sources[0]!.quote;
      if (byDateText && quote.includes(event.dateText)) return true;
      return event.sources.some((cite) => {
        if (cite.source !== draft.sourceId) return false;
        const a = range(draft.sourceText, quote);
        const b = range(draft.sourceText, cite.quote);
        return a !== null && b !== null && a.start < b.end && b.start < a.end;
      });
    });

  it("finds at least 80 % of the store's events, and lists each miss", () => {
    const misses = records.events.filter((event) => !found(event));
    const recall = 1 - misses.length / records.events.length;
    const byQuote = records.events.filter((event) => found(event, false)).length;
    console.log(
      `ingest recall: ${records.events.length - misses.length}/${records.events.length} = ${(recall * 100).toFixed(0)} %` +
        ` (by overlapping quote alone: ${byQuote}/${records.events.length})` +
        misses
          .map((event) => `\n  missed ${event.id} (${event.date}, "${event.dateText}")`)
          .join(""),
    );
    expect(records.events.length).toBeGreaterThanOrEqual(20);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it("proposes no draft whose quote is not verbatim in its source's text", () => {
    for (const draft of drafts)
      expect(draft.sourceText, draft.id).toContain(normalizeWhitespace(draft.sources[0]!.quote));
  });
});
