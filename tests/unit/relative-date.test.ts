import { describe, expect, it } from "vitest";
import { findDateExpressions, referenceDay, resolveDateText } from "@/lib/store/relative-date";

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

describe("resolveDateText: every expression kind the ingest finds, as precise as the words", () => {
  it.each([
    // Absolute: calendar dates as the sources print them, and years inside noun phrases.
    ["in March 2016", "2017-02-16", "occurred", "2016-03"],
    ["14 May 2020", "2020-05-15", "occurred", "2020-05-14"],
    ["06 Oct. 2011", "2011-10-06", "occurred", "2011-10-06"],
    ["16.02.2017", "2017-02-16", "occurred", "2017-02-16"],
    ["Sat Apr 16, 2016 5:10PM", "2016-04-16", "occurred", "2016-04-16"],
    ["the 2011 uprising", "2016-04-16", "occurred", "2011"],
    ["the 2018 Brussels Summit", "2020-05-14", "occurred", "2018"],
    // Relative to publication.
    ["on Thursday", "2017-02-16", "occurred", "2017-02-16"],
    ["a Monday meeting", "2016-04-16", "expected", "2016-04-18"],
    ["last night", "2017-02-16", "occurred", "2017-02-15"],
    ["yesterday", "2017-02-16", "occurred", "2017-02-15"],
    ["tomorrow", "2017-02-16", "expected", "2017-02-17"],
    ["three days ago", "2017-02-16", "occurred", "2017-02-13"],
    // A week is an interval, never a day: 2017-02-16 is in the week of 13–19 February.
    ["last week", "2017-02-16", "occurred", "2017-02-06/2017-02-12"],
    ["next week", "2017-02-16", "expected", "2017-02-20/2017-02-26"],
    ["earlier this week", "2017-02-16", "occurred", "2017-02-13/2017-02-16"],
    ["two weeks ago", "2017-02-16", "occurred", "2017-01-30/2017-02-05"],
    ["earlier this month", "2017-02-16", "occurred", "2017-02"],
    ["last month", "2017-02-16", "occurred", "2017-01"],
    ["two months ago", "2017-02-16", "occurred", "2016-12~"],
    ["last December", "2016-04-16", "occurred", "2015-12"],
    ["two years ago", "2016-04-16", "occurred", "2014~"],
    ["since mid-2014", "2016-04-16", "occurred", "2014"],
    ["next year", "2017-02-16", "expected", "2018"],
    // Vague spans: only what the words allow.
    ["in the coming weeks", "2017-02-16", "expected", "2017-02/2017-04"],
    ["in the coming days", "2017-02-16", "expected", "2017-02-17/2017-02-23"],
    ["in the coming months", "2017-02-16", "expected", "2017-02/2017-08"],
    ["some weeks ago", "2017-02-16", "occurred", "2016-12/2017-02"],
    ["a few days ago", "2017-02-16", "occurred", "2017-02-09/2017-02-14"],
    // A month without a year: the latest one so far, or the next one for what is expected.
    ["in March", "2017-02-16", "occurred", "2016-03"],
    ["in March", "2017-02-16", "expected", "2017-03"],
    ["in February", "2017-02-16", "occurred", "2017-02"],
    ["next March", "2017-03-10", "expected", "2018-03"],
    // Weekends (2017-02-16 is a Thursday, 2017-02-18 a Saturday) and recent spans.
    ["last weekend", "2017-02-16", "occurred", "2017-02-11/2017-02-12"],
    ["last weekend", "2017-02-18", "occurred", "2017-02-11/2017-02-12"],
    ["this weekend", "2017-02-16", "expected", "2017-02-18/2017-02-19"],
    ["in recent weeks", "2017-02-16", "occurred", "2016-12/2017-02"],
    ["in recent months", "2017-02-16", "occurred", "2016-08/2017-02"],
    // Ranges of days are intervals.
    ["from 3 to 5 March 2016", "2017-02-16", "occurred", "2016-03-03/2016-03-05"],
    ["on March 3-4", "2017-02-16", "occurred", "2016-03-03/2016-03-04"],
    // A day and month without a year: the nearest one before (or after) publication.
    ["on Feb. 1", "2017-02-02", "occurred", "2017-02-01"],
    ["on 20 December", "2017-02-02", "occurred", "2016-12-20"],
    ["on 20 December", "2017-02-02", "expected", "2017-12-20"],
  ] as const)("%j published %s (%s) → %s", (text, published, status, expected) => {
    expect(resolveDateText(text, published, status)).toBe(expected);
  });
});

