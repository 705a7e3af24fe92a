import { filterStatements, parseStatementQuery, statementRecord } from "@/lib/explorer/statements";
import { getStore } from "@/lib/store/store";

/** The statements view (same query parameters as /statements) as JSON, one object per quote. */
export function GET(request: Request) {
  const store = getStore();
  const { query } = parseStatementQuery(store, new URL(request.url).searchParams);
  const statements = filterStatements(store, query).map(statementRecord);
  return Response.json(
    { count: statements.length, statements },
    { headers: { "Content-Disposition": 'attachment; filename="libya-nato-statements.json"' } },
  );
}
