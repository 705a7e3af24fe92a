import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HomePage } from "@/components/home-page";
import { searchParamsOf } from "@/lib/explorer/explorer-query";
import { getStore } from "@/lib/store/store";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * `/` with a query (proxy.needs-server.ts rewrites it here; the address stays `/?…`), rendered per
 * request: a shared link shows the right events before any JavaScript runs.
 */
export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const id = searchParamsOf(await searchParams).get("event");
  const event = id ? getStore().getEvent(id) : undefined;
  return event ? { title: `${event.title} (${event.label})` } : {};
}

export default async function FilteredHome({ searchParams }: { searchParams: SearchParams }) {
  const params = searchParamsOf(await searchParams);
  // The filter form, sent without JavaScript, names every field, the empty ones too
  // (`?q=&from=&to=`): answer with the address of the same view without them.
  const filled = new URLSearchParams([...params].filter(([, value]) => value !== ""));
  if (filled.size < params.size) redirect(filled.size > 0 ? `/?${filled}` : "/");
  const store = getStore();
  return (
    <HomePage params={params} eventCount={store.events.length} sourceCount={store.sources.length} />
  );
}
