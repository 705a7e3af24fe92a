"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { ExplorerResult } from "@/lib/explorer/explorer-result";
import type { TimelineModel } from "@/lib/timeline/timeline-items";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";
import { loadVisTimeline, VisTimelineLoader } from "./vis-timeline-loader";
import { TimelinePlaceholder } from "./timeline-placeholder";
import type { TimelineControls } from "./vis-timeline-props";

// From the lg breakpoint the timeline is on the first screen (components/explorer/explorer.tsx):
// start its download with the page's scripts rather than after hydration.
const onFirstScreen = () => window.matchMedia("(min-width: 64rem)").matches;
if (typeof window !== "undefined" && onFirstScreen()) void loadVisTimeline();

/** How far outside the screen the timeline starts loading, so it is ready when scrolled to. */
const LOAD_MARGIN = "600px";
/** How long the first drawing may keep the events waiting (its code may be slow to arrive). */
const SETTLE_WITHIN_MS = 3000;

/**
 * The explorer's interactive timeline of the result; the event list stays the accessible form.
 * Its code (the largest on the page) loads once it is on or near the screen: on a phone it sits
 * below the list, and most visits there never scroll to it. While the result is the server's it
 * draws the server's items (`serverModel`).
 *
 * `onSettled` says that the timeline no longer needs the main thread for its first drawing: once
 * that is on screen, or at once when there is none to make now (off the first screen), or when
 * its code failed to load, or after SETTLE_WITHIN_MS at most. It may be called again afterwards;
 * the first call is the one that counts.
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
}: {
  result: ExplorerResult;
  serverModel: TimelineModel | null;
  selectedId: string | null;
  window: TimelineWindow | null;
  onSelect: (id: string | null) => void;
  onSettled: () => void;
} & Omit<TimelineControls, "onFirstDrawn">) {
  const frame = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const settle = useEffectEvent(() => onSettled());
  useEffect(() => {
    if (!onFirstScreen()) settle();
    const timer = setTimeout(() => settle(), SETTLE_WITHIN_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    const element = frame.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && setNear(true),
      { rootMargin: LOAD_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  // On the first screen, without waiting for the observer: while the page is busy its first
  // report can come hundreds of milliseconds after the code is here.
  const [firstScreen] = useState(() => typeof document !== "undefined" && onFirstScreen());
  return (
    <div ref={frame}>
      <VisTimelineLoader
        load={near || firstScreen}
        fallback={<TimelinePlaceholder />}
        onLoadError={onSettled}
        source={{ result, serverModel }}
        selectedId={selectedId}
        window={window}
        onSelect={onSelect}
        controls={{ onWindowChange, onFirstDrawn: onSettled, onReadDetails }}
      />
    </div>
  );
}
