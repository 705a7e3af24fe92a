import type { ExplorerQuery } from "@/lib/explorer/explorer-query";
import { timelineEntries } from "@/lib/explorer/timeline-data";
import type { ListedEvent } from "@/lib/views/listed-event";
import { TimelineOverview } from "./timeline-overview";

/** The overview strip of the browser's own view (loaded by components/timeline/timeline-box.tsx). */
export function BrowserOverview({
  events,
  ...props
}: {
  events: readonly ListedEvent[];
  query: ExplorerQuery;
  hrefOf: (query: ExplorerQuery) => string;
}) {
  return <TimelineOverview entries={timelineEntries(events, "none")} {...props} />;
}