describe("resolveDateText: month and year boundaries", () => {
  it("last week published on a Tuesday in January is the last week of December", () => {
    // 2017-01-03 is a Tuesday.
    expect(resolveDateText("last week", "2017-01-03", "occurred")).toBe("2016-12-26/2017-01-01");
  });

  it("last night on the first of a month is the last day of the month before", () => {
    expect(resolveDateText("last night", "2016-03-01", "occurred")).toBe("2016-02-29");
    expect(resolveDateText("yesterday", "2017-01-01", "occurred")).toBe("2016-12-31");
  });

  it("last month in January is the previous December", () => {
    expect(resolveDateText("last month", "2017-01-05", "occurred")).toBe("2016-12");
  });

  it("the coming weeks of a December run into the next year", () => {
    expect(resolveDateText("in the coming weeks", "2016-12-20", "expected")).toBe(
      "2016-12/2017-02",
    );
  });

  it("some weeks ago in January reaches back into the year before", () => {
    expect(resolveDateText("some weeks ago", "2017-01-10", "occurred")).toBe("2016-11/2017-01");
  });

  it("a weekday expected after a Saturday publication crosses into the next month", () => {
    // 2016-04-30 is a Saturday.
    expect(resolveDateText("on Monday", "2016-04-30", "expected")).toBe("2016-05-02");
  });

  it("joins intervals by their outer ends", () => {
    expect(resolveDateText("last week … on Thursday", "2017-02-16", "occurred")).toBe(
      "2017-02-06/2017-02-16",
    );
  });
});

describe("referenceDay: a dateline dates the article's relative words", () => {
  const text =
    "NATO offers help\n\nBRUSSELS, Feb. 1 (Reuters) - NATO said on Wednesday it would help.";

  it("is the dateline's day when the article opens with one", () => {
    expect(referenceDay(text, "2017-02-02")).toBe("2017-02-01");
    // 2017-02-01 is a Wednesday: the same day as the dateline, not the 25 January.
    expect(resolveDateText("on Wednesday", referenceDay(text, "2017-02-02"), "occurred")).toBe(
      "2017-02-01",
    );
  });

  it("takes the year from the publication, across a year boundary", () => {
    const december = "BRUSSELS, Dec 31 (Reuters) — Ministers met on Thursday.";
    expect(referenceDay(december, "2016-01-02")).toBe("2015-12-31");
  });

  it("is the publication date without a dateline", () => {
    expect(referenceDay("Brussels is a city. NATO met on Wednesday.", "2017-02-02")).toBe(
      "2017-02-02",
    );
  });
});

describe("findDateExpressions", () => {
  const texts = (sentence: string) => findDateExpressions(sentence).map(({ text }) => text);

  it("finds the words of each expression, in the order of the sentence", () => {
    expect(
      texts(
        "Stoltenberg told reporters on Thursday that the nation has been in turmoil since the 2011 toppling of Gadhafi.",
      ),
    ).toEqual(["on Thursday", "the 2011 toppling"]);
    expect(texts("EU ministers are expected to agree in a Monday meeting in Luxembourg.")).toEqual([
      "a Monday",
    ]);
    expect(texts("They met in March 2016 and again earlier this month.")).toEqual([
      "March 2016",
      "earlier this month",
    ]);
  });

  it("keeps a weekday and its date in brackets together", () => {
    expect(texts("They spoke on Thursday (14 May 2020) by phone.")).toEqual([
      "on Thursday (14 May 2020)",
    ]);
  });

  it("finds years in noun phrases, after prepositions and closing a clause, not counts", () => {
    expect(texts("Libya's 2011 revolution was followed by elections in 2012.")).toEqual([
      "Libya's 2011 revolution",
      "in 2012",
    ]);
    expect(texts("Fighting resumed in mid-2014, and again late 2019.")).toEqual([
      "in mid-2014",
      "late 2019",
    ]);
    expect(texts("NATO sent 2000 troops and 1500 trainers.")).toEqual([]);
  });

  it("does not take the verb may, or a capitalized word that is not a date, for a date", () => {
    expect(texts("He may travel to Tripoli, officials said.")).toEqual([]);
    expect(texts("The march on the capital went on.")).toEqual([]);
  });

  it("says when the words alone put the happening in the past or the future", () => {
    const tense = (sentence: string) => findDateExpressions(sentence).map((e) => e.tense);
    expect(tense("They met last week and will meet in the coming weeks.")).toEqual([
      "past",
      "future",
    ]);
    expect(tense("They met on Monday.")).toEqual([null]);
  });

  it("finds only wording the rules resolve, so every expression found has a date", () => {
    const sentence =
      "Two years ago, last December, some weeks ago, last night, in the coming weeks, since mid-2014 and on Wednesday.";
    for (const { text } of findDateExpressions(sentence))
      expect(resolveDateText(text, "2017-02-16", "occurred"), text).not.toBeNull();
    expect(texts(sentence)).toHaveLength(7);
  });
});
