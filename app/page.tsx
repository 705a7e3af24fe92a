import type { Metadata } from "next";
import { preload } from "react-dom";
import { Explorer } from "@/components/explorer/explorer";
import { EXPLORER_INDEX_PATH } from "@/lib/explorer-data";
import { searchParamsOf } from "@/lib/explorer-query";
import { explorerSnapshot } from "@/lib/filtered-view";
import { SITE_URL, STATIC_EXPORT } from "@/lib/site";
import { getStore } from "@/lib/store";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The page's query, which makes it render per request: a shared link shows the right events
 * before any JavaScript runs. A static export has no request: it renders the unfiltered view,
 * and the browser applies the link's filters.
 */
async function pageQuery(searchParams: SearchParams) {
  return STATIC_EXPORT ? new URLSearchParams() : searchParamsOf(await searchParams);
}

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const id = (await pageQuery(searchParams)).get("event");
  const event = id ? getStore().getEvent(id) : undefined;
  return event ? { title: `${event.title} (${event.label})` } : {};
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const store = getStore();
  const snapshot = explorerSnapshot(store, await pageQuery(searchParams));
  // The explorer fetches the events' index once it runs: start that download with the page's
  // own, at low priority, so that it does not hold the scripts back (the timeline's first items
  // are in the page). The texts come after the index (the server compresses both).
  preload(EXPLORER_INDEX_PATH, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
  return (
    <main id="main" className="mx-auto max-w-[96rem] px-4 py-6">
      <header className="mb-6 space-y-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Libya–NATO security-assistance timeline
        </h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          {store.events.length} events from {store.sources.length} news articles and releases,
          2011–2020. Every event is traced to the sentence in its source that reports it, and dated
          only as precisely as that source allows.
        </p>
      </header>
      <Explorer snapshot={snapshot} siteUrl={SITE_URL} staticSite={STATIC_EXPORT} />
    </main>
  );
}
