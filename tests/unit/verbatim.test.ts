import { describe, expect, it } from "vitest";
import {
  GAP_MARK,
  linesNotFromCapture,
  normalizeWhitespace,
  verbatimIn,
} from "@/lib/store/verbatim";

const NBSP = "\u00a0";

describe("normalizeWhitespace", () => {
  it("collapses runs of spaces, tabs, newlines and non-breaking spaces, and trims", () => {
    expect(normalizeWhitespace(` NATO\t is${NBSP}${NBSP}ready\n\nto help `)).toBe(
      "NATO is ready to help",
    );
  });
});

describe("verbatimIn", () => {
  const text = `Stoltenberg told reporters on${NBSP}Thursday that the alliance\nwas looking into it.`;

  it("finds a passage whatever its whitespace", () => {
    expect(verbatimIn(text)("reporters on Thursday")).toBe(true);
    expect(verbatimIn(text)("the   alliance was\tlooking")).toBe(true);
    expect(verbatimIn("a b")(`a${NBSP}b`)).toBe(true);
  });

  it("is case-sensitive", () => {
    expect(verbatimIn(text)("stoltenberg told reporters")).toBe(false);
  });

  it("rejects a changed or added word", () => {
    expect(verbatimIn(text)("reporters on Wednesday")).toBe(false);
    expect(verbatimIn(text)("told the reporters")).toBe(false);
  });
});

describe("linesNotFromCapture", () => {
  const capture = [
    "Skip to content | Menu | Search",
    "Libya requests NATO assistance",
    "Share this: Facebook Twitter",
    "Stoltenberg said on Thursday, in Brussels, that the alliance would help.",
    "Related articles",
  ].join("\n");

  it("accepts whole lines kept and lines deleted", () => {
    const text =
      "Libya requests NATO assistance\n\nStoltenberg said on Thursday, in Brussels, that the alliance would help.";
    expect(linesNotFromCapture(text, capture)).toEqual([]);
  });

  it("accepts a line cut at its ends, and whitespace changes", () => {
    expect(linesNotFromCapture(`Stoltenberg  said on${NBSP}Thursday`, capture)).toEqual([]);
  });

  it(`accepts a cut inside a line marked ${GAP_MARK}`, () => {
    const text = `Stoltenberg said on Thursday ${GAP_MARK} that the alliance would help.`;
    expect(linesNotFromCapture(text, capture)).toEqual([]);
  });

  it(`rejects a cut inside a line that is not marked ${GAP_MARK}`, () => {
    expect(
      linesNotFromCapture("Stoltenberg said on Thursday that the alliance would help.", capture),
    ).toEqual([1]);
  });

  it(`rejects pieces around ${GAP_MARK} in the wrong order`, () => {
    expect(linesNotFromCapture(`that the alliance ${GAP_MARK} Stoltenberg said`, capture)).toEqual([
      1,
    ]);
  });

  it("rejects an added word, naming its 1-based line", () => {
    const text =
      "Libya requests NATO assistance\n\nStoltenberg said on Thursday, in Brussels, that the whole alliance would help.";
    expect(linesNotFromCapture(text, capture)).toEqual([3]);
  });

  it("rejects a change of case", () => {
    expect(linesNotFromCapture("libya requests NATO assistance", capture)).toEqual([1]);
  });

  it("rejects lines that are out of the capture's order", () => {
    const text =
      "Stoltenberg said on Thursday, in Brussels, that the alliance would help.\nLibya requests NATO assistance";
    expect(linesNotFromCapture(text, capture)).toEqual([2]);
  });

  it("rejects a capture line used twice (an addition by repetition)", () => {
    const text = "Libya requests NATO assistance\nLibya requests NATO assistance";
    expect(linesNotFromCapture(text, capture)).toEqual([2]);
  });

  it("reports every bad line", () => {
    const text = "Invented headline\nLibya requests NATO assistance\nAnother invented line";
    expect(linesNotFromCapture(text, capture)).toEqual([1, 3]);
  });
});
