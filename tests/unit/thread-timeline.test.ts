import { describe, expect, it } from "vitest";
import { MIN_GAP, stepAxis } from "@/lib/views/thread-timeline";
import { stepPageProps, stepSpan, threadPageProps } from "@/lib/views/thread-pages";
import { smallStore } from "./fixtures/small-store";

const step = (event: string, earliest: string, latest = earliest) => ({ event, earliest, latest });

describe("a thread's steps on a time axis", () => {
  it("runs from the start of the first step's year to the end of the last's", () => {
    const { steps, years } = stepAxis([step("a", "2011-01-01"), step("b", "2020-12-31")]);
    expect(steps[0]!.from).toBe(0);
    expect(steps[1]!.to).toBe(100);
    expect(years[0]).toEqual({ year: 2011, at: 0 });
    // Ten years, at most six labels: every other year.
    expect(years.map(({ year }) => year)).toEqual([2011, 2013, 2015, 2017, 2019]);
  });

  it("places a step at the middle of its span, and an imprecise date spans its whole year", () => {
    const { steps } = stepAxis([
      step("year", "2014-01-01", "2014-12-31"),
      step("day", "2015-07-02"),
    ]);
    expect(steps[0]).toMatchObject({ from: 0, to: 50, at: 25, number: 1 });
    expect(steps[1]!.to - steps[1]!.from).toBeLessThan(0.2);
  });

  it("puts steps too close for one lane in the next lane, and back when there is room", () => {
    const { steps, lanes } = stepAxis([
      step("a", "2016-01-01"),
      step("b", "2016-01-02"),
      step("c", "2016-01-03"),
      step("d", "2016-12-31"),
    ]);
    expect(steps.map(({ lane }) => lane)).toEqual([0, 1, 2, 0]);
    expect(lanes).toBe(3);
    for (const lane of [0, 1, 2]) {
      const at = steps.filter((one) => one.lane === lane).map((one) => one.at);
      for (let i = 1; i < at.length; i++)
        expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(MIN_GAP);
    }
  });

  it("is empty for no steps", () => {
    expect(stepAxis([])).toEqual({ steps: [], lanes: 0, years: [] });
  });
});

describe("the step pages' axis and the threads' span, from a store", () => {
  const store = smallStore();
  it("has every step of the thread once, numbered in order", () => {
    for (const thread of store.threads) {
      const first = thread.steps[0]!.event;
      const { axis } = stepPageProps(store, thread.id, first)!;
      expect(axis.steps.map(({ step: one }) => one.event)).toEqual(
        thread.steps.map((one) => one.event),
      );
      expect(axis.steps.map(({ number }) => number)).toEqual(thread.steps.map((_, i) => i + 1));
    }
  });

  it("names the years the steps span", () => {
    const span = (id: string) => stepSpan(threadPageProps(store, id)!.thread.steps);
    // t-offer runs from January 2016 to 2017; t-brussels stays within 2016.
    expect(span("t-offer")).toBe("2016–2017");
    expect(span("t-brussels")).toBe("2016");
  });
});
