import { describe, expect, it } from "vitest";
import {
  BUCKET_PREFIX,
  buildModel,
  DETAIL_LIMIT,
  chronological,
  DAY_MS,
  diffRows,
  fitWindow,
  labelWidthPx,
  MIN_BAND_PX,
  NO_LANE,
  panBounds,
  placeLabels,
  parseWindow,
  stepEntry,
  toWindow,
  type VisItem,
} from "@/lib/timeline/timeline-items";
import type { TimelineEntry } from "@/lib/timeline/timeline-types";
import { escapeHtml } from "@/lib/text/html";

const entry = (id: string, overrides: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id,
  title: `Title ${id}`,
  type: "meeting",
  label: "16 Feb 2017",
  datedBy: null,
  earliest: "2017-02-16",
  latest: "2017-02-16",
  precise: true,
  expected: false,
  lanes: [],
  ...overrides,
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters and nothing else", () => {
    expect(escapeHtml(`<b class="x">Tom & Jerry's</b>`)).toBe(
      "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
    );
    expect(escapeHtml("Erdoğan – 2017")).toBe("Erdoğan – 2017");
  });
});

describe("buildModel", () => {
  it("draws a precise entry as a point", () => {
    const { items, groups } = buildModel([entry("a")], null);
    expect(groups).toBeNull();
    expect(items).toEqual([
      {
        id: "a",
        content: "Title a",
        title: "16 Feb 2017 — Title a",
        type: "point",
        start: day("2017-02-16"),
        className: "tl-t-meeting",
      },
    ]);
  });

  it("draws an imprecise entry as a band ending the day after its latest day", () => {
    const dec = entry("dec", { earliest: "2015-12-01", latest: "2015-12-31", precise: false });
    const [item] = buildModel([dec], null).items;
    expect(item).toMatchObject({ type: "range", start: day("2015-12-01"), end: day("2016-01-01") });
    expect(item?.className).toBe("tl-t-meeting tl-imprecise");
    expect(item!.end!.getTime() - item!.start.getTime()).toBe(31 * DAY_MS);
  });

  it("marks expected entries", () => {
    const { items } = buildModel(
      [entry("a", { expected: true }), entry("b", { expected: true, precise: false })],
      null,
    );
    expect(items.map((item) => item.className)).toEqual([
      "tl-t-meeting tl-expected",
      "tl-t-meeting tl-imprecise tl-expected",
    ]);
  });

  it("escapes HTML in content, tooltips and lane names", () => {
    const nasty = entry("x", {
      title: "<img src=x onerror=alert(1)>",
      label: "A & B",
      lanes: ["l"],
    });
    const { items, groups } = buildModel([nasty], [{ id: "l", name: "<i>Lane</i>" }]);
    expect(items[0]?.content).toBe("&lt;img src=x onerror=alert(1)&gt;");
    expect(items[0]?.title).toBe("A &amp; B — &lt;img src=x onerror=alert(1)&gt;");
    expect(groups?.[0]?.content).toBe("&lt;i&gt;Lane&lt;/i&gt;");
  });

  it("says in the tooltip whose words date an event several publishers report", () => {
    const dated = entry("d", { title: "Uprising", label: "2011", datedBy: "dated by DW" });
    expect(buildModel([dated, entry("e")], null).items.map((item) => item.title)).toEqual([
      "2011 (dated by DW) — Uprising",
      "16 Feb 2017 — Title e",
    ]);
  });

  it("puts a grouped entry once in each of its lanes, and unlaned entries in “Not stated”", () => {
    const lanes = [
      { id: "nato", name: "NATO" },
      { id: "un", name: "United Nations" },
    ];
    const entries = [
      entry("a", { lanes: ["un", "nato"] }),
      entry("b", { lanes: [] }),
      entry("c", { lanes: ["unknown"] }),
    ];
    const model = buildModel(entries, lanes);
    expect(model.items.map((item) => [item.id, item.group])).toEqual([
      ["a::un", "un"],
      ["a::nato", "nato"],
      ["b::__none", NO_LANE.id],
      ["c::__none", NO_LANE.id],
    ]);
    expect(model.groups).toEqual([
      { id: "nato", content: "NATO", order: 0 },
      { id: "un", content: "United Nations", order: 1 },
      { id: NO_LANE.id, content: "Not stated", order: 2 },
    ]);
    expect(model.itemIdsByEntry.get("a")).toEqual(["a::un", "a::nato"]);
    expect(model.entryIdByItem.get("a::nato")).toBe("a");
    expect(model.entryIdByItem.get("c::__none")).toBe("c");
  });

  it("shows no “Not stated” lane when every entry has a lane", () => {
    const { groups } = buildModel(
      [entry("a", { lanes: ["nato"] })],
      [{ id: "nato", name: "NATO" }],
    );
    expect(groups?.map((group) => group.id)).toEqual(["nato"]);
  });

  it("maps entries to items both ways without lanes", () => {
    const model = buildModel([entry("a"), entry("b", { lanes: ["ignored"] })], null);
    expect(model.items.map((item) => item.group)).toEqual([undefined, undefined]);
    expect([...model.itemIdsByEntry]).toEqual([
      ["a", ["a"]],
      ["b", ["b"]],
    ]);
    expect([...model.entryIdByItem]).toEqual([
      ["a", "a"],
      ["b", "b"],
    ]);
  });
});

