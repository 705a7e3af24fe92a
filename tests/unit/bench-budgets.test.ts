import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUDGETS } from "@/bench/budgets";

/** The rows of docs/performance.md's "Budgets" table, as key → limit. */
function documentedBudgets(markdown: string): Record<string, number> {
  const section = /^## Budgets\n([\s\S]*?)(?=^## )/m.exec(markdown)?.[1] ?? "";
  const rows = [...section.matchAll(/^\|[^|]*\|\s*`(\w+)`\s*\|\s*([\d.]+)\s*\|$/gm)];
  return Object.fromEntries(rows.map(([, key, limit]) => [key!, Number(limit)]));
}

describe("the benchmarks' budgets", () => {
  it("are the ones docs/performance.md lists, each once", () => {
    const documented = documentedBudgets(readFileSync("docs/performance.md", "utf8"));
    expect(documented).toEqual({ ...BUDGETS });
  });

  it("are read from a table that a change would break", () => {
    const table = "## Budgets\n\n| a | `filterP95Ms` | 16 |\n| b | `listRows` | 99 |\n\n## Next\n";
    expect(documentedBudgets(table)).toEqual({ filterP95Ms: 16, listRows: 99 });
    expect(documentedBudgets(table)).not.toEqual({ filterP95Ms: 16, listRows: BUDGETS.listRows });
  });
});
