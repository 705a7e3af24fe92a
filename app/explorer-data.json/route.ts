import { toExplorerData } from "@/lib/explorer-data";
import { eventViews } from "@/lib/event-view";
import { getStore } from "@/lib/store";

// Every event for the explorer's filtering in the browser; the store changes only on deploy.
export const dynamic = "force-static";

export function GET() {
  return Response.json(toExplorerData(eventViews(getStore())));
}
