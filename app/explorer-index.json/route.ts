import { toExplorerIndex } from "@/lib/explorer/explorer-data";
import { eventViews } from "@/lib/views/event-view";
import { getStore } from "@/lib/store/store";

// What the explorer needs of every event to list, filter and draw them (lib/explorer/explorer-data.ts);
// the store changes only on deploy.
export const dynamic = "force-static";

export function GET() {
  return Response.json(toExplorerIndex(eventViews(getStore())));
}
