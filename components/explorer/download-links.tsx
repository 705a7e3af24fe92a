/** Links to download the current view (its filter query) and the whole store. */
export function DownloadLinks({ filterQuery }: { filterQuery: string }) {
  const suffix = filterQuery ? `?${filterQuery}` : "";
  const link =
    "text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-100";
  return (
    <p className="text-sm">
      <span className="font-semibold">Download this view:</span>{" "}
      <a href={`/download/events.csv${suffix}`} download className={link}>
        CSV
      </a>{" "}
      ·{" "}
      <a href={`/download/events.json${suffix}`} download className={link}>
        JSON
      </a>{" "}
      · <span className="font-semibold">all data:</span>{" "}
      <a href="/download/store.json" download className={link}>
        whole store (JSON)
      </a>
    </p>
  );
}
