import type { ListedEvent } from "@/lib/event-view";

/** The line above an event's title: date label · type · actors. */
export function EventMeta({ event, className }: { event: ListedEvent; className: string }) {
  return (
    <p className={className}>
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
  );
}
