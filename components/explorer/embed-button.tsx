"use client";

import { useId, useState } from "react";
import { CopyButton } from "../copy-button";

/** The embed's path for a serialized query ("type=meeting", with or without its "?"). */
const embedPath = (search: string) => {
  const query = search.replace(/^\?/, "");
  return `/embed${query ? `?${query}` : ""}`;
};

/** The HTML that puts the view with query `search` on another site. */
export const embedSnippet = (siteUrl: string, search: string) => {
  const src = `${siteUrl.replace(/\/+$/, "")}${embedPath(search)}`;
  // URLSearchParams encodes quotes and angle brackets, so `src` cannot leave its attribute.
  return `<iframe src="${src}" width="100%" height="450" title="Libya–NATO timeline" loading="lazy" style="border:0"></iframe>`;
};

/**
 * "Embed" discloses the iframe snippet for the current view, with a Copy button. The snippet sits
 * in a read-only textarea, so it can always be selected and copied by hand.
 *
 * `siteUrl` is the site's public address (lib/site.ts SITE_URL, passed down from a server
 * component), so the snippet names it even when the page was opened at another address.
 */
export function EmbedButton({ search, siteUrl }: { search: string; siteUrl: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const fieldId = useId();
  // Only computed once opened, which happens in the browser: no server/client mismatch.
  const snippet = open ? embedSnippet(siteUrl, search) : "";

  return (
    <div className="text-sm print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="rounded border border-zinc-400 px-3 py-1 font-semibold hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
      >
        Embed
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="mt-2 max-w-xl space-y-2 rounded border border-zinc-300 p-3 dark:border-zinc-700"
      >
        {open && (
          <>
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
          </>
        )}
      </div>
    </div>
  );
}
