import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitePanel } from "@/components/cite-panel";
import { EventDetail, linkClass } from "@/components/event-detail";
import { JsonLd } from "@/components/json-ld";
import { bibtexCitation, chicagoCitation } from "@/lib/citation";
import { neighbours, relatedEvents, reportingInWords } from "@/lib/event-facts";
import { eventViews } from "@/lib/event-view";
import { prerenderedEventParams } from "@/lib/event-pages";
import { pageAlternates } from "@/lib/feeds";
import { eventJsonLd } from "@/lib/json-ld";
import { absoluteUrl } from "@/lib/site";
import { getStore } from "@/lib/store";

type Params = Promise<{ id: string }>;

// One page per event: made at build time, or on first request above PRERENDER_LIMIT events
// (lib/event-pages.ts; `dynamicParams` keeps its default, true, which a static export refuses
// when it is written out). An unknown id is a real 404 (notFound below).
export const generateStaticParams = prerenderedEventParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = getStore().getEvent((await params).id);
  if (!event) return {};
  const title = `${event.title} (${event.label})`;
  const url = absoluteUrl(`/events/${event.id}`);
  return {
    title,
    description: event.summary,
    alternates: pageAlternates(url),
    openGraph: { type: "article", title, description: event.summary, url },
    twitter: { card: "summary_large_image", title, description: event.summary },
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const store = getStore();
  const event = store.getEvent((await params).id);
  if (!event) notFound();
  const view = eventViews(store).find((candidate) => candidate.id === event.id)!;
  const related = relatedEvents(store, event);
  const { previous, next } = neighbours(store, event);
  const url = absoluteUrl(`/events/${event.id}`);

  return (
    <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
      <JsonLd data={eventJsonLd(store, event.id)} />
      <nav aria-label="Timeline" className="flex flex-wrap gap-x-4 text-sm print:hidden">
        <Link href={`/?event=${event.id}`} className={linkClass}>
          View on timeline
        </Link>
      </nav>
      <EventDetail event={view} headingLevel={1}>
        <p className="text-sm font-semibold" data-testid="reporting">
          {reportingInWords(store, event)}
        </p>
      </EventDetail>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="space-y-2 print:hidden">
          <h2 id="related-heading" className="text-lg font-semibold">
            Related events
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {related.map((other) => (
              <li key={other.id}>
                <Link href={`/events/${other.id}`} className={linkClass}>
                  {other.title}
                </Link>{" "}
                <span className="text-sm text-zinc-600 dark:text-zinc-400">({other.label})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav
        aria-label="Previous and next event"
        className="grid gap-3 text-sm sm:grid-cols-2 print:hidden"
      >
        {previous && (
          <Link href={`/events/${previous.id}`} rel="prev" className={linkClass}>
            ← Earlier: {previous.title} ({previous.label})
          </Link>
        )}
        {next && (
          <Link
            href={`/events/${next.id}`}
            rel="next"
            className={`${linkClass} sm:col-start-2 sm:text-right`}
          >
            Later: {next.title} ({next.label}) →
          </Link>
        )}
      </nav>
      <CitePanel
        url={url}
        chicago={chicagoCitation(store, event)}
        bibtex={bibtexCitation(store, event)}
      />
    </main>
  );
}
