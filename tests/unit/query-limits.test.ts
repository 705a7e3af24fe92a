import { describe, expect, it } from "vitest";
import { parseApiQuery } from "@/lib/outputs/api/query";
import { parseExplorerQuery } from "@/lib/explorer/explorer-query";
import { shown } from "@/lib/text/shown";
import {
  MAX_SEARCH_LENGTH,
  MAX_VALUES_PER_PARAM,
  queryLimitProblem,
} from "@/lib/deploy/query-limits";
import { TEST_VOCABULARY } from "./helpers";

const types = (n: number) => Array.from({ length: n }, (_, i) => `type=bad-${i}`).join("&");

describe("what one query may ask of the server", () => {
  it("accepts real views, refuses a query too long (414) or with too many values (400)", () => {
    expect(queryLimitProblem("q=sirte&type=meeting,offer&actor=nato")).toBeNull();
    expect(queryLimitProblem(types(MAX_VALUES_PER_PARAM))).toBeNull();
    expect(queryLimitProblem(types(MAX_VALUES_PER_PARAM + 1))).toMatchObject({
      status: 400,
      message: expect.stringContaining("“type” has more than 50 values"),
    });
    // Commas count as values too, as the parser splits them.
    expect(queryLimitProblem(`actor=${"a,".repeat(MAX_VALUES_PER_PARAM)}a`)?.status).toBe(400);
    expect(queryLimitProblem(`q=${"a".repeat(MAX_SEARCH_LENGTH)}`)).toMatchObject({
      status: 414,
      message: expect.stringContaining(`at most ${MAX_SEARCH_LENGTH}`),
    });
  });

  it("names three unknown values per parameter, then counts the rest", () => {
    const { notices } = parseExplorerQuery(new URLSearchParams(types(45)), TEST_VOCABULARY);
    expect(notices.map((notice) => notice.message)).toEqual([
      "Ignored unknown type “bad-0”.",
      "Ignored unknown type “bad-1”.",
      "Ignored unknown type “bad-2”.",
      "…and 42 more unknown type values.",
    ]);
  });

  it("shows bidirectional controls in an echoed value as visible escapes", () => {
    expect(shown("\u202Efdp.exe")).toBe("[U+202E]fdp.exe");
    expect(shown("a\u2066b\u200Fc\u061C")).toBe("a[U+2066]b[U+200F]c[U+061C]");
    const { notices } = parseExplorerQuery(
      new URLSearchParams("type=%E2%80%AEfdp.exe"),
      TEST_VOCABULARY,
    );
    expect(notices[0]!.message).toBe("Ignored unknown type “[U+202E]fdp.exe”.");
  });

  it("the API refuses a single-value parameter given twice, naming it", () => {
    const result = parseApiQuery(
      new URLSearchParams("expected=hide&expected=banana"),
      TEST_VOCABULARY,
    );
    expect(result).toEqual({
      ok: false,
      parameters: [
        { name: "expected", message: "“expected” takes one value; it was given 2 times." },
      ],
    });
    expect(parseApiQuery(new URLSearchParams("type=meeting&type=offer"), TEST_VOCABULARY).ok).toBe(
      true,
    );
  });
});
