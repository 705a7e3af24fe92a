import { baseMapImage } from "@/lib/map/base-map-image";

// The explorer's base map, made once at build time.
export const dynamic = "force-static";

export function GET() {
  return new Response(baseMapImage(), { headers: { "Content-Type": "image/svg+xml" } });
}
