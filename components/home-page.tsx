import { explorerMap } from "@/lib/map/render";
import { SITE_URL, STATIC_EXPORT } from "@/lib/deploy/site";
import { getStore } from "@/lib/store/store";
import { explorerPage } from "@/lib/explorer/snapshot";
import { serializeExplorerQuery } from "@/lib/explorer/explorer-query";
import { Explorer } from "./explorer/explorer";
import { TimelineLegend } from "./timeline/timeline-legend";
import { TimelineOverview } from "./timeline/timeline-overview";

const SKIP_LINK =
  "sr-only rounded bg-blue-700 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50";

/**
 * The home page, drawn for the query `params`: the unfiltered view (app/page.tsx, prerendered) or
 * the view a URL query selects (app/filtered-view, rendered per request).
 */
export function HomePage({
  params,
  eventCount,
  sourceCount,
}: {
  params: URLSearchParams;
  eventCount: number;
  sourceCount: number;
}) {
  const { snapshot, overview } = explorerPage(getStore(), params);
  return (
    <>
      <nav aria-label="Skip to" className="text-sm">
        <a href="#results" className={SKIP_LINK}>
          Skip to results
        </a>
        <a href="#timeline-view" className={SKIP_LINK}>
          Skip to timeline
        </a>
      </nav>
      <main id="main" className="mx-auto max-w-[96rem] px-4 py-6">
        {/* The site's name is in the header above: the heading is for screen readers, the page
          opens with a standfirst. */}
        <header className="mb-4">
          <h1 className="sr-only">Libya–NATO security-assistance timeline</h1>
          <p className="max-w-3xl font-serif text-base text-zinc-800 sm:text-lg dark:text-zinc-200">
            {eventCount} events from {sourceCount} news articles and releases, 2011–2020, each
            traced to the sentence that reports it and dated only as precisely as its source allows.
          </p>
        </header>
        <Explorer
          snapshot={snapshot}
          map={explorerMap(getStore().places)}
          siteUrl={SITE_URL}
          staticSite={STATIC_EXPORT}
          timelineLegend={<TimelineLegend />}
          timelineOverview={
            <TimelineOverview
              entries={overview}
              query={snapshot.result.query}
              hrefOf={(query) => `?${serializeExplorerQuery(query)}`}
            />
          }
        />
      </main>
    </>
  );
}
