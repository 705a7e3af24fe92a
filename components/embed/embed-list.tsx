import type { EventView } from "@/lib/views/event-view";
import { EventMeta } from "../event-meta";

/**
 * The embed's list of events, rendered on the server (it works without JavaScript). Each title
 * opens the event's permalink in a new tab: the address is absolute, so it is right from inside
 * an iframe on any site.
 */
export function EmbedList({
  events,
  permalink,
}: {
  events: readonly EventView[];
  permalink: (id: string) => string;
}) {
  if (events.length === 0) {
    return (
      <p className="p-2 text-sm text-zinc-700 dark:text-zinc-300">No event matches this view.</p>
    );
  }
  return (
    <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {events.map((event) => (
        <li key={event.id} data-testid="event" className="px-1 py-1.5">
          <EventMeta event={event} className="text-xs text-zinc-700 dark:text-zinc-300" />
          <a
            href={permalink(event.id)}
            target="_blank"
            rel="noopener"
            className="text-sm leading-snug font-medium text-blue-800 hover:underline focus-visible:underline dark:text-blue-300"
          >
            {event.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
