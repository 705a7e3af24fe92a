import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/text/html";
import { shown } from "@/lib/text/shown";
import { dayStart, toIsoDay } from "@/lib/store/iso-day";
import { citedPublishers, citedSources } from "@/lib/store/cited";
import { perStore } from "@/lib/store/per-store";
import type { Store } from "@/lib/store/build-store";
import { eventPath, sourcePath, stepPath, threadPath } from "@/lib/deploy/site";

describe("shown", () => {
  it("keeps a short value, and cuts a long one at the length asked for", () => {
    expect(shown("meeting")).toBe("meeting");
    expect(shown("x".repeat(41))).toBe(`${"x".repeat(40)}…`);
    expect(shown("abcdef", 3)).toBe("abc…");
    expect(shown("abc", 3)).toBe("abc");
  });
});

describe("escapeHtml", () => {
  it("can leave apostrophes as they are, for HTML that quotes attributes with double quotes", () => {
    expect(escapeHtml(`<a title="x">NATO's</a>`, { apostrophes: "keep" })).toBe(
      "&lt;a title=&quot;x&quot;&gt;NATO's&lt;/a&gt;",
    );
  });
});

describe("dayStart and toIsoDay", () => {
  it("read an ISO day as midnight UTC and write a moment's UTC day back", () => {
    expect(dayStart("2017-02-16").getTime()).toBe(Date.UTC(2017, 1, 16));
    expect(toIsoDay(new Date(Date.UTC(2017, 1, 16, 23, 59)))).toBe("2017-02-16");
    expect(toIsoDay(dayStart("2016-02-29"))).toBe("2016-02-29");
  });
});

describe("citedSources and citedPublishers", () => {
  const sources = {
    a: { id: "a", publisher: "DW" },
    b: { id: "b", publisher: "Xinhua" },
    c: { id: "c", publisher: "DW" },
  };
  const store = {
    getSource: (id: string) => sources[id as keyof typeof sources],
  } as unknown as Pick<Store, "getSource">;
  const event = {
    sources: [
      { source: "b" },
      { source: "a" },
      { source: "b" },
      { source: "c" },
      { source: "gone" },
    ],
  } as Parameters<typeof citedSources>[1];

  it("give each source and publisher once, in the order first cited", () => {
    expect(citedSources(store, event).map((source) => source.id)).toEqual(["b", "a", "c"]);
    // A source the store lacks counts by its id, so it still says another voice is cited.
    expect(citedPublishers(store, event)).toEqual(["Xinhua", "DW", "gone"]);
  });
});

describe("perStore", () => {
  it("derives once per store, and anew for another store", () => {
    let made = 0;
    const derived = perStore(() => ({ n: ++made }));
    const one = {} as Store;
    const other = {} as Store;
    expect(derived(one)).toBe(derived(one));
    expect(derived(other)).not.toBe(derived(one));
    expect(made).toBe(2);
  });
});

describe("page paths", () => {
  it("name each page of the site", () => {
    expect(eventPath("e")).toBe("/events/e");
    expect(sourcePath("s")).toBe("/sources/s");
    expect(threadPath("t")).toBe("/threads/t");
    expect(stepPath("t", "e")).toBe("/threads/t/e");
  });
});
