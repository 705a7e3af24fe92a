import Link from "next/link";
import { linkClass } from "@/components/link-class";

interface Target {
  href: string;
  title: string;
}

/**
 * Back and on through a thread. The links carry rel="prev"/"next", which the arrow keys follow
 * (public/thread-keys.js); without JavaScript they are plain links.
 */
export function StepNav({ previous, next }: { previous: Target | null; next: Target | null }) {
  return (
    <nav
      aria-label="Previous and next step"
      data-thread-nav
      className="grid gap-3 text-sm sm:grid-cols-2 print:hidden"
    >
      {previous && (
        <Link href={previous.href} rel="prev" className={`${linkClass} py-1`}>
          ← Previous: {previous.title}
        </Link>
      )}
      {next && (
        <Link
          href={next.href}
          rel="next"
          className={`${linkClass} py-1 sm:col-start-2 sm:text-right`}
        >
          Next: {next.title} →
        </Link>
      )}
      {/* Shown by the script that makes it true. */}
      <p
        hidden
        data-thread-keys-hint
        className="text-xs text-zinc-700 sm:col-span-2 dark:text-zinc-300"
      >
        The ← and → keys step through the thread too.
      </p>
    </nav>
  );
}
