import Link from "next/link";
import { linkClass } from "@/components/link-class";
import type { StepLink } from "@/lib/views/thread-pages";

/** A thread's steps in order, the current one (if any) marked. */
export function StepList({ steps, current }: { steps: StepLink[]; current?: string }) {
  return (
    <ol className="list-decimal space-y-2 pl-6" data-testid="thread-steps">
      {steps.map((step) => (
        <li key={step.event}>
          {step.event === current ? (
            <strong aria-current="step">{step.title}</strong>
          ) : (
            <Link href={step.href} className={linkClass}>
              {step.title}
            </Link>
          )}{" "}
          <span className="text-sm text-zinc-700 dark:text-zinc-300">({step.label})</span>
          {step.note && <p className="text-sm text-zinc-700 dark:text-zinc-300">{step.note}</p>}
        </li>
      ))}
    </ol>
  );
}
