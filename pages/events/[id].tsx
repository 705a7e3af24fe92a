import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import Link from "next/link";
import { CitePanel } from "@/components/cite-panel";
import { EventDetail } from "@/components/event-detail";
import { linkClass } from "@/components/link-class";
import { JsonLd } from "@/components/json-ld";
import { PreviewHead } from "@/components/preview-head";
import { LocatorMap } from "@/components/map/locator-map";
import {
  eventPageProps,
  prerenderedEventParams,
  type EventPageProps,
} from "@/lib/views/event-pages";
import { STATIC_EXPORT, eventPath } from "@/lib/deploy/site";
import { getStore } from "@/lib/store/store";

// One page per event, for journalists' links. It is a pages-router page so that it can ship no
// JavaScript framework at all (`unstable_runtimeJS: false`; an App Router page always hydrates,
// and ships React with Next's router: docs/performance.md has the sizes): plain HTML, the
// stylesheet, and one small script for the copy buttons (public/copy-buttons.js).
// (`runtime` restates the default: Next's generated route types know only it, not this flag.)
export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

// Made at build time, or on first request above PRERENDER_LIMIT events and then kept
// (lib/views/event-pages.ts). A static export has no server for later: it makes all, and refuses
// `fallback`. An unknown id is a real 404.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: prerenderedEventParams().map((params) => ({ params })),
  fallback: STATIC_EXPORT ? false : "blocking",
});

export const getStaticProps: GetStaticProps<EventPageProps, { id: string }> = ({ params }) => {
  const props = eventPageProps(getStore(), params?.id ?? "");
  return props ? { props } : { notFound: true };
};

export default function EventPage(props: EventPageProps) {
  const { view, url, previous, next, related, image } = props;
  const { summary } = view;
  return (
    <>
      <PreviewHead title={props.title} description={summary} url={url} image={image}>
        <script src="/copy-buttons.js" defer />
      </PreviewHead>
      <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
        <JsonLd data={props.jsonLd} />
        <nav aria-label="Timeline" className="flex flex-wrap gap-x-4 text-sm print:hidden">
          <Link href={`/?event=${view.id}`} className={linkClass}>
            View on timeline
          </Link>
        </nav>
        <EventDetail event={view} headingLevel={1}>
          <p className="text-sm font-semibold" data-testid="reporting">
            {props.reporting}
          </p>
        </EventDetail>
        {props.map && <LocatorMap map={props.map} source={props.mapSource} />}
        {related.length > 0 && (
          <section aria-labelledby="related-heading" className="space-y-2 print:hidden">
            <h2 id="related-heading" className="text-lg font-semibold">
              Related events
            </h2>
            <ul className="list-disc space-y-1 pl-5">
              {related.map((other) => (
                <li key={other.id}>
                  <Link href={eventPath(other.id)} className={linkClass}>
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
            <Link href={eventPath(previous.id)} rel="prev" className={linkClass}>
              ← Earlier: {previous.title} ({previous.label})
            </Link>
          )}
          {next && (
            <Link
              href={eventPath(next.id)}
              rel="next"
              className={`${linkClass} sm:col-start-2 sm:text-right`}
            >
              Later: {next.title} ({next.label}) →
            </Link>
          )}
        </nav>
        <CitePanel url={url} chicago={props.chicago} bibtex={props.bibtex} />
      </main>
    </>
  );
}
