"use client";

import { useEffect, useEffectEvent, type ReactNode } from "react";
import { WIDE_SCREEN } from "@/lib/deploy/screens";
import type { ExplorerResult } from "@/lib/explorer/explorer-result";
import type { TimelineModel } from "@/lib/timeline/timeline-items";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";
import { loadVisTimeline, VisTimelineLoader } from "./vis-timeline-loader";
import type { TimelineControls } from "./vis-timeline-props";

// From the lg breakpoint vis-timeline takes over the timeline's box at once
// (components/timeline/timeline-box.tsx): start its download with the page's scripts.
export const onFirstScreen = () => window.matchMedia(WIDE_SCREEN).matches;
if (typeof window !== "undefined" && onFirstScreen()) void loadVisTimeline();

/** How long the first drawing may keep the events waiting (its code may be slow to arrive). */
const SETTLE_WITHIN_MS = 3000;

/**
 * The explorer's interactive timeline of the result; the event list stays the accessible form.
 * Its code (the largest on the page) loads once this is mounted (components/timeline/timeline-box.tsx
 * says when); `fallback` stands in its place until then. While the result is the server's it
 * draws the server's items (`serverModel`).
 *
 * `onSettled` says that the timeline no longer needs the main thread for its first drawing: once
 * that is on screen, or when its code failed to load, or after SETTLE_WITHIN_MS at most. It may be
 * called again afterwards; the first call is the one that counts.
 */
export function EventTimeline({
  result,
  serverModel,
  selectedId,
  window,
  onSelect,
  onWindowChange,
  onReadDetails,
  onSettled,
  fallback,
}: {
  result: ExplorerResult;
  serverModel: TimelineModel | null;
  selectedId: string | null;
  window: TimelineWindow | null;
  onSelect: (id: string | null) => void;
  onSettled: () => void;
  fallback: ReactNode;
} & Omit<TimelineControls, "onFirstDrawn">) {
  const settle = useEffectEvent(() => onSettled());
  useEffect(() => {
    const timer = setTimeout(() => settle(), SETTLE_WITHIN_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <VisTimelineLoader
      fallback={fallback}
      onLoadError={onSettled}
      source={{ result, serverModel }}
      selectedId={selectedId}
      window={window}
      onSelect={onSelect}
      controls={{ onWindowChange, onFirstDrawn: onSettled, onReadDetails }}
    />
  );
}
