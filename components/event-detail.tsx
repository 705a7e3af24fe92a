import type { ReactNode } from "react";
import type { EventView } from "@/lib/event-view";

export const linkClass =
  "text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-100";

/**
 * Everything known about one event: what happened, how it is dated, and each verbatim quote
 * with its source, original address and archived copies. No hooks: it renders on the server
 * (event pages) and inside the explorer alike.
 */
export function EventDetail({
  event,
  headingLevel = 2,
  children,
}: {
  event: EventView;
  headingLevel?: 1 | 2 | 3;
  /** Shown at the end: links to related events, each page linking them its own way. */
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const dateSource = event.sources.find((source) => source.id === event.dateSourceId);
  return (
    <article className="space-y-4">
      <header className="space-y-1">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          <time dateTime={event.earliest}>{event.label}</time>
          <span aria-hidden="true"> · </span>
          <span className="capitalize">{event.type}</span>
          {event.status === "expected" && (
            <span className="ml-2 rounded border border-dashed border-amber-700 px-1 text-xs text-amber-800 dark:border-amber-400 dark:text-amber-300">
              expected at publication
            </span>
          )}
        </p>
        <Heading className="text-xl leading-snug font-semibold">{event.title}</Heading>
      </header>
      <p>{event.summary}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Date</dt>
        <dd>
          {event.longLabel} — “{event.dateText}”
          {dateSource && (
            <>
              , {dateSource.publisher}, {dateSource.publishedLabel}
            </>
          )}
          <span className="text-zinc-600 dark:text-zinc-400">
            {" "}
            · {event.precisionWords} · EDTF <code>{event.edtf}</code>
          </span>
        </dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {event.status === "expected"
            ? "Expected: still to come when the source was published"
            : "Reported as having happened"}
        </dd>
        <dt className="font-semibold">Actors</dt>
        <dd>{event.actors.map((actor) => actor.name).join(", ") || "None named in the sources"}</dd>
        <dt className="font-semibold">Places</dt>
        <dd>{event.places.map((place) => place.name).join(", ") || "Not stated in the sources"}</dd>
        {event.tags.length > 0 && (
          <>
            <dt className="font-semibold">Tags</dt>
            <dd>{event.tags.join(", ")}</dd>
          </>
        )}
      </dl>
      <section aria-label="What the sources say" className="space-y-3">
        {event.quotes.map((quote, index) => {
          const source = event.sources.find((candidate) => candidate.id === quote.sourceId);
          return (
            <figure key={index} className="border-l-4 border-blue-700 pl-3 dark:border-blue-400">
              <blockquote className="italic">“{quote.text}”</blockquote>
              {source && (
                <figcaption className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                  — <cite className="font-medium not-italic">{source.publisher}</cite> (
                  {source.publisherType}){source.via && <>, via {source.via}</>},{" "}
                  {source.publishedLabel}: <span className="italic">{source.title}</span>.{" "}
                  <span>
                    {source.url ? (
                      <a href={source.url} className={linkClass} rel="noopener noreferrer">
                        Original
                      </a>
                    ) : (
                      <span>Original address unknown</span>
                    )}
                    {" · "}
                    <a href={`/sources/${source.id}#q-${event.id}`} className={linkClass}>
                      Archived text, at this passage
                    </a>
                    {source.archiveUrl && (
                      <>
                        {" · "}
                        <a href={source.archiveUrl} className={linkClass} rel="noopener noreferrer">
                          Wayback Machine copies
                        </a>
                      </>
                    )}
                  </span>
                </figcaption>
              )}
            </figure>
          );
        })}
      </section>
      {children}
    </article>
  );
}
