import type { Metadata } from "next";
import { BrowserStatements } from "@/components/statements/browser-statements";
import { StatementsBody } from "@/components/statements/statements-body";
import { STATEMENTS_METADATA, StatementsPage } from "@/components/statements/statements-page";
import { STATIC_EXPORT } from "@/lib/deploy/site";
import { eventViews } from "@/lib/views/event-view";
import { statementOptions, statementsView } from "@/lib/explorer/statements";
import { getStore } from "@/lib/store/store";

export const metadata: Metadata = STATEMENTS_METADATA;

/**
 * `/statements` without a query: every statement, prerendered. A URL with a query is rendered
 * per request by app/filtered-statements (proxy.needs-server.ts rewrites it there); the static
 * export has no server, so there the browser applies a link's filters.
 */
export default function Statements() {
  const store = getStore();
  const options = statementOptions(store);
  const body = (
    <StatementsBody
      view={statementsView(eventViews(store), new URLSearchParams(), {
        downloads: !STATIC_EXPORT,
      })}
      options={options}
    />
  );
  return (
    <StatementsPage>
      {STATIC_EXPORT ? <BrowserStatements options={options}>{body}</BrowserStatements> : body}
    </StatementsPage>
  );
}
