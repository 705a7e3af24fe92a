import { linkClass } from "@/components/link-class";
import { QueryNotices } from "@/components/query-notices";
import type { StatementOptions, StatementsView } from "@/lib/explorer/statements";
import { StatementFilters } from "./statement-filters";
import { StatementList } from "./statement-list";

/** The filters, what of the link was ignored, the count, the downloads and the rows of a view. */
export function StatementsBody({
  view: { query, notices, rows, total, downloads },
  options,
}: {
  view: StatementsView;
  options: StatementOptions;
}) {
  return (
    <div className="space-y-6">
      <StatementFilters query={query} options={options} />
      <QueryNotices notices={notices} />
      <p className="font-semibold" data-testid="statement-count">
        {rows.length} of {total} statements
      </p>
      <p className="text-sm">
        {downloads ? (
          <>
            Download this view:{" "}
            <a href={downloads.csv} className={linkClass}>
              CSV
            </a>
            {" · "}
            <a href={downloads.json} className={linkClass}>
              JSON
            </a>
          </>
        ) : (
          <>
            Every quote is in the{" "}
            <a href="/download/store.json" download className={linkClass}>
              whole store (JSON)
            </a>
            .
          </>
        )}
      </p>
      <StatementList rows={rows} />
    </div>
  );
}
