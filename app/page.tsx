import { HomePage } from "@/components/home-page";
import { getStore } from "@/lib/store/store";

/**
 * `/` without a query: the unfiltered view, prerendered at build time and served as a file, so
 * the first visit waits for no rendering. A URL with a query is rendered per request by
 * app/filtered-view (proxy.needs-server.ts rewrites it there); the static export has no server, so
 * there the browser applies a link's filters.
 */
export default function Home() {
  const store = getStore();
  return (
    <HomePage
      params={new URLSearchParams()}
      eventCount={store.events.length}
      sourceCount={store.sources.length}
    />
  );
}
