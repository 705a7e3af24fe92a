import { getStore } from "@/lib/store/store";
import { eventPath, sourcePath } from "@/lib/deploy/site";

// Every event and source address with its title, for the 404 page's "closest addresses". Apart
// from the pages, so that no page carries the list (at 10,000 events it is over a megabyte).
export const dynamic = "force-static";

export function GET() {
  const store = getStore();
  return Response.json([
    ...store.events.map((event) => ({ path: eventPath(event.id), title: event.title })),
    ...store.sources.map((source) => ({ path: sourcePath(source.id), title: source.title })),
  ]);
}
