import type { ListedEvent } from "@/lib/views/listed-event";

/** Links to related events that select them in the explorer. */
export function RelatedLinks({
  ids,
  eventById,
  hrefFor,
  onSelect,
}: {
  ids: string[];
  eventById: (id: string) => ListedEvent | undefined;
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
}) {
  const related = ids.flatMap((id) => eventById(id) ?? []);
  if (related.length === 0) return null;
  return (
    <section className="text-sm">
      <h4 className="font-semibold">Related events</h4>
      <ul className="list-disc pl-5">
        {related.map((event) => (
          <li key={event.id}>
            <a
              href={hrefFor(event.id)}
              onClick={(click) => {
                click.preventDefault();
                onSelect(event.id);
              }}
              className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
            >
              {event.title}
            </a>{" "}
            <span className="text-zinc-600 dark:text-zinc-400">({event.label})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
