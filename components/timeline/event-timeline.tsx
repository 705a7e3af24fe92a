"use client";

import { useEffect, useEffectEvent, useState, type ReactNode } from "react";
import type { EventTimelineProps } from "./timeline-types";

// vis-timeline needs the DOM and is large: load it in the browser only, in its own chunk. Not
// through next/dynamic: React reveals a suspended component at most every 300 ms, which held
// the first drawing back by up to that long after the code had arrived.
const loadVisTimeline = () => import("./vis-event-timeline").then((module) => module.default);
type VisEventTimeline = Awaited<ReturnType<typeof loadVisTimeline>>;

// From the lg breakpoint vis-timeline takes over the timeline's box at once
// (components/timeline/timeline-box.tsx): start its download with the page's scripts.
export const onFirstScreen = () => window.matchMedia("(min-width: 64rem)").matches;
if (typeof window !== "undefined" && onFirstScreen()) void loadVisTimeline();

/** How long the first drawing may keep the events waiting (its code may be slow to arrive). */
const SETTLE_WITHIN_MS = 3000;

/**
 * Interactive timeline of the filtered events; the event list stays the accessible form. Its
 * code (the largest on the page) loads once it is mounted (components/timeline/timeline-box.tsx
 * says when); `fallback` stands in its place until then. Until the events are here it draws the
 * server's first items for the view (`firstModel`), when it has them.
 *
 * `onSettled` says that the timeline no longer needs the main thread for its first drawing: once
 * that is on screen, or when its code failed to load, or after SETTLE_WITHIN_MS at most (with
 * nothing to draw yet, the events are already on their way: the URL shows another view than the
 * server's). It may be called again afterwards; the first call is the one that counts.
 */
export function EventTimeline({
  onSettled,
  fallback,
  ...props
}: Omit<EventTimelineProps, "onFirstDrawn"> & { onSettled: () => void; fallback: ReactNode }) {
  const [VisEventTimeline, setVisEventTimeline] = useState<VisEventTimeline | null>(null);
  const settle = useEffectEvent(() => onSettled());
  useEffect(() => {
    const timer = setTimeout(() => settle(), SETTLE_WITHIN_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    let cancelled = false;
    loadVisTimeline().then(
      (component) => !cancelled && setVisEventTimeline(() => component),
      (error: unknown) => {
        settle();
        // Thrown while rendering, so that the error boundary shows it.
        setVisEventTimeline(() => {
          throw error;
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return VisEventTimeline && (props.events ?? props.firstModel) ? (
    <VisEventTimeline {...props} onFirstDrawn={onSettled} />
  ) : (
    fallback
  );
}
