import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  browserDiskPaths,
  browserEntries,
  fileCycles,
  graphOf,
  libBoundaryProblems,
  readImportGraph,
  upwardImports,
} from "./import-graph";

const FOLDERS = ["app", "components", "lib", "pages"];

describe("the import graph's rules, on a small graph of their own", () => {
  it("finds an import from a lower room into a higher one, and none the other way", () => {
    const graph = graphOf({
      "lib/store/schema.ts": `export const a = 1;`,
      "lib/views/page.ts": `import { a } from "../store/schema";`,
    });
    expect(upwardImports(graph, ["store", "views"])).toEqual([]);
    const upward = graphOf({
      "lib/store/schema.ts": `import type { P } from "@/lib/views/page";`,
      "lib/views/page.ts": "",
    });
    expect(upwardImports(upward, ["store", "views"])).toEqual([
      "lib/store/schema.ts → lib/views/page.ts: lib/store/ may not import lib/views/",
    ]);
  });

  it("names a room the order leaves out", () => {
    const graph = graphOf({ "lib/misc/x.ts": "" });
    expect(upwardImports(graph, ["store"])).toEqual([
      "lib/misc/x.ts: lib/misc/ is not among the rooms",
    ]);
  });

  it("finds a cycle of files, type-only imports included", () => {
    const graph = graphOf({
      "lib/store/a.ts": `import { b } from "./b";`,
      "lib/store/b.ts": `import type { C } from "./c";`,
      "lib/store/c.ts": `export * from "./a";`,
      "lib/store/d.ts": `import { b } from "./b";`,
    });
    expect(fileCycles(graph)).toEqual([
      ["lib/store/a.ts", "lib/store/b.ts", "lib/store/c.ts", "lib/store/a.ts"],
    ]);
    expect(
      fileCycles(graphOf({ "lib/store/a.ts": `import "./b";`, "lib/store/b.ts": "" })),
    ).toEqual([]);
  });

  it("finds lib/ importing React, Next, components or app", () => {
    const graph = graphOf({
      "lib/views/a.ts": `import { useState } from "react";\nimport { X } from "@/components/x";`,
      "lib/views/b.ts": `import type { Metadata } from "next";`,
      "components/x.tsx": `import { a } from "@/lib/views/a";`,
    });
    expect(libBoundaryProblems(graph)).toEqual([
      "lib/views/a.ts → react",
      "lib/views/a.ts → components/x.tsx",
      "lib/views/b.ts → next",
    ]);
  });

  it("finds the disk reached from a client module, through a dynamic import too, but not through types", () => {
    const sources = {
      "components/panel.tsx": `"use client";\nimport { rows } from "@/lib/views/rows";\nimport type { S } from "@/lib/store/read-store";`,
      "components/lazy.tsx": `// a comment first\n"use client";\nconst load = () => import("@/lib/store/store");`,
      "components/server.tsx": `import { getStore } from "@/lib/store/store";`,
      "lib/views/rows.ts": `export const rows = [];`,
      "lib/store/store.ts": `import { readStore } from "./read-store";`,
      "lib/store/read-store.ts": `import { readFileSync } from "node:fs";`,
    };
    const graph = graphOf(sources);
    const entries = browserEntries(graph, (file) => sources[file as keyof typeof sources]);
    expect(entries).toEqual(["components/panel.tsx", "components/lazy.tsx"]);
    expect(browserDiskPaths(graph, entries)).toEqual([
      ["components/lazy.tsx", "lib/store/store.ts", "lib/store/read-store.ts"],
    ]);
    // The same module imported for its values reaches the disk.
    sources["components/panel.tsx"] =
      `"use client";\nimport { readStore } from "@/lib/store/read-store";`;
    const changed = graphOf(sources);
    expect(browserDiskPaths(changed, ["components/panel.tsx"])).toEqual([
      ["components/panel.tsx", "lib/store/read-store.ts"],
    ]);
  });

  it("counts a Pages Router page's imports for getStaticProps as server-only, and the rest as browser code", () => {
    const sources = {
      "pages/events/[id].tsx": [
        `import { getStore } from "@/lib/store/store";`,
        `import { Detail } from "@/components/detail";`,
        `export const getStaticProps = () => ({ props: { n: getStore().size } });`,
        `export default function Page() { return <Detail />; }`,
      ].join("\n"),
      "pages/_document.tsx": `import { readFileSync } from "node:fs";`,
      "components/detail.tsx": `export const Detail = () => null;`,
      "lib/store/store.ts": `import { readFileSync } from "node:fs";`,
    };
    const graph = graphOf(sources);
    const entries = browserEntries(graph, (file) => sources[file as keyof typeof sources]);
    expect(entries).toEqual(["pages/events/[id].tsx"]);
    expect(browserDiskPaths(graph, entries)).toEqual([]);
    sources["components/detail.tsx"] =
      `import { getStore } from "@/lib/store/store";\nexport const Detail = () => null;`;
    expect(browserDiskPaths(graphOf(sources), entries)).toEqual([
      ["pages/events/[id].tsx", "components/detail.tsx", "lib/store/store.ts", "node:fs"],
    ]);
  });
});

describe("the real tree", () => {
  const graph = readImportGraph(".", FOLDERS);

  it("reads every folder's modules", () => {
    expect(graph.has("lib/store/read-store.ts")).toBe(true);
    expect(graph.has("pages/events/[id].tsx")).toBe(true);
    expect(
      graph.get("lib/store/store.ts")!.some((i) => i.target === "lib/store/read-store.ts"),
    ).toBe(true);
  });

  it("has no import from a lower room of lib/ into a higher one", () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it("has no cycle of files", () => {
    expect(fileCycles(graph)).toEqual([]);
  });

  it("keeps lib/ free of React, Next, components/ and app/", () => {
    expect(libBoundaryProblems(graph)).toEqual([]);
  });

  it("never lets the browser's code reach what reads the disk", () => {
    const entries = browserEntries(graph, (file) => readFileSync(file, "utf8"));
    expect(entries).toContain("components/explorer/explorer.tsx");
    expect(entries).toContain("pages/events/[id].tsx");
    expect(browserDiskPaths(graph, entries)).toEqual([]);
  });
});
