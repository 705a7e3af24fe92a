import { describe, expect, it } from "vitest";
import { relatedEvents } from "@/lib/views/event-facts";
import { bibtexCitation } from "@/lib/views/citation";
import { ogText } from "@/lib/views/og-image";
import { explorerSnapshot } from "@/lib/explorer/snapshot";
import { PAGE_SIZE } from "@/lib/explorer/explorer-data";
import type { EventRecord } from "@/lib/store/schema";
import { EVENTS, smallStore } from "./fixtures/small-store";

const store = smallStore();
const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

describe("relatedEvents", () => {
  it("ranks the explicitly related first, then two or more shared actors, then a shared source", () => {
    // e5: related to e1; e2: shares NATO and Libya; e3: cites s-alpha too (as does e2, listed once).
    expect(ids(relatedEvents(store, store.getEvent("e1")!))).toEqual(["e5", "e2", "e3"]);
  });

  it("counts the relation both ways, never lists the event itself, and stops at the limit", () => {
    const e5 = store.getEvent("e5")!;
    expect(ids(relatedEvents(store, e5))).toEqual(["e1", "e6"]);
    expect(ids(relatedEvents(store, store.getEvent("e1")!, 2))).toEqual(["e5", "e2"]);
    for (const event of store.events)
      expect(ids(relatedEvents(store, event))).not.toContain(event.id);
  });

  it("does not count one shared actor as related", () => {
    // e3, e4 and e6 share only the EU; e4 and e3 share the source s-beta.
    expect(ids(relatedEvents(store, store.getEvent("e4")!))).toEqual(["e3"]);
  });
});

describe("bibtexCitation", () => {
  it("escapes BibTeX's special characters in the title, the date and the sources", () => {
    const title = "Costs of 50% & {more} for #1 in $ and under_score \\ path";
    const special = smallStore(EVENTS.map((e) => (e.id === "e4" ? { ...e, title } : e)));
    const entry = bibtexCitation(special, special.getEvent("e4")!);
    expect(entry).toContain(
      "  title = {Costs of 50\\% \\& \\{more\\} for \\#1 in \\$ and under\\_score \\\\ path},",
    );
    expect(entry).toContain("@misc{e4,");
    expect(entry).toContain("Sources: Beta Wire, Report s-beta (2016-03-02)},");
    // Every brace that is not escaped opens or closes a field: the entry stays balanced.
    const bare = entry.replace(/\\[{}]/g, "");
    expect(bare.split("{").length).toBe(bare.split("}").length);
  });
});

describe("ogText", () => {
  it("drops pictographs, flags and emoji marks, keeps ©, ® and ™ and Latin text, folds spaces", () => {
    expect(ogText("NATO 🇱🇾 meets  Libya 👍🏽 ✈️\n")).toBe("NATO meets Libya");
    expect(ogText("Erdoğan – © ® ™ café")).toBe("Erdoğan – © ® ™ café");
    expect(ogText("keycap 1\u20E3 and family 👨\u200D👩\u200D👧")).toBe("keycap 1 and family");
  });
});

describe("explorerSnapshot", () => {
  // Enough events that the selected one can lie beyond the first page.
  const many: EventRecord[] = Array.from({ length: PAGE_SIZE + 20 }, (_, i) => ({
    ...EVENTS[0]!,
    id: `m${String(i).padStart(3, "0")}`,
    title: `Event m${String(i).padStart(3, "0")}`,
    summary: `What happened in m${String(i).padStart(3, "0")}.`,
    date: `2015-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
    related: i === PAGE_SIZE + 10 ? ["m000", "m001"] : undefined,
  }));
  const big = smallStore(many);
  const snapshot = (search: string) => explorerSnapshot(big, new URLSearchParams(search));

  it("sends the first page of the list, and no selection without ?event=", () => {
    const first = snapshot("");
    expect(first.result.events).toHaveLength(PAGE_SIZE);
    expect(first.result.matched).toBe(many.length);
    expect(first.selected).toBeNull();
    expect(first.related).toEqual([]);
  });

  it("extends the page as far as the selected event when it is further down", () => {
    const order = ids(big.events);
    const far = order[PAGE_SIZE + 10]!;
    const page = snapshot(`event=${far}`).result.events;
    expect(page).toHaveLength(PAGE_SIZE + 11);
    expect(page.at(-1)!.id).toBe(far);
    // A selection on the first page does not lengthen it.
    expect(snapshot(`event=${order[3]}`).result.events).toHaveLength(PAGE_SIZE);
  });

  it("gives the selected event in full and its related events, listed", () => {
    const selectedId = `m${PAGE_SIZE + 10}`;
    const { selected, related } = snapshot(`event=${selectedId}`);
    expect(selected?.id).toBe(selectedId);
    expect(selected?.summary).toBe(`What happened in ${selectedId}.`);
    expect(ids(related).sort()).toEqual(["m000", "m001"]);
    // Related both ways: m000 lists none itself, yet names the event that lists it.
    expect(ids(snapshot("event=m000").related)).toEqual([selectedId]);
  });
});
