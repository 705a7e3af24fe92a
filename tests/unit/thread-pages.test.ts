import { describe, expect, it } from "vitest";
import {
  stepPageProps,
  stepParams,
  threadListProps,
  threadPageProps,
} from "@/lib/views/thread-pages";
import { smallStore } from "./fixtures/small-store";

const store = smallStore();
/** Four steps: e1 (with a note), e2, e6, e5. */
const OFFER = "t-offer";
const FIRST = "e1";
const SECOND = "e2";
const LAST = "e5";

describe("thread pages", () => {
  it("list every thread with its address and number of steps", () => {
    const { threads } = threadListProps(store);
    expect(threads.map((thread) => thread.id).sort()).toEqual(
      store.threads.map((thread) => thread.id).sort(),
    );
    const offer = threads.find((thread) => thread.id === OFFER)!;
    expect(offer).toMatchObject({ href: `/threads/${OFFER}`, steps: 4 });
  });

  it("give the story its steps in order, each addressed by its event", () => {
    const { thread } = threadPageProps(store, OFFER)!;
    expect(thread.steps[0]).toMatchObject({ event: FIRST, href: `/threads/${OFFER}/${FIRST}` });
    expect(thread.steps.at(-1)!.event).toBe(LAST);
    expect(threadPageProps(store, "no-such-thread")).toBeNull();
  });

  it("give a step its position, its neighbours and its event's quotes", () => {
    const first = stepPageProps(store, OFFER, FIRST)!;
    expect(first).toMatchObject({ number: 1, count: 4, previous: null });
    expect(first.next).toMatchObject({ event: SECOND });
    expect(first.view.quotes.length).toBeGreaterThan(0);
    expect(first.note).toMatch(/first offer/);
    const last = stepPageProps(store, OFFER, LAST)!;
    expect(last).toMatchObject({ number: 4, next: null });
    expect(last.title).toContain("step 4 of 4");
  });

  it("refuse an event that is not a step of the thread", () => {
    expect(stepPageProps(store, OFFER, "e3")).toBeNull();
    expect(stepPageProps(store, "no-such-thread", FIRST)).toBeNull();
  });

  it("make one page per step of every thread", () => {
    const total = store.threads.reduce((sum, thread) => sum + thread.steps.length, 0);
    expect(total).toBe(6);
    expect(stepParams(store)).toHaveLength(total);
    expect(stepParams(store)).toContainEqual({ id: OFFER, event: LAST });
  });
});
