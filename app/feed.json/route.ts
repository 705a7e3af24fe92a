import { JSON_FEED_CONTENT_TYPE, jsonFeed } from "@/lib/outputs/feeds";
import { getStore } from "@/lib/store/store";

// The JSON Feed 1.1 feed, made once at build time from the store.
export const dynamic = "force-static";

export function GET() {
  return new Response(jsonFeed(getStore()), {
    headers: { "Content-Type": JSON_FEED_CONTENT_TYPE },
  });
}
