"use client";

import "./embed-timeline.css";
import type { ResultTimeline } from "@/lib/explorer/timeline-data";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";
import { VisTimelineLoader } from "../timeline/vis-timeline-loader";

/** Height of the embed's timeline; its loading placeholder has the same, so nothing shifts. */
const EMBED_TIMELINE_HEIGHT_PX = 170;

/**
 * The embed's compact timeline: no controls or legend, drag to pan, Ctrl + wheel (or pinch) to
 * zoom, so that scrolling the host page over the iframe is never captured. The entries are fixed
 * for the page (the server filtered them), so only the year bands of a large result are redrawn
 * as the reader pans. Selecting an event opens its permalink in a new tab: inside an iframe on
 * another site, the reader leaves the host page only if they ask to.
 */
export function EmbedTimeline({
  timeline,
  window: requested,
  permalinkBase,
}: {
  timeline: ResultTimeline;
  /** The window to open at (the query's start/end); null: fit all entries. */
  window: TimelineWindow | null;
  /** Absolute address that an event's id is appended to, e.g. "https://…/events/". */
  permalinkBase: string;
}) {
  return (
    <VisTimelineLoader
      fallback={
        <div
          className="embed-timeline flex items-center justify-center rounded-sm border border-zinc-300 text-sm text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
          style={{ height: EMBED_TIMELINE_HEIGHT_PX }}
        >
          Loading timeline…
        </div>
      }
      source={{ timeline }}
      selectedId={null}
      window={requested}
      onSelect={(id) => {
        if (id) window.open(`${permalinkBase}${encodeURIComponent(id)}`, "_blank", "noopener");
      }}
      height={EMBED_TIMELINE_HEIGHT_PX}
    />
  );
}
