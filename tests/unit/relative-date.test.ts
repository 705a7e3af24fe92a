import { describe, expect, it } from "vitest";
import { resolveDateText } from "@/lib/relative-date";

describe("resolveDateText: the wordings of the seed articles", () => {
  it.each([
    // dateText, published, status, expected EDTF
    ["on Wednesday", "2017-02-16", "occurred", "2017-02-15"],
    ["a Monday meeting", "2016-04-16", "expected", "2016-04-18"],
    ["on Saturday", "2016-04-16", "occurred", "2016-04-16"],
    ["last December", "2016-04-16", "occurred", "2015-12"],
    ["two years ago", "2016-04-16", "occurred", "2014~"],
    ["Two years ago", "2016-04-16", "occurred", "2014~"],
    ["3 years ago", "2016-04-16", "occurred", "2013~"],
    ["last year", "2017-02-16", "occurred", "2016"],
    ["in January this year", "2020-05-14", "occurred", "2020-01"],
    ["since mid-2014", "2016-04-16", "occurred", "2014"],
    ["the 2011 toppling", "2017-02-16", "occurred", "2011"],
    ["today", "2011-10-06", "occurred", "2011-10-06"],
    ["on Thursday (14 May 2020)", "2020-05-14", "occurred", "2020-05-14"],
    ["February 2, 2017", "2017-02-03", "occurred", "2017-02-02"],
    ["on Wednesday … on Thursday", "2017-02-16", "occurred", "2017-02-15/2017-02-16"],
  ] as const)("%j published %s (%s) → %s", (text, published, status, expected) => {
    expect(resolveDateText(text, published, status)).toBe(expected);
  });

  it("orders joined fragments by date, not by their order in the text", () => {
    expect(resolveDateText("on Thursday … on Wednesday", "2017-02-16", "occurred")).toBe(
      "2017-02-15/2017-02-16",
    );
  });

  it("collapses fragments that name the same day", () => {
    expect(resolveDateText("today … on Thursday", "2017-02-16", "occurred")).toBe("2017-02-16");
  });
});

describe("resolveDateText: weekdays", () => {
  // 2017-02-16 is a Thursday.
  it("an occurred event on the publication's weekday is that same day", () => {
    expect(resolveDateText("on Thursday", "2017-02-16", "occurred")).toBe("2017-02-16");
  });

  it("an expected event on the publication's weekday is a week later", () => {
    expect(resolveDateText("on Thursday", "2017-02-16", "expected")).toBe("2017-02-23");
  });

  it("an occurred event looks back, an expected one forward", () => {
    expect(resolveDateText("on Friday", "2017-02-16", "occurred")).toBe("2017-02-10");
    expect(resolveDateText("on Wednesday", "2017-02-16", "expected")).toBe("2017-02-22");
  });

  it("crosses month and year boundaries", () => {
    // 2017-01-01 is a Sunday.
    expect(resolveDateText("on Monday", "2017-01-01", "occurred")).toBe("2016-12-26");
    expect(resolveDateText("on Friday", "2016-12-30", "expected")).toBe("2017-01-06");
  });
});

describe("resolveDateText: months", () => {
  it("'last December' published in December is the previous year's", () => {
    expect(resolveDateText("last December", "2016-12-20", "occurred")).toBe("2015-12");
  });

  it("'last November' published in December is the same year's", () => {
    expect(resolveDateText("last November", "2016-12-20", "occurred")).toBe("2016-11");
  });

  it("'last January' published in January is the previous year's", () => {
    expect(resolveDateText("last January", "2016-01-05", "occurred")).toBe("2015-01");
  });
});

describe("resolveDateText: unknown wording", () => {
  it.each(["for almost a year", "recently", "in 2011 and 2014"])("%j → null", (text) => {
    expect(resolveDateText(text, "2016-04-16", "occurred")).toBeNull();
  });

  it("is null when any fragment is unknown", () => {
    expect(resolveDateText("on Wednesday … soon after", "2017-02-16", "occurred")).toBeNull();
  });
});