describe("diffRows", () => {
  const item = (id: string, overrides: Partial<VisItem> = {}): VisItem => ({
    id,
    content: id,
    title: id,
    type: "point",
    start: day("2017-02-16"),
    className: "",
    ...overrides,
  });
  const previous = new Map(
    [
      item("same"),
      item("gone"),
      item("moved"),
      item("band", { type: "range", end: day("2017-03-01") }),
    ].map((row) => [row.id, row] as const),
  );

  it("removes missing rows, adds new ones and updates changed ones", () => {
    const next = [
      item("same"), // equal, dates compared by time (a fresh Date object)
      item("moved", { start: day("2017-02-17") }),
      item("band", { type: "range", end: day("2017-03-01") }),
      item("new"),
    ];
    const { remove, upsert } = diffRows(previous, next);
    expect(remove).toEqual(["gone"]);
    expect(upsert.map((row) => row.id)).toEqual(["moved", "new"]);
  });

  it("removes and re-adds a row that lost a field", () => {
    const { remove, upsert } = diffRows(
      previous,
      [...previous.values()].map((row) => item(row.id)),
    );
    expect(remove).toEqual(["band"]);
    expect(upsert.map((row) => row.id)).toEqual(["band"]);
  });

  it("updates a row that gained a field without removing it", () => {
    const { remove, upsert } = diffRows(previous, [item("same", { group: "nato" })]);
    expect(remove).toEqual(["gone", "moved", "band"]);
    expect(upsert).toEqual([item("same", { group: "nato" })]);
  });
});

describe("timeline windows", () => {
  it("round-trips between ISO days and dates", () => {
    const window = { start: "2016-02-28", end: "2017-01-01" };
    const dates = parseWindow(window);
    expect(dates).toEqual({ start: day("2016-02-28"), end: day("2017-01-01") });
    expect(toWindow(dates!)).toEqual(window);
  });

  it("takes the UTC day of a moment", () => {
    const start = new Date("2016-03-01T23:59:59Z");
    const end = new Date("2016-03-02T00:00:01Z");
    expect(toWindow({ start, end })).toEqual({ start: "2016-03-01", end: "2016-03-02" });
  });

  it("refuses a window that is empty, reversed or not made of days", () => {
    expect(parseWindow({ start: "2016-01-01", end: "2016-01-01" })).toBeNull();
    expect(parseWindow({ start: "2017-01-01", end: "2016-01-01" })).toBeNull();
    expect(parseWindow({ start: "banana", end: "2016-01-01" })).toBeNull();
    expect(parseWindow({ start: "2016-01-01", end: "2016-13-01" })).toBeNull();
  });
});

