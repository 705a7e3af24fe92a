import { csvRows, toCsv } from "@/lib/outputs/export";
import { storeResult } from "@/lib/explorer/snapshot";
import { getStore } from "@/lib/store/store";

/** The explorer's current view (same query parameters as "/") as CSV, one row per quote. */
export function GET(request: Request) {
  const store = getStore();
  const { events } = storeResult(store, new URL(request.url).searchParams);
  return new Response(toCsv(csvRows(store, events)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="libya-nato-events.csv"',
    },
  });
}
