import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/deploy/site";

// Made at build time (a static export requires saying so).
export const dynamic = "force-static";

// Everything is public: let every crawler in, and point it at the sitemap.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
