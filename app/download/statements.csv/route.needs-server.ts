import { stringify } from "csv-stringify/sync";
import {
  filterStatements,
  parseStatementQuery,
  statementRecord,
  STATEMENT_COLUMNS,
} from "@/lib/explorer/statements";
import { getStore } from "@/lib/store/store";
import { eventViews } from "@/lib/views/event-view";

/** The statements view (same query parameters as /statements) as CSV, one row per quote. */
export function GET(request: Request) {
  const views = eventViews(getStore());
  const { query } = parseStatementQuery(views, new URL(request.url).searchParams);
  const rows = filterStatements(views, query).map(statementRecord);
  const csv = stringify(rows, {
    header: true,
    columns: [...STATEMENT_COLUMNS],
    record_delimiter: "windows",
  });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="libya-nato-statements.csv"',
    },
  });
}
