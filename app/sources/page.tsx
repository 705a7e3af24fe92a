import type { Metadata } from "next";
import Link from "next/link";
import { linkClass } from "@/components/link-class";
import { getStore } from "@/lib/store/store";
import { pageAlternates } from "@/lib/views/page-head";
import { sourcePath } from "@/lib/deploy/site";

export const metadata: Metadata = {
  title: "Sources",
  description:
    "The news articles and releases the timeline is drawn from, each with its text and the passages quoted.",
  alternates: pageAlternates("/sources"),
};

export default function SourcesPage() {
  const store = getStore();
  const sources = [...store.sources].sort(
    (a, b) => a.published.localeCompare(b.published) || a.title.localeCompare(b.title),
  );
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Sources</h1>
        <p>
          The {sources.length} articles the timeline&apos;s events are drawn from, oldest first.
          Each page shows the article&apos;s text with every quoted passage highlighted.
        </p>
      </header>
      <ul className="divide-y divide-zinc-300 dark:divide-zinc-700">
        {sources.map((source) => {
          const count = store.eventsBySource(source.id).length;
          return (
            <li key={source.id} className="space-y-1 py-3">
              <Link href={sourcePath(source.id)} className={`${linkClass} font-medium`}>
                {source.title}
              </Link>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">
                {source.publisher} ({source.publisherType}){source.via && <>, via {source.via}</>}
                {" · "}
                <time dateTime={source.published}>{source.publishedLabel}</time>
                {" · "}
                {count} {count === 1 ? "event" : "events"}
              </p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
