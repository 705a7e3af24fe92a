import { ATOM_CONTENT_TYPE, atomFeed } from "@/lib/outputs/feeds";
import { getStore } from "@/lib/store/store";

// The Atom feed, made once at build time from the store.
export const dynamic = "force-static";

export function GET() {
  return new Response(atomFeed(getStore()), { headers: { "Content-Type": ATOM_CONTENT_TYPE } });
}
