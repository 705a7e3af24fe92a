"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import { TimelinePlaceholder } from "./timeline-placeholder";
import type { EventTimelineProps } from "./event-timeline-props";

// vis-timeline needs the DOM and is large: load it in the browser only, in its own chunk. Not
// through next/dynamic: React reveals a suspended component at most every 300 ms, which held
// the first drawing back by up to that long after the code had arrived.
const loadVisTimeline = () => import("./vis-event-timeline").then((module) => module.default);
type VisEventTimeline = Awaited<ReturnType<typeof loadVisTimeline>>;

// From the lg breakpoint the timeline is on the first screen (components/explorer/explorer.tsx):
// start its download with the page's scripts rather than after hydration.
const onFirstScreen = () => window.matchMedia("(min-width: 64rem)").matches;
if (typeof window !== "undefined" && onFirstScreen()) void loadVisTimeline();

/** How far outside the screen the timeline starts loading, so it is ready when scrolled to. */
const LOAD_MARGIN = "600px";
/** How long the first drawing may keep the events waiting (its code may be slow to arrive). */
const SETTLE_WITHIN_MS = 3000;

/**
 * Interactive timeline of the filtered events; the event list stays the accessible form. Its
 * code (the largest on the page) loads once it is on or near the screen: on a phone it sits
 * below the list, and most visits there never scroll to it. While the result is the server's it
 * draws the server's items (`serverModel`).
 *
 * `onSettled` says that the timeline no longer needs the main thread for its first drawing: once
 * that is on screen, or at once when there is none to make now (off the first screen), or when
 * its code failed to load, or after SETTLE_WITHIN_MS at most. It may be called again afterwards; the first call is the one that counts.
 */
export function EventTimeline({
  onSettled,
  ...props
}: Omit<EventTimelineProps, "onFirstDrawn"> & { onSettled: () => void }) {
  const frame = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [VisEventTimeline, setVisEventTimeline] = useState<VisEventTimeline | null>(null);
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
  useEffect(() => {
    // On the first screen, without waiting for the observer: while the page is busy its first
    // report can come hundreds of milliseconds after the code is here.
    if (!near && !onFirstScreen()) return;
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
  }, [near]);
  return (
    <div ref={frame}>
      {VisEventTimeline ? (
        <VisEventTimeline {...props} onFirstDrawn={onSettled} />
      ) : (
        <TimelinePlaceholder />
      )}
    </div>
  );
}
