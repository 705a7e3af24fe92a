import type { Metadata } from "next";
import { linkClass } from "@/components/link-class";
import { StatementFilters } from "@/components/statements/statement-filters";
import { StatementList } from "@/components/statements/statement-list";
import { searchParamsOf } from "@/lib/explorer/explorer-query";
import { statementsPageProps } from "@/lib/explorer/statements";
import { getStore } from "@/lib/store/store";
import { QueryNotices } from "@/components/query-notices";

// What was said, by whom, when: rendered per request from the URL, so each view is a link that
// reads without JavaScript. Named *.needs-server.tsx: the static export has no server to filter, so it
// leaves this page out (README, "Static export"); the proxy gives it a nonce like the filtered `/`.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Statements: what was said, by whom, when",
  description: "Every quote of the Libya–NATO store, with its speaker, publisher and date.",
  alternates: { canonical: "/statements" },
  openGraph: {
    title: "Statements: what was said, by whom, when",
    description: "Every quote of the Libya–NATO store, with its speaker, publisher and date.",
  },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StatementsPage({ searchParams }: { searchParams: SearchParams }) {
  const props = statementsPageProps(getStore(), searchParamsOf(await searchParams));
  const { rows, total, notices, downloads } = props;
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold">Statements</h1>
      <p>
        Every quoted passage of the store, oldest publication first: the words, who speaks in them
        (or that they are the publisher’s own), and the event they support. Dates are publication
        dates.
      </p>
      <StatementFilters query={props.query} options={props.options} />
      <QueryNotices notices={notices} />
      <p className="font-semibold" data-testid="statement-count">
        {rows.length} of {total} statements
      </p>
      <p className="text-sm">
        Download this view:{" "}
        <a href={downloads.csv} className={linkClass}>
          CSV
        </a>
        {" · "}
        <a href={downloads.json} className={linkClass}>
          JSON
        </a>
      </p>
      <StatementList rows={rows} />
    </main>
  );
}
