import { describe, expect, it } from "vitest";
import { EventDateError, parseEventDate } from "@/lib/store/event-date";

describe("parseEventDate: single dates", () => {
  it.each([
    // edtf, label, precision, earliest, latest
    ["2017-02-16", "16 Feb 2017", "day", "2017-02-16", "2017-02-16"],
    ["2015-12", "Dec 2015", "month", "2015-12-01", "2015-12-31"],
    ["2016-02", "Feb 2016", "month", "2016-02-01", "2016-02-29"],
    ["2016", "2016", "year", "2016-01-01", "2016-12-31"],
  ] as const)("%s → %s", (edtf, label, precision, earliest, latest) => {
    const date = parseEventDate(edtf);
    expect(date).toMatchObject({ edtf, label, precision, earliest, latest, interval: null });
    expect(date.approximate).toBe(false);
    expect(date.uncertain).toBe(false);
  });

  it("marks approximate dates with c.", () => {
    expect(parseEventDate("2014~")).toMatchObject({
      label: "c. 2014",
      precision: "year",
      approximate: true,
      uncertain: false,
      earliest: "2014-01-01",
      latest: "2014-12-31",
    });
  });

  it("marks uncertain dates with ?", () => {
    expect(parseEventDate("2017-02-16?")).toMatchObject({
      label: "16 Feb 2017?",
      approximate: false,
      uncertain: true,
    });
    expect(parseEventDate("2014%")).toMatchObject({
      label: "c. 2014?",
      approximate: true,
      uncertain: true,
    });
  });
});

describe("parseEventDate: intervals", () => {
  it("joins days in one month: 15–16 Feb 2017", () => {
    const date = parseEventDate("2017-02-15/2017-02-16");
    expect(date).toMatchObject({
      label: "15–16 Feb 2017",
      precision: "day",
      earliest: "2017-02-15",
      latest: "2017-02-16",
    });
    expect(date.interval?.start.earliest).toBe("2017-02-15");
    expect(date.interval?.end.latest).toBe("2017-02-16");
  });

  it("joins months in one year: Mar–Oct 2011", () => {
    expect(parseEventDate("2011-03/2011-10")).toMatchObject({
      label: "Mar–Oct 2011",
      precision: "month",
      earliest: "2011-03-01",
      latest: "2011-10-31",
    });
  });

  it("writes both ends in full across years or with mixed precision", () => {
    expect(parseEventDate("2016-12-30/2017-01-02").label).toBe("30 Dec 2016 – 2 Jan 2017");
    expect(parseEventDate("2016/2017").label).toBe("2016 – 2017");
  });

  it("takes the coarser precision and any approximation of its ends", () => {
    const date = parseEventDate("2016~/2016-12");
    expect(date).toMatchObject({
      label: "c. 2016 – Dec 2016",
      precision: "year",
      approximate: true,
      earliest: "2016-01-01",
      latest: "2016-12-31",
    });
    expect(date.interval?.start.approximate).toBe(true);
    expect(date.interval?.end.approximate).toBe(false);
  });
});

describe("parseEventDate: rejections", () => {
  const unsupported = (text: string) =>
    `"${text}" uses an EDTF form the store does not support (use a day, month or year, optionally with ~ or ?, or an interval of those)`;

  it.each([
    ["2017-13-45", '"2017-13-45" is not a valid EDTF date'],
    ["banana", '"banana" is not a valid EDTF date'],
    ["2017-02-29", '"2017-02-29" is not a valid EDTF date'],
    ["2016/2016", '"2016/2016" is an interval that does not end after it starts'],
    ["", '"" is not a valid EDTF date'],
    [
      "2017-02-10/2017-02-03",
      '"2017-02-10/2017-02-03" is an interval that does not end after it starts',
    ],
    ["2014-XX", unsupported("2014-XX")],
    ["201X", unsupported("201X")],
    ["2017-02-16/..", unsupported("2017-02-16/..")],
    ["2017-02-16T10:00:00Z", unsupported("2017-02-16T10:00:00Z")],
  ])("rejects %j", (text, message) => {
    expect(() => parseEventDate(text)).toThrow(EventDateError);
    expect(() => parseEventDate(text)).toThrow(message);
  });

  it("throws a plain message, without the parser's details", () => {
    try {
      parseEventDate("2017-13-45");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EventDateError);
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
