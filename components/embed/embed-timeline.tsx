"use client";

import dynamic from "next/dynamic";
import { EMBED_TIMELINE_HEIGHT_PX, type EmbedTimelineProps } from "./embed-timeline-types";

// vis-timeline needs the DOM and is large: load it in the browser only, in its own chunk.
const VisEmbedTimeline = dynamic(() => import("./vis-embed-timeline"), {
  ssr: false,
  loading: () => (
    <div
      className="embed-timeline flex items-center justify-center rounded-sm border border-zinc-300 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
      style={{ height: EMBED_TIMELINE_HEIGHT_PX }}
    >
      Loading timeline…
    </div>
  ),
});

/**
 * The embed's compact timeline: no controls or legend, drag to pan, Ctrl + wheel (or pinch) to
 * zoom, so that scrolling the host page over the iframe is never captured. Selecting an event
 * opens its page in a new tab.
 */
export function EmbedTimeline(props: EmbedTimelineProps) {
  return <VisEmbedTimeline {...props} />;
}
