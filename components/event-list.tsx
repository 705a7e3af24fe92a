import type { MouseEvent, ReactNode } from "react";
import { groupByYear, type ListedEvent } from "@/lib/views/listed-event";
import { MarkedText } from "./marked-text";
import { SourceLinks } from "./source-links";
import { EventMeta } from "./event-meta";
import { inPageClick } from "./in-page-click";

/**
 * Events grouped by year: the timeline's readable, accessible alternative. Each title links to
 * the event's selection (`hrefFor`), so it works as a plain link without JavaScript.
 */
export function EventList({
  events,
  grouped = true,
  selectedId = null,
  hrefFor,
  onSelect,
  renderSelected,
  marks = [],
}: {
  events: readonly ListedEvent[];
  /** Year headings; off when the list is ordered by relevance. */
  grouped?: boolean;
  selectedId?: string | null;
  hrefFor: (id: string) => string;
  onSelect?: (id: string) => void;
  /** Extra content under the selected event. */
  renderSelected?: (event: ListedEvent) => ReactNode;
  /** Words a text search matched (folded), marked in the titles. */
  marks?: readonly string[];
}) {
  const click = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (onSelect && inPageClick(event)) onSelect(id);
  };
  const item = (event: ListedEvent) => {
    const selected = event.id === selectedId;
    // .event-row (globals.css): rows off screen are not laid out or painted until scrolled near.
    return (
      <li
        key={event.id}
        id={event.id}
        data-testid="event"
        className={`event-row scroll-mt-4 space-y-1 rounded p-2 ${selected ? "bg-blue-50 ring-2 ring-blue-700 dark:bg-blue-950 dark:ring-blue-400" : ""}`}
      >
        <EventMeta event={event} className="text-sm text-zinc-700 dark:text-zinc-300" />
        <h3 className="text-lg leading-snug font-medium">
          <a
            href={hrefFor(event.id)}
            onClick={click(event.id)}
            aria-current={selected ? "true" : undefined}
            className="hover:underline focus-visible:underline"
          >
            <MarkedText text={event.title} marks={marks} />
          </a>
        </h3>
        <SourceLinks sources={event.sources} />
        {selected && renderSelected?.(event)}
      </li>
    );
  };

  if (!grouped) return <ol className="space-y-2">{events.map(item)}</ol>;
  return (
    <div className="space-y-6">
      {groupByYear(events).map(({ year, events: items }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2
            id={`year-${year}`}
            className="mb-2 border-b border-zinc-300 pb-1 text-xl font-semibold dark:border-zinc-700"
          >
            {year}
          </h2>
          <ol className="space-y-2">{items.map(item)}</ol>
        </section>
      ))}
    </div>
  );
}
