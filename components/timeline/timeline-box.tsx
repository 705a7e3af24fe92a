"use client";

import {
  useEffect,
  useEffectEvent,
  useState,
  useSyncExternalStore,
  type ComponentProps,
  type MouseEvent,
  type ReactNode,
} from "react";
import type { ExplorerQuery } from "@/lib/explorer/explorer-query";
import { EventTimeline, onFirstScreen } from "./event-timeline";
import { inPageClick } from "../in-page-click";

// The overview again, drawn in the browser for a view the server's HTML no longer shows: its
// own chunk, so that the page's first scripts do not carry it.
const loadOverview = () => import("./browser-overview").then((module) => module.BrowserOverview);
type BrowserOverview = Awaited<ReturnType<typeof loadOverview>>;

// Which box a screen gets is decided once, as the page starts.
const noChange = () => () => {};

/**
 * The timeline's box. First the server's overview strip (`overview`); on wide screens
 * vis-timeline takes the box over once its code is here, on a phone only when the reader asks
 * (its code is the largest on the page, and the strip is the phone's timeline). A tap on a mark
 * follows its link in the page (`onFollow`) without loading the page again.
 */
export function TimelineBox({
  overview,
  overviewCurrent,
  complete,
  query,
  hrefOf,
  onFollow,
  onSettled,
  ...timeline
}: Omit<ComponentProps<typeof EventTimeline>, "fallback"> & {
  /** The server's overview, and whether it still shows the view (result and selection). */
  overview: ReactNode;
  overviewCurrent: boolean;
  /** Whether the result holds every event it matched (not only the server's first page). */
  complete: boolean;
  query: ExplorerQuery;
  hrefOf: (query: ExplorerQuery) => string;
  onFollow: (search: string) => void;
  onSettled: () => void;
}) {
  // The server's HTML (and the page without scripts) has neither vis nor the zoom control.
  const screen = useSyncExternalStore(
    noChange,
    () => (onFirstScreen() ? "wide" : "narrow"),
    () => "server",
  );
  const wide = screen === "wide";
  const [explore, setExplore] = useState(false);
  const [Browser, setBrowser] = useState<BrowserOverview | null>(null);
  const redraw = !overviewCurrent && complete;
  useEffect(() => {
    if (!redraw || Browser) return;
    let cancelled = false;
    void loadOverview().then((component) => !cancelled && setBrowser(() => component));
    return () => {
      cancelled = true;
    };
  }, [redraw, Browser]);
  // Without vis there is no first drawing to wait for. While hydrating, the screen is not known
  // yet: a wide one will draw vis.
  const settle = useEffectEvent(onSettled);
  const drawsVis = wide || explore;
  useEffect(() => {
    if (screen !== "server" && !drawsVis) settle();
  }, [screen, drawsVis]);

  const strip =
    redraw && Browser ? (
      <Browser events={timeline.result.events} query={query} hrefOf={hrefOf} />
    ) : (
      overview
    );
  const follow = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest("a[data-mark]") : null;
    if (link && inPageClick(event)) onFollow(link.getAttribute("href")!.slice(1));
  };
  const box = (
    <div id="timeline-view" onClick={follow}>
      {strip}
    </div>
  );
  if (drawsVis) return <EventTimeline {...timeline} onSettled={onSettled} fallback={box} />;
  return (
    <>
      {/* The strip's links work without scripts; the control that needs them comes with them. */}
      {screen === "narrow" && (
        <button
          type="button"
          onClick={() => setExplore(true)}
          className="min-h-11 self-start rounded-md border border-zinc-400 px-3 py-1 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
        >
          Zoom / explore the timeline
        </button>
      )}
      {box}
    </>
  );
}
