import type { Metadata } from "next";
import { Explorer } from "@/components/explorer/explorer";
import { eventViews } from "@/lib/event-view";
import { SITE_URL } from "@/lib/site";
import { getStore } from "@/lib/store";

// The explorer renders the list for the URL's query on the server, so a shared link shows the
// right events before any JavaScript runs: the page is rendered per request.
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { event: id } = await searchParams;
  const event = typeof id === "string" ? getStore().getEvent(id) : undefined;
  return event ? { title: `${event.title} (${event.label})` } : {};
}

export default function HomePage() {
  const store = getStore();
  const events = eventViews(store);
  return (
    <main id="main" className="mx-auto max-w-[96rem] px-4 py-6">
      <header className="mb-6 space-y-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Libya–NATO security-assistance timeline
        </h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          {events.length} events from {store.sources.length} news articles and releases, 2011–2020.
          Every event is traced to the sentence in its source that reports it, and dated only as
          precisely as that source allows.
        </p>
      </header>
      <Explorer events={[...events]} siteUrl={SITE_URL} />
    </main>
  );
}
