import { linkClass } from "@/components/link-class";
import type { StatementRow } from "@/lib/explorer/statements";
import { eventPath } from "@/lib/deploy/site";

/** One row per quote: the words, who speaks, where and when they were published, and the event. */
export function StatementList({ rows }: { rows: StatementRow[] }) {
  return (
    <ol className="space-y-4" data-testid="statements">
      {rows.map((row, index) => (
        <li
          key={index}
          data-testid="statement"
          data-speaker={row.quote.speaker?.actor ?? ""}
          className="border-l-4 border-zinc-400 pl-3 dark:border-zinc-500"
        >
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            <time dateTime={row.published}>{row.publishedLabel}</time>
            <span aria-hidden="true"> · </span>
            {row.publisher}
          </p>
          <blockquote className="italic">“{row.quote.text}”</blockquote>
          <p className="text-sm font-medium" data-testid="speaker">
            {row.quote.attribution}
          </p>
          <p className="text-sm">
            Supports:{" "}
            <a href={eventPath(row.eventId)} className={linkClass}>
              {row.eventTitle}
            </a>{" "}
            ({row.eventLabel})
          </p>
        </li>
      ))}
    </ol>
  );
}
