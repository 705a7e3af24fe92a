import Link from "next/link";
import { Fragment } from "react";
import { linkClass } from "@/components/link-class";
import { quoteAnchor, type HighlightedText as Highlighted } from "@/lib/views/source-text";
import { eventPath } from "@/lib/deploy/site";

// Marks keep AA contrast in both schemes; a passage several events quote is a shade darker.
const markClass =
  "scroll-mt-20 rounded-sm box-decoration-clone text-zinc-900 dark:text-amber-50 " +
  "target:bg-amber-300 target:outline-2 target:outline-amber-700 " +
  "has-[:target]:bg-amber-300 has-[:target]:outline-2 has-[:target]:outline-amber-700 " +
  "dark:target:bg-amber-700 dark:target:outline-amber-200 " +
  "dark:has-[:target]:bg-amber-700 dark:has-[:target]:outline-amber-200";
// Dark: a tint and an underline, not solid blocks that drown the page.
const singleClass =
  "bg-amber-100 dark:bg-amber-400/15 dark:underline dark:decoration-amber-400/60 dark:underline-offset-4";
const sharedClass =
  "bg-amber-200 dark:bg-amber-400/25 dark:underline dark:decoration-amber-300 dark:underline-offset-4";

/**
 * A source's text with each quoted passage marked. The mark where an event's first passage
 * starts carries its anchor (event pages link to it); after each passage comes a link to the
 * event, numbered as in the page's list of events.
 */
export function HighlightedText({
  text,
  events,
}: {
  text: Highlighted;
  /** The events quoting the source, in the order they are numbered. */
  events: readonly { id: string; title: string }[];
}) {
  const byId = new Map(events.map((event, index) => [event.id, { ...event, number: index + 1 }]));
  return (
    <div className="space-y-4 leading-relaxed">
      {text.paragraphs.map((segments, index) => (
        <p key={index} className="whitespace-pre-line">
          {segments.map((segment, at) => {
            if (segment.kind === "text") return segment.text;
            const [anchor, ...moreAnchors] = segment.anchorIds;
            return (
              <Fragment key={at}>
                <mark
                  id={anchor && quoteAnchor(anchor)}
                  className={`${markClass} ${segment.eventIds.length > 1 ? sharedClass : singleClass}`}
                  data-events={segment.eventIds.join(" ")}
                >
                  {/* An element has one id: other events quoting the same words anchor here. */}
                  {moreAnchors.map((id) => (
                    <span key={id} id={quoteAnchor(id)} className="scroll-mt-20" />
                  ))}
                  {segment.text}
                </mark>
                {segment.endOf.map((id) => {
                  const event = byId.get(id);
                  return (
                    event && (
                      <sup key={id}>
                        <Link
                          href={eventPath(id)}
                          className={`${linkClass} px-0.5`}
                          aria-label={`Quoted in event ${event.number}: ${event.title}`}
                          title={event.title}
                        >
                          {event.number}
                        </Link>
                      </sup>
                    )
                  );
                })}
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}
