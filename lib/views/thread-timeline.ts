/**
 * A thread's steps on a compact time axis, for the step pages (components/threads/step-timeline.tsx):
 * each step placed at its date as a share of the axis, in the first lane where it does not
 * cover the step before it. Plain numbers, so the page draws it with CSS alone (no script).
 */

export interface DatedStep {
  event: string;
  /** ISO dates: the first and last day the event may have happened. */
  earliest: string;
  latest: string;
}

export interface PlacedStep<T extends DatedStep> {
  step: T;
  number: number;
  /** Where the step stands (its span's middle) and its span, as percentages of the axis. */
  at: number;
  from: number;
  to: number;
  lane: number;
}

export interface StepAxis<T extends DatedStep> {
  steps: PlacedStep<T>[];
  lanes: number;
  /** The years labelled under the axis, at the start of each. */
  years: { year: number; at: number }[];
}

/**
 * Markers closer than this (a share of the axis) go to another lane: on a phone the axis is
 * some 20 rem wide, and a marker 1.75 rem (components/threads/step-timeline.tsx).
 */
export const MIN_GAP = 9;
/** At most this many year labels, so that they never run into each other on a phone. */
const MAX_YEAR_LABELS = 6;

const DAY_MS = 86_400_000;
const time = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** The axis from 1 January of the first step's year to the end of the last step's year. */
export function stepAxis<T extends DatedStep>(steps: readonly T[]): StepAxis<T> {
  if (steps.length === 0) return { steps: [], lanes: 0, years: [] };
  const first = Math.min(...steps.map((step) => new Date(time(step.earliest)).getUTCFullYear()));
  const last = Math.max(...steps.map((step) => new Date(time(step.latest)).getUTCFullYear()));
  const start = Date.UTC(first, 0, 1);
  const span = Date.UTC(last + 1, 0, 1) - start;
  const share = (ms: number) => Math.round(((ms - start) / span) * 1000) / 10;
  const ends: number[] = [];
  const placed = steps.map((step, index) => {
    const from = share(time(step.earliest));
    // The latest day counts whole: a year-precise event spans to its end.
    const to = share(time(step.latest) + DAY_MS);
    const at = Math.round(((from + to) / 2) * 10) / 10;
    let lane = ends.findIndex((end) => at - end >= MIN_GAP);
    if (lane < 0) lane = ends.push(at) - 1;
    else ends[lane] = at;
    return { step, number: index + 1, at, from, to, lane };
  });
  const every = Math.ceil((last - first + 1) / MAX_YEAR_LABELS);
  const years = [];
  for (let year = first; year <= last; year += every) {
    years.push({ year, at: share(Date.UTC(year, 0, 1)) });
  }
  return { steps: placed, lanes: ends.length, years };
}
