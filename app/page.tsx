import { EventList } from "@/components/event-list";
import { eventViews } from "@/lib/event-view";
import { getStore } from "@/lib/store";

export default function HomePage() {
  const store = getStore();
  const events = eventViews(store);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <header className="mb-8 space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">
          Libya–NATO security-assistance timeline
        </h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          {events.length} events from {store.sources.length} news articles and releases, 2011–2020.
          Every event is traced to the sentence in its source that reports it, and dated only as
          precisely as that source allows.
        </p>
      </header>
      <EventList events={events} />
    </main>
  );
}
