import { preload } from "react-dom";
import type { ExplorerSnapshot } from "@/lib/explorer-data";
import { EXPLORER_INDEX_PATH } from "@/lib/explorer-data";
import { explorerMap } from "@/lib/map/render";
import { SITE_URL, STATIC_EXPORT } from "@/lib/site";
import { getStore } from "@/lib/store";
import { Explorer } from "./explorer/explorer";

/**
 * The home page, drawn for `snapshot`: the unfiltered view (app/page.tsx, prerendered) or the
 * view a URL query selects (app/filtered-view, rendered per request).
 */
export function HomePage({
  snapshot,
  eventCount,
  sourceCount,
}: {
  snapshot: ExplorerSnapshot;
  eventCount: number;
  sourceCount: number;
}) {
  // The explorer fetches the events' index once it runs: start that download with the page's
  // own, at low priority, so that it does not hold the scripts back (the timeline's first items
  // are in the page). The texts come after the index (the server compresses both).
  preload(EXPLORER_INDEX_PATH, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
  const firstEvent = snapshot.page[0];
  return (
    <main id="main" className="mx-auto max-w-[96rem] px-4 py-6">
      {firstEvent && (
        // The first paint waits until the first event's row is parsed (React puts this in the
        // head). Otherwise Chromium may paint the page down to just above it, and then the page's
        // scripts, starting up, hold the next paint back by some 100 ms at 4× CPU slowdown.
        <link rel="expect" href={`#${firstEvent.id}`} blocking="render" />
      )}
      <header className="mb-6 space-y-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Libya–NATO security-assistance timeline
        </h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          {eventCount} events from {sourceCount} news articles and releases, 2011–2020. Every event
          is traced to the sentence in its source that reports it, and dated only as precisely as
          that source allows.
        </p>
      </header>
      <Explorer
        snapshot={snapshot}
        map={explorerMap(getStore().places)}
        siteUrl={SITE_URL}
        staticSite={STATIC_EXPORT}
      />
    </main>
  );
}