describe("chronological and stepEntry", () => {
  const sorted = chronological([
    entry("c", { earliest: "2018-01-01" }),
    entry("a1", { earliest: "2016-01-01" }),
    entry("b", { earliest: "2017-01-01" }),
    entry("a2", { earliest: "2016-01-01" }),
  ]);
  const window = { start: "2016-06-01", end: "2017-06-01" };

  it("sorts by earliest day, keeping the given order for equal days", () => {
    expect(sorted.map((e) => e.id)).toEqual(["a1", "a2", "b", "c"]);
  });

  it("steps to the next or previous entry, and nowhere past the ends", () => {
    expect(stepEntry(sorted, "a2", 1, window)).toBe("b");
    expect(stepEntry(sorted, "a2", -1, window)).toBe("a1");
    expect(stepEntry(sorted, "c", 1, window)).toBeNull();
    expect(stepEntry(sorted, "a1", -1, window)).toBeNull();
  });

  it("with nothing selected, starts from the entries in view", () => {
    expect(stepEntry(sorted, null, 1, window)).toBe("b");
    expect(stepEntry(sorted, null, -1, window)).toBe("b");
    expect(stepEntry(sorted, "not-listed", 1, window)).toBe("b");
  });

  it("with nothing in view, goes to the nearest end", () => {
    const late = { start: "2019-01-01", end: "2020-01-01" };
    const early = { start: "2010-01-01", end: "2011-01-01" };
    expect(stepEntry(sorted, null, 1, late)).toBe("c");
    expect(stepEntry(sorted, null, -1, early)).toBe("a1");
    expect(stepEntry([], null, 1, window)).toBeNull();
  });
});

