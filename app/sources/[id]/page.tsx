import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass } from "@/components/link-class";
import { HighlightedText } from "@/components/sources/highlighted-text";
import { SourceFacts } from "@/components/sources/source-facts";
import { speakerLabel } from "@/lib/store/attribution";
import { sourceQuotesByEvent } from "@/lib/views/event-view";
import { highlightQuotes, quoteAnchor, quotesFrom } from "@/lib/views/source-text";
import { getStore } from "@/lib/store/store";
import { pageAlternates } from "@/lib/views/page-head";
import { eventPath, sourcePath } from "@/lib/deploy/site";

type Params = Promise<{ id: string }>;

// One page per source, made at build time; an unknown id is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getStore().sources.map((source) => ({ id: source.id }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const source = getStore().getSource((await params).id);
  if (!source) return {};
  const description = `${source.publisher}, ${source.publishedLabel}: the article's text, with every passage the timeline quotes highlighted.`;
  return {
    title: source.title,
    description,
    alternates: pageAlternates(sourcePath(source.id)),
    openGraph: {
      type: "article",
      title: source.title,
      description,
      url: sourcePath(source.id),
      images: ["/opengraph-image"],
    },
  };
}

export default async function SourcePage({ params }: { params: Params }) {
  const store = getStore();
  const source = store.getSource((await params).id);
  if (!source) notFound();
  const events = store.eventsBySource(source.id);
  const quotesByEvent = sourceQuotesByEvent(store, source.id);
  const text = highlightQuotes(source.text, quotesFrom(source.id, events));
  const anchored = new Set(
    text.paragraphs.flat().flatMap((segment) => (segment.kind === "mark" ? segment.anchorIds : [])),
  );
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/sources" className={linkClass}>
          ← All sources
        </Link>
      </nav>
      <header className="space-y-1">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {source.publisher}, {source.publishedLabel}
        </p>
        <h1 className="text-2xl leading-snug font-bold">{source.title}</h1>
      </header>
      <SourceFacts source={source} />
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        This is an archived capture of the article with page chrome (navigation, cookie notices,
        prompts) removed; […] marks a cut inside a sentence.
      </p>
      <section aria-labelledby="events-heading" className="space-y-2">
        <h2 id="events-heading" className="text-lg font-semibold">
          Events drawn from this article
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {events.map((event) => (
            <li key={event.id}>
              <Link href={eventPath(event.id)} className={linkClass}>
                {event.title}
              </Link>{" "}
              <span className="text-sm text-zinc-700 dark:text-zinc-300">
                ({event.label})
                {anchored.has(event.id) && (
                  <>
                    {" · "}
                    <a href={`#${quoteAnchor(event.id)}`} className={linkClass}>
                      passage
                    </a>
                  </>
                )}
              </span>
              <ul className="list-none space-y-0.5 text-sm" aria-label="Who speaks in its passages">
                {(quotesByEvent.get(event.id) ?? []).map((quote, index) => (
                  <li key={index} data-voice={quote.voice}>
                    <span className="font-medium" data-testid="speaker">
                      {speakerLabel(quote.voice, quote.speaker)}
                    </span>
                    : “{quote.text}”
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        {text.missing.length > 0 && (
          <p className="text-sm">
            Not located in this text:{" "}
            {text.missing.map((ref) => `“${ref.quote}” (${ref.eventId})`).join("; ")}
          </p>
        )}
      </section>
      <section aria-labelledby="text-heading" className="space-y-2">
        <h2 id="text-heading" className="text-lg font-semibold">
          Text
        </h2>
        <HighlightedText text={text} events={events} />
      </section>
    </main>
  );
}
