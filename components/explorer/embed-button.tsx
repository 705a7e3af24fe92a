"use client";

import { useId } from "react";
import { CopyButton } from "../copy-button";

/** The embed's path for a serialized query ("type=meeting", with or without its "?"). */
const embedPath = (search: string) => {
  const query = search.replace(/^\?/, "");
  return `/embed${query ? `?${query}` : ""}`;
};

/** The HTML that puts the view with query `search` on another site. */
const embedSnippet = (siteUrl: string, search: string) => {
  const src = `${siteUrl}${embedPath(search)}`;
  // URLSearchParams encodes quotes and angle brackets, so `src` cannot leave its attribute.
  return `<iframe src="${src}" width="100%" height="450" title="Libya–NATO timeline" loading="lazy" style="border:0"></iframe>`;
};

/**
 * "Embed this view" discloses the iframe snippet for the current view, with a Copy button. A
 * native <details> with the snippet in a read-only textarea, so that it opens, and the snippet
 * can be selected and copied by hand, without JavaScript too.
 *
 * `siteUrl` is the site's public address (lib/deploy/site.ts SITE_URL, passed down from a server
 * component), so the snippet names it even when the page was opened at another address.
 */
export function EmbedButton({ search, siteUrl }: { search: string; siteUrl: string }) {
  const fieldId = useId();
  const snippet = embedSnippet(siteUrl, search);
  return (
    <details className="text-sm print:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold sm:min-h-0">
        Embed this view
      </summary>
      <div className="mt-2 space-y-2">
        <label htmlFor={fieldId} className="block">
          Paste this HTML into a page to show the current view there:
        </label>
        <textarea
          id={fieldId}
          readOnly
          rows={4}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full resize-y rounded border border-zinc-400 bg-white p-2 font-mono text-xs break-all text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
        />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <CopyButton text={snippet} label="Copy" />
          <a
            href={embedPath(search)}
            target="_blank"
            rel="noopener"
            className="text-blue-700 underline dark:text-blue-300"
          >
            Preview<span className="sr-only"> the embedded view (opens in a new tab)</span>
          </a>
        </div>
      </div>
    </details>
  );
}