describe("buildModel with more entries than it draws", () => {
  // DETAIL_LIMIT + 50 entries: one a day from 1 Jan 2016 (the last ones run into 2017).
  const many = Array.from({ length: DETAIL_LIMIT + 50 }, (_, i) => {
    const iso = new Date(Date.UTC(2016, 0, 1 + i * 2)).toISOString().slice(0, 10);
    return entry(`e${i}`, { earliest: iso, latest: iso, lanes: [i % 2 ? "odd" : "even"] });
  });
  const bands = (items: VisItem[]) => items.filter((item) => item.id.startsWith(BUCKET_PREFIX));

  it("sums every entry up in one band per year when nothing is in view", () => {
    const { items, itemIdsByEntry } = buildModel(many, null);
    expect(items.every((item) => item.id.startsWith(BUCKET_PREFIX))).toBe(true);
    expect(items.map((item) => item.content)).toEqual(
      ["2016", "2017"].map(
        (year) => `${many.filter((e) => e.earliest.startsWith(year)).length} events`,
      ),
    );
    expect(items[0]).toMatchObject({
      type: "range",
      start: day("2016-01-01"),
      end: day("2017-01-01"),
    });
    expect(itemIdsByEntry.size).toBe(0);
  });

  it("draws the entries of a window that holds few enough, and counts the rest", () => {
    const visible = { start: "2016-03-01", end: "2016-03-31" };
    const inView = many.filter((e) => e.earliest >= visible.start && e.earliest <= visible.end);
    const { items } = buildModel(many, null, { visible });
    const drawn = items.filter((item) => !item.id.startsWith(BUCKET_PREFIX));
    expect(drawn.map((item) => item.id)).toEqual(inView.map((e) => e.id));
    const counted = bands(items).map((item) => Number(item.content.split(" ")[0]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(many.length - inView.length);
  });

  it("always draws the selected entry, and keeps bands per lane when grouped", () => {
    const lanes = [
      { id: "even", name: "Even" },
      { id: "odd", name: "Odd" },
    ];
    const { items, itemIdsByEntry } = buildModel(many, lanes, { selectedId: "e3" });
    expect(itemIdsByEntry.get("e3")).toEqual(["e3::odd"]);
    expect(new Set(bands(items).map((item) => item.group))).toEqual(new Set(["even", "odd"]));
  });
});

describe("placeLabels", () => {
  const month = entry("m", {
    title: "A month-dated event with a long title",
    earliest: "2015-12-01",
    latest: "2015-12-31",
    precise: false,
  });
  const [band] = buildModel([month], null).items as [VisItem];
  const perPx = (px: number) => (31 * DAY_MS) / px; // the band drawn `px` wide

  it("keeps a band whose title fits inside it", () => {
    expect(placeLabels([band], perPx(labelWidthPx(band.content)))).toEqual([band]);
  });

  it("draws a short band as a point: a band of at least MIN_BAND_PX, its title beside", () => {
    const [sliver] = placeLabels([band], perPx(2));
    expect(sliver).toMatchObject({ id: "m", type: "point", start: band.start });
    expect(sliver).not.toHaveProperty("end");
    expect(sliver?.className).toBe("tl-t-meeting tl-imprecise tl-short");
    expect(sliver?.content).toBe(
      `<span class="tl-band" style="width:${MIN_BAND_PX}px"></span><span class="tl-label">${band.content}</span>`,
    );
    expect(placeLabels([band], perPx(40))[0]?.content).toContain("width:40px");
  });

  it("leaves points and year bands alone", () => {
    const point = buildModel([entry("p")], null).items[0]!;
    const bucket: VisItem = { ...band, id: `${BUCKET_PREFIX}:2015`, className: "tl-bucket" };
    expect(placeLabels([point, bucket], perPx(1))).toEqual([point, bucket]);
  });
});

describe("fitWindow and panBounds", () => {
  const items = buildModel(
    [
      entry("first", { earliest: "2011-02-15", latest: "2011-02-15" }),
      entry("last", { earliest: "2020-01-01", latest: "2020-01-01", title: "x".repeat(30) }),
    ],
    null,
  ).items;

  it("fits the items' span with a little room, the last title drawn before its mark", () => {
    const width = 800;
    const fitted = fitWindow(items, width)!;
    const span = day("2020-01-01").getTime() - day("2011-02-15").getTime();
    expect(fitted.start).toBe(day("2011-02-15").getTime() - span * 0.02);
    expect(fitted.end).toBe(day("2020-01-01").getTime() + span * 0.02);
    const perPx = (fitted.end - fitted.start) / width;
    const [first, last] = placeLabels(items, perPx);
    expect(first).toEqual(items[0]); // room after it
    const label = labelWidthPx("x".repeat(30));
    expect(last?.className).toBe("tl-t-meeting tl-flip");
    expect(last?.start.getTime()).toBeCloseTo(day("2020-01-01").getTime() - label * perPx, -1);
    expect(last?.content).toBe(
      `<span class="tl-label" style="width:${label}px">${"x".repeat(30)}</span><span class="tl-mark"></span>`,
    );
    expect(fitWindow([], width)).toBeNull();
  });

  it("widens the window for a title that has no room before its item", () => {
    const [only] = buildModel([entry("only", { title: "y".repeat(40) })], null).items;
    const width = 400;
    const fitted = fitWindow([only!], width)!;
    const perPx = (fitted.end - fitted.start) / width;
    const labelEnd = only!.start.getTime() + Math.min(labelWidthPx(only!.content), 200) * perPx;
    expect(Math.abs(labelEnd - fitted.end)).toBeLessThan(DAY_MS);
    expect(placeLabels([only!], perPx)).toEqual([only]);
  });

  it("bounds panning to the items plus a year, and the fitted window", () => {
    const fitted = fitWindow(items, 300)!;
    const bounds = panBounds(items, fitted)!;
    expect(bounds.min).toBeLessThanOrEqual(fitted.start);
    expect(bounds.max).toBeGreaterThanOrEqual(fitted.end);
    expect(bounds.min).toBeGreaterThan(day("2009-12-31").getTime());
    expect(panBounds(items, null)!.max).toBeLessThan(day("2021-01-03").getTime());
    expect(panBounds([], null)).toBeNull();
  });
});
