import { toExplorerText } from "@/lib/explorer-data";
import { eventViews } from "@/lib/event-view";
import { getStore } from "@/lib/store";

// The rest of every event, for the explorer's details and text search (lib/explorer-data.ts).
export const dynamic = "force-static";

export function GET() {
  return Response.json(toExplorerText(eventViews(getStore())));
}
