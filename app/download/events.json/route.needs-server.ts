import { downloadEvents } from "@/lib/outputs/api/endpoints";
import { getStore } from "@/lib/store/store";

/** The explorer's current list (same query parameters as "/") as JSON, in the API's shape. */
export function GET(request: Request) {
  return Response.json(downloadEvents(getStore(), new URL(request.url).searchParams), {
    headers: { "Content-Disposition": 'attachment; filename="libya-nato-events.json"' },
  });
}
