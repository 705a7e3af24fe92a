import { storeResult } from "@/lib/explorer/snapshot";
import { getStore } from "@/lib/store/store";

/** The explorer's current view (same query parameters as "/") as JSON. */
export function GET(request: Request) {
  const { query, events, total } = storeResult(getStore(), new URL(request.url).searchParams);
  const body = { total, count: events.length, query, events };
  return Response.json(body, {
    headers: { "Content-Disposition": 'attachment; filename="libya-nato-events.json"' },
  });
}
