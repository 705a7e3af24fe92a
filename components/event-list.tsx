import { groupByYear, type EventView } from "@/lib/event-view";
import { SourceLinks } from "./source-links";

/** Events grouped by year, oldest first: the timeline's readable, accessible form. */
export function EventList({ events }: { events: readonly EventView[] }) {
  return (
    <div className="space-y-8">
      {groupByYear(events).map(({ year, events: items }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2
            id={`year-${year}`}
            className="mb-3 border-b border-zinc-300 pb-1 text-xl font-semibold dark:border-zinc-700"
          >
            {year}
          </h2>
          <ol className="space-y-4">
            {items.map((event) => (
              <li key={event.id} id={event.id} data-testid="event" className="space-y-1">
                <p className="text-sm text-zinc-700 dark:text-zinc-300">
                  <time dateTime={event.earliest}>{event.label}</time>
                  <span aria-hidden="true"> · </span>
                  <span className="capitalize">{event.type}</span>
                  {event.actors.length > 0 && (
                    <>
                      <span aria-hidden="true"> · </span>
                      {event.actors.map((actor) => actor.name).join(", ")}
                    </>
                  )}
                </p>
                <h3 className="text-lg leading-snug font-medium">{event.title}</h3>
                <SourceLinks sources={event.sources} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
