/**
 * Links to download the current view (its filter query) and the whole store. A static copy of
 * the site has no server to cut a view (`filterQuery` null): the whole store only.
 */
export function DownloadLinks({ filterQuery }: { filterQuery: string | null }) {
  const suffix = filterQuery ? `?${filterQuery}` : "";
  const link =
    "text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-100";
  return (
    <p className="text-sm">
      {filterQuery !== null && (
        <>
          <span className="font-semibold">Download this view:</span>{" "}
          <a href={`/download/events.csv${suffix}`} download className={link}>
            CSV
          </a>{" "}
          ·{" "}
          <a href={`/download/events.json${suffix}`} download className={link}>
            JSON
          </a>{" "}
          ·{" "}
        </>
      )}
      <span className="font-semibold">{filterQuery === null ? "Download" : "all data"}:</span>{" "}
      <a href="/download/store.json" download className={link}>
        whole store (JSON)
      </a>
    </p>
  );
}
