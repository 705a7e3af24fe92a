"use client";

import { useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import type { StatementOptions, StatementsView } from "@/lib/explorer/statements";

/** The address changes only by loading another page. */
const noSubscription = () => () => {};

type Filtered =
  | {
      view: StatementsView;
      Body: typeof import("./statements-body").StatementsBody;
    }
  | { error: string };

/**
 * /statements in the static export: one page, drawn unfiltered (`children`). A link with a query
 * is filtered here, by code loaded only then; until it is, the page says so.
 */
export function BrowserStatements({
  options,
  children,
}: {
  options: StatementOptions;
  children: ReactNode;
}) {
  // The page is the same file for every query: the server drew it for none.
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  const [filtered, setFiltered] = useState<Filtered | null>(null);
  const filtering = search !== "" && !filtered;
  useEffect(() => {
    if (!search) return;
    let cancelled = false;
    import("./statements-in-browser")
      .then(async ({ statementsViewIn, StatementsBody }) => ({
        view: await statementsViewIn(search),
        Body: StatementsBody,
      }))
      .catch((error: unknown) => ({
        error: error instanceof Error ? error.message : String(error),
      }))
      .then((result) => !cancelled && setFiltered(result));
    return () => {
      cancelled = true;
    };
  }, [search]);
  if (filtered && "view" in filtered) {
    const { Body, view } = filtered;
    return <Body key="filtered" view={view} options={options} />;
  }
  return (
    <div aria-busy={filtering}>
      {filtered && (
        <p role="alert" className="mb-4 font-semibold text-red-800 dark:text-red-300">
          The link’s filters could not be applied ({filtered.error}): every statement is shown.
        </p>
      )}
      {filtering && (
        <p role="status" className="mb-4 text-sm">
          Applying the link’s filters…
        </p>
      )}
      {children}
    </div>
  );
}
