import { datedBy } from "@/lib/store/attribution";
import type { ListedEvent } from "@/lib/views/listed-event";

/** The line above an event's title: date label (whose words date it) · type · actors. */
export function EventMeta({ event, className }: { event: ListedEvent; className: string }) {
  const dating = datedBy(event.sources);
  return (
    <p className={className}>
      <time dateTime={event.earliest}>{event.label}</time>
      {dating && <span> ({dating})</span>}
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
