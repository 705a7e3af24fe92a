import { filterStatements, parseStatementQuery, statementRecord } from "@/lib/explorer/statements";
import { getStore } from "@/lib/store/store";
import { eventViews } from "@/lib/views/event-view";

/** The statements view (same query parameters as /statements) as JSON, one object per quote. */
export function GET(request: Request) {
  const views = eventViews(getStore());
  const { query } = parseStatementQuery(views, new URL(request.url).searchParams);
  const statements = filterStatements(views, query).map(statementRecord);
  return Response.json(
    { count: statements.length, statements },
    { headers: { "Content-Disposition": 'attachment; filename="libya-nato-statements.json"' } },
  );
}
