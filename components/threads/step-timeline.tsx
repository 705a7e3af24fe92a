import Link from "next/link";
import { linkClass } from "@/components/link-class";
import type { StepAxis } from "@/lib/views/thread-timeline";
import type { StepLink } from "@/lib/views/thread-pages";

/** Height of one lane of markers, in rem: a marker (1.75 rem) and a gap. */
const LANE_REM = 2.25;

/**
 * The thread's steps on a time axis, drawn with CSS alone: each step a numbered link at its
 * date (with a bar under it for the span of an imprecise date), the current one larger, filled,
 * ringed and named in words below, so that it is marked by more than colour.
 */
export function StepTimeline({
  axis,
  current,
  threadId,
}: {
  axis: StepAxis<StepLink>;
  current: string;
  threadId: string;
}) {
  const here = axis.steps.find(({ step }) => step.event === current);
  // The axis stands below the last lane, clear of the current marker's ring.
  const height = axis.lanes * LANE_REM + 0.5;
  return (
    // Above the step's heading, so named by a label rather than a heading of its own.
    <section aria-label="The thread’s steps in time" className="space-y-2 print:hidden">
      {/* The markers stand out of the axis by half their width at both ends. */}
      <div className="px-4">
        <div className="relative" style={{ height: `${height + 1.25}rem` }}>
          <ol data-testid="step-timeline">
            {axis.steps.map(({ step, number, at, from, to, lane }) => {
              const isCurrent = step.event === current;
              const top = `${lane * LANE_REM}rem`;
              return (
                <li key={step.event} data-step={step.event}>
                  {to - from > 1 && (
                    <span
                      aria-hidden="true"
                      className="absolute h-1 rounded bg-zinc-300 dark:bg-zinc-600"
                      style={{
                        left: `${from}%`,
                        width: `${to - from}%`,
                        top: `calc(${top} + 0.75rem)`,
                      }}
                    />
                  )}
                  <Link
                    href={step.href}
                    title={`${step.title} (${step.label})`}
                    aria-current={isCurrent ? "page" : undefined}
                    className={`absolute flex size-7 -translate-x-1/2 items-center justify-center rounded-full border-2 text-sm font-semibold no-underline ${
                      isCurrent
                        ? "z-10 scale-125 border-zinc-900 bg-zinc-900 text-white ring-4 ring-amber-500 dark:border-white dark:bg-white dark:text-zinc-900"
                        : "border-blue-700 bg-white text-blue-800 hover:bg-blue-50 dark:border-blue-300 dark:bg-zinc-950 dark:text-blue-200 dark:hover:bg-zinc-800"
                    }`}
                    style={{ left: `${at}%`, top }}
                  >
                    <span aria-hidden="true">{number}</span>
                    <span className="sr-only">
                      Step {number}
                      {isCurrent ? " (this page)" : ""}: {step.title} ({step.label})
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
          <div
            aria-hidden="true"
            className="absolute inset-x-0 border-t border-zinc-500"
            style={{ top: `${height}rem` }}
          >
            {axis.years.map(({ year, at }) => (
              <span
                key={year}
                className="absolute top-1 -translate-x-1/2 text-xs text-zinc-700 dark:text-zinc-300"
                style={{ left: `${at}%` }}
              >
                {year}
              </span>
            ))}
          </div>
        </div>
      </div>
      {here && (
        <p className="pt-3 text-sm" data-testid="step-timeline-current">
          <span className="font-semibold">This page is step {here.number}</span> (the ringed
          marker): {here.step.label}.
        </p>
      )}
      <p className="text-sm">
        <Link href={`/?thread=${threadId}&event=${current}`} className={linkClass}>
          See on the timeline
        </Link>
      </p>
    </section>
  );
}
