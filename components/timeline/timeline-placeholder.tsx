"use client";

import { useSyncExternalStore } from "react";

const noChange = () => () => {};

/**
 * Stands where the timeline, its controls and legend will be, until its code and its events are
 * here (the controls come with the code, so that the page's first scripts stay small). Without
 * JavaScript (the server's HTML as it stays) it says that the list holds every event.
 */
export function TimelinePlaceholder() {
  const scripted = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  return (
    <div
      id="timeline-view"
      className="flex h-[19rem] items-center justify-center rounded-sm border border-zinc-300 text-sm text-zinc-700 sm:h-[25rem] dark:border-zinc-700 dark:text-zinc-300"
    >
      <p role={scripted ? "status" : undefined}>
        {scripted
          ? "Loading timeline…"
          : "The timeline needs JavaScript; the list below has every event."}
      </p>
    </div>
  );
}
