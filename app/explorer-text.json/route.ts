import { toExplorerText } from "@/lib/explorer/explorer-data";
import { eventViews } from "@/lib/views/event-view";
import { getStore } from "@/lib/store/store";

// The rest of every event, for the explorer's details and text search (lib/explorer/explorer-data.ts).
export const dynamic = "force-static";

export function GET() {
  return Response.json(toExplorerText(eventViews(getStore())));
}
