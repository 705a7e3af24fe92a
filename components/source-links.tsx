import type { SourceView } from "@/lib/views/event-view";

/** The sources of an event: publisher and date, linked to the original where its address is known. */
export function SourceLinks({ sources }: { sources: SourceView[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? (
            <a
              href={source.url}
              className="inline-flex min-h-11 items-center text-blue-700 underline underline-offset-2 hover:text-blue-900 sm:inline sm:min-h-0 dark:text-blue-300 dark:hover:text-blue-100"
              title={source.title}
              rel="noopener noreferrer"
            >
              {source.publisher}, {source.publishedLabel}
              {source.urlPage === "republication" && ` (via ${source.via})`}
            </a>
          ) : (
            <span title={source.title}>
              {source.publisher}, {source.publishedLabel}{" "}
              <span className="text-zinc-600 dark:text-zinc-400">(original address unknown)</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
