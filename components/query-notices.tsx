import type { QueryNotice } from "@/lib/explorer/explorer-query";

/** A notice with each “quoted value” in <bdi>, so a right-to-left value cannot reorder the words around it. */
const isolateQuoted = (message: string) =>
  message.split(/“([^”]*)”/).map((part, i) => (i % 2 ? <bdi key={i}>“{part}”</bdi> : part));

/** What of a link's settings was ignored or corrected, and why. */
export function QueryNotices({ notices }: { notices: readonly QueryNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">Some of the link’s settings were not understood:</p>
      <ul className="list-disc pl-5">
        {notices.map((notice) => (
          <li key={notice.message}>{isolateQuoted(notice.message)}</li>
        ))}
      </ul>
    </div>
  );
}
