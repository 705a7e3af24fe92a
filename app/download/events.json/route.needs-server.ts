import { filteredView } from "@/lib/explorer/filtered-view";
import { getStore } from "@/lib/store/store";

/** The explorer's current view (same query parameters as "/") as JSON. */
export function GET(request: Request) {
  const { query, events, total } = filteredView(getStore(), new URL(request.url).searchParams);
  const body = { total, count: events.length, query, events };
  return Response.json(body, {
    headers: { "Content-Disposition": 'attachment; filename="libya-nato-events.json"' },
  });
}
