import type { Metadata } from "next";
import { StatementsBody } from "@/components/statements/statements-body";
import { STATEMENTS_METADATA, StatementsPage } from "@/components/statements/statements-page";
import { searchParamsOf } from "@/lib/explorer/explorer-query";
import { eventViews } from "@/lib/views/event-view";
import { statementOptions, statementsView } from "@/lib/explorer/statements";
import { getStore } from "@/lib/store/store";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = STATEMENTS_METADATA;

/**
 * `/statements` with a query (proxy.needs-server.ts rewrites it here; the address stays
 * `/statements?…`), rendered per request: each view is a link that reads without JavaScript.
 */
export default async function FilteredStatements({ searchParams }: { searchParams: SearchParams }) {
  const store = getStore();
  const view = statementsView(eventViews(store), searchParamsOf(await searchParams), {
    downloads: true,
  });
  return (
    <StatementsPage>
      <StatementsBody view={view} options={statementOptions(store)} />
    </StatementsPage>
  );
}
