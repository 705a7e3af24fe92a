import type { ExplorerQuery } from "@/lib/explorer/explorer-query";
import { overviewLayout, type OverviewMark } from "@/lib/timeline/overview";
import type { TimelineEntry } from "@/lib/timeline/timeline-types";

/** A label's line (text-sm, leading-tight), and the padding around a mark's box. */
const LINE_REM = 1.1;
const PAD_REM = 0.5;
/** A row of marks holds its longest label, and is never lower than a tap target. */
const rowRem = (lines: number) => Math.max(2.75, lines * LINE_REM + PAD_REM) + 0.25;
const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** Where a mark leads: its event selected, or, for a group, the filters that show only it. */
const markQuery = (mark: OverviewMark, query: ExplorerQuery): ExplorerQuery =>
  mark.range
    ? { ...query, ...mark.range, event: null, start: null, end: null }
    : { ...query, event: mark.ids[0]! };

/**
 * The timeline's overview strip (lib/timeline/overview.ts): every mark a link, so that it works
 * without JavaScript and a tap on it is one plain click. Drawn by the server into the page; the
 * browser draws it again (components/timeline/timeline-box.tsx) once the view has changed.
 * Vertical swipes over it scroll the page.
 */
export function TimelineOverview({
  entries,
  query,
  hrefOf,
}: {
  entries: readonly TimelineEntry[];
  query: ExplorerQuery;
  /** A query's address: passed in, so that the browser's copy shares the explorer's. */
  hrefOf: (query: ExplorerQuery) => string;
}) {
  const { marks, rowLines, ticks } = overviewLayout(entries);
  const tops = rowLines.map((_, row) =>
    rowLines.slice(0, row).reduce((sum, l) => sum + rowRem(l), 0),
  );
  const height = `${rowLines.reduce((sum, lines) => sum + rowRem(lines), 0)}rem`;
  return (
    <div data-testid="timeline-overview" className="relative touch-pan-y pb-6">
      <div aria-hidden="true" className="absolute inset-x-0 top-0" style={{ height }}>
        {marks.map((mark) => (
          <span
            key={mark.ids[0]}
            className="absolute h-1 min-w-1 rounded-full bg-zinc-400 dark:bg-zinc-500"
            style={{
              left: percent(mark.at),
              width: percent(mark.span),
              top: `${tops[mark.row]! + rowRem(rowLines[mark.row]!) - 0.3}rem`,
            }}
          />
        ))}
      </div>
      <ol
        aria-label={`Timeline overview, ${entries.length} events in ${marks.length} marks`}
        className="relative"
        style={{ height }}
      >
        {marks.map((mark) => {
          const selected = query.event !== null && mark.ids.includes(query.event);
          return (
            <li
              key={mark.ids[0]}
              className="absolute"
              style={{
                left: percent(mark.left),
                top: `${tops[mark.row]!}rem`,
                width: `${mark.widthPx}px`,
              }}
            >
              <a
                href={hrefOf(markQuery(mark, query))}
                data-mark={mark.ids.length > 1 ? "group" : "event"}
                data-event={mark.range ? undefined : mark.ids[0]}
                aria-current={selected ? "true" : undefined}
                title={mark.ids.length > 1 ? `${mark.label}, ${mark.dates}` : mark.dates}
                className={`flex min-h-11 min-w-11 items-start gap-1 ${mark.before ? "flex-row-reverse text-right" : ""} rounded px-1 py-1 text-sm leading-tight text-zinc-900 hover:underline focus-visible:outline-2 focus-visible:outline-[#1d4ed8] dark:text-zinc-100 dark:focus-visible:outline-[#60a5fa] ${selected ? "bg-blue-50 ring-2 ring-blue-700 dark:bg-blue-950 dark:ring-blue-400" : ""}`}
                style={{ minHeight: `${rowRem(rowLines[mark.row]!) - 0.25}rem` }}
              >
                <span aria-hidden="true" className="flex shrink-0 flex-col gap-0.5 pt-0.5">
                  {mark.types.map((type) => (
                    <span key={type} className={`type-mark tl-t-${type}`} />
                  ))}
                </span>
                <span className="min-w-0">
                  {mark.label}
                  <span className="sr-only">, {mark.dates}</span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      <div
        aria-hidden="true"
        className="absolute inset-x-0 bottom-0 h-6 border-t border-zinc-400 text-sm text-zinc-700 dark:border-zinc-600 dark:text-zinc-300"
      >
        {ticks.map(({ year, at }) => (
          <span
            key={year}
            className="absolute top-0.5 -translate-x-1/2 tabular-nums"
            style={{ left: percent(at) }}
          >
            {year}
          </span>
        ))}
      </div>
    </div>
  );
}
