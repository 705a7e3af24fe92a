import type { Metadata } from "next";
import { EmbedList } from "@/components/embed/embed-list";
import { EmbedTimeline } from "@/components/embed/embed-timeline";
import { resultTimeline } from "@/lib/explorer/timeline-data";
import { queryWindow } from "@/lib/explorer/timeline-query";
import { searchParamsOf, serializeExplorerQuery } from "@/lib/explorer/explorer-query";
import { storeResult } from "@/lib/explorer/snapshot";
import { absoluteUrl, eventPath } from "@/lib/deploy/site";
import { getStore } from "@/lib/store/store";

// The view comes from the query string: rendered per request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Embedded timeline",
  // A copy of the home page's views for other sites' iframes: not for search results.
  robots: { index: false, follow: true },
};

/** Events listed at most; a larger result is there in full in the full view. */
const LIST_LIMIT = 200;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const permalink = (id: string) => absoluteUrl(eventPath(id));

/**
 * The timeline for other sites to embed in an iframe (600×450 or so): the home page's view for
 * the same query, as a compact timeline and list, without filters or site chrome. Every link
 * opens this site in a new tab.
 */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const result = storeResult(getStore(), searchParamsOf(await searchParams));
  const { query, matched: count } = result;
  const search = serializeExplorerQuery(query);
  const listed = result.events.slice(0, LIST_LIMIT);

  return (
    <div
      data-embed
      className="relative flex h-dvh flex-col gap-2 overflow-hidden p-2 text-zinc-900 dark:text-zinc-100"
    >
      {/* Without JavaScript there is no timeline: leave out its placeholder. */}
      <noscript>
        <style>{".embed-timeline { display: none; }"}</style>
      </noscript>
      <main id="main" className="flex min-h-0 flex-1 flex-col gap-2">
        <h1 className="sr-only">Libya–NATO security-assistance timeline</h1>
        {count > 0 && (
          // The list below holds the same events, with links: the timeline is for the eye only.
          <div aria-hidden="true" className="shrink-0">
            <EmbedTimeline
              timeline={resultTimeline(result)}
              window={queryWindow(query)}
              permalinkBase={absoluteUrl("/events/")}
            />
          </div>
        )}
        <section
          aria-label="Events"
          className="relative min-h-0 flex-1 overflow-y-auto rounded-sm border border-zinc-300 dark:border-zinc-700"
        >
          <EmbedList events={listed} permalink={permalink} />
          {listed.length < count && (
            <p className="p-2 text-sm text-zinc-700 dark:text-zinc-300">
              {count - listed.length} more in the full view.
            </p>
          )}
        </section>
      </main>
      <footer className="flex shrink-0 items-baseline gap-1.5 text-xs text-zinc-700 dark:text-zinc-300">
        <span data-testid="embed-count">
          {count} {count === 1 ? "event" : "events"}
        </span>
        <span aria-hidden="true">·</span>
        <a
          href={absoluteUrl(search ? `/?${search}` : "/")}
          target="_blank"
          rel="noopener"
          className="font-semibold text-blue-800 underline-offset-2 hover:underline dark:text-blue-300"
        >
          Libya–NATO timeline <span aria-hidden="true">↗</span>
          <span className="sr-only">(full view, opens in a new tab)</span>
        </a>
      </footer>
    </div>
  );
}
