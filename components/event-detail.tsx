import type { ReactNode } from "react";
import { MarkedText } from "./marked-text";
import type { EventView, QuoteView } from "@/lib/views/event-view";
import { linkClass } from "./link-class";
import { sourcePath } from "@/lib/deploy/site";

/**
 * Everything known about one event: what happened, how it is dated, and each verbatim quote
 * with its source, original address and archived copies. No hooks: it renders on the server
 * (event pages) and inside the explorer alike.
 */
export function EventDetail({
  event,
  headingLevel = 2,
  marks,
  children,
}: {
  event: EventView;
  headingLevel?: 1 | 2 | 3;
  /** Words a text search matched (folded), marked in the summary and the quotes. */
  marks?: readonly string[];
  /** Shown at the end: links to related events, each page linking them its own way. */
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${(headingLevel + 1) as 2 | 3 | 4}` as const;
  const dateSource = event.sources.find((source) => source.id === event.dateSourceId);
  const lastRevision = event.revisions.at(-1);
  const figure = (quote: QuoteView, index: number) => {
    const source = event.sources.find((candidate) => candidate.id === quote.sourceId);
    return (
      <figure
        key={index}
        data-voice={quote.voice}
        className={`border-l-4 pl-3 ${quote.voice === "narration" ? "border-zinc-500 dark:border-zinc-400" : "border-blue-700 dark:border-blue-400"}`}
      >
        <blockquote className="italic">
          “<MarkedText text={quote.text} marks={marks} />”
        </blockquote>
        {source && (
          <figcaption className="mt-1 space-y-0.5 text-sm text-zinc-700 dark:text-zinc-300">
            <p className="font-medium text-zinc-900 dark:text-zinc-100" data-testid="speaker">
              {quote.attribution}
            </p>
            <p>
              <cite className="not-italic">{source.publisher}</cite> ({source.publisherType})
              {source.via && <>, via {source.via}</>}, {source.publishedLabel}:{" "}
              <span className="italic">{source.title}</span>.{" "}
              {source.url ? (
                <a href={source.url} className={linkClass} rel="noopener noreferrer">
                  {source.urlPage === "republication"
                    ? `Republished copy (${source.via})`
                    : "Original"}
                </a>
              ) : (
                <span>Original address unknown</span>
              )}
              {" · "}
              <a href={`${sourcePath(source.id)}#q-${event.id}`} className={linkClass}>
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
            </p>
          </figcaption>
        )}
      </figure>
    );
  };
  const columns = publisherColumns(event);
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
          {lastRevision && (
            <span
              className="ml-2 rounded border border-red-800 px-1 text-xs text-red-800 dark:border-red-300 dark:text-red-300"
              data-testid="corrected-mark"
            >
              corrected {lastRevision.label}
            </span>
          )}
        </p>
        <Heading className="text-xl leading-snug font-semibold">
          <MarkedText text={event.title} marks={marks} />
        </Heading>
      </header>
      <p>
        <MarkedText text={event.summary} marks={marks} />
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Date</dt>
        <dd>
          {event.longLabel} — <span data-testid="date-basis">{event.dateBasis}</span>
          {dateSource && <>, {dateSource.publishedLabel}</>}
          <span className="text-zinc-600 dark:text-zinc-400">
            {" "}
            · {event.precisionWords} · EDTF <code>{event.edtf}</code>
          </span>
          {event.dateTextElsewhere && (
            <span className="block text-zinc-700 dark:text-zinc-300">
              Where the dating words are: {event.dateTextElsewhere}
            </span>
          )}
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
      <section aria-label="What the sources say" className="@container">
        {columns ? (
          // More than one publisher: each one's words in a column, to be read side by side.
          <div className="grid gap-4 @xl:grid-cols-2" data-testid="side-by-side">
            {columns.map((column) => (
              <div
                key={column.publisher}
                role="group"
                aria-label={`As ${column.publisher} reports it`}
                className="space-y-3"
              >
                <SubHeading className="font-semibold">{column.publisher}</SubHeading>
                {column.quotes.map(({ quote, index }) => figure(quote, index))}
              </div>
            ))}
          </div>
        ) : (
          <div className="space-y-3">{event.quotes.map(figure)}</div>
        )}
      </section>
      {/* Labelled, not linked by id: the explorer renders a detail twice (wide and narrow). */}
      <section aria-label="Corrections" className="space-y-1 text-sm">
        <SubHeading className="font-semibold">
          {event.revisions.length > 0 ? "Corrections" : "Corrections: none"}
        </SubHeading>
        <p>
          Added to the store on <time dateTime={event.added}>{event.addedLabel}</time>
          {event.revisions.length > 0 ? "; corrected since, oldest first:" : "."}
        </p>
        {event.revisions.length > 0 && (
          <ol className="list-disc space-y-1 pl-5" data-testid="revisions">
            {event.revisions.map((revision, index) => (
              <li key={index}>
                <strong>
                  Corrected <time dateTime={revision.date}>{revision.label}</time>:
                </strong>{" "}
                {revision.change}
              </li>
            ))}
          </ol>
        )}
      </section>
      {children}
    </article>
  );
}

/**
 * The quotes grouped by publisher, in the order each publisher is first cited, when more than
 * one publisher reports the event; null when one does.
 */
function publisherColumns(event: EventView) {
  const columns = new Map<string, { quote: QuoteView; index: number }[]>();
  event.quotes.forEach((quote, index) => {
    const publisher =
      event.sources.find((source) => source.id === quote.sourceId)?.publisher ?? quote.sourceId;
    columns.set(publisher, [...(columns.get(publisher) ?? []), { quote, index }]);
  });
  if (columns.size < 2) return null;
  return [...columns].map(([publisher, quotes]) => ({ publisher, quotes }));
}
