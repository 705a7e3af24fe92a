"use client";

import { useEffect, useEffectEvent, useState, type ReactNode } from "react";
import type { VisTimelineProps } from "./vis-timeline-props";

/**
 * The one way the timeline's code is loaded, for the explorer and the embed: in the browser
 * only (vis-timeline needs the DOM), in its own chunk (it is the largest code on the page). Not
 * through next/dynamic: React reveals a suspended component at most every 300 ms, which held the
 * first drawing back by up to that long after the code had arrived.
 */
export const loadVisTimeline = () => import("./vis-timeline").then((module) => module.default);

type VisTimeline = Awaited<ReturnType<typeof loadVisTimeline>>;

/**
 * The timeline once its code is here, `fallback` until then. A failure calls `onLoadError`, then is thrown while rendering, so that the error
 * boundary shows it.
 */
export function VisTimelineLoader({
  fallback,
  onLoadError,
  ...props
}: VisTimelineProps & { fallback: ReactNode; onLoadError?: () => void }) {
  const [Loaded, setLoaded] = useState<VisTimeline | null>(null);
  const failed = useEffectEvent(() => onLoadError?.());
  useEffect(() => {
    let cancelled = false;
    loadVisTimeline().then(
      (component) => !cancelled && setLoaded(() => component),
      (error: unknown) => {
        failed();
        setLoaded(() => {
          throw error;
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return Loaded ? <Loaded {...props} /> : fallback;
}
