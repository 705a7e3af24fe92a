// X/Twitter's large card shows the same picture as Open Graph (`twitter:image` tags).
export { alt, contentType, default, generateStaticParams, size } from "./opengraph-image";

// Segment config must be written here: Next reads it from the source, not through re-exports.
export const dynamic = "force-static";
