"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { activeFilters, withoutFilters, withoutView } from "@/lib/explorer/active-filters";
import { PAGE_SIZE, type ExplorerSnapshot } from "@/lib/explorer/explorer-data";
import { serializeExplorerQuery, type ExplorerQuery } from "@/lib/explorer/explorer-query";
import type { ExplorerMapData } from "@/lib/map/render";
import { EventList } from "../event-list";
import { PlaceMap } from "../map/place-map";
import { TimelineBox } from "../timeline/timeline-box";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";
import { DetailsPanel } from "./details-panel";
import type { HistoryMode } from "./use-explorer-url";
import { useExplorerView } from "./use-explorer-view";
import { DownloadLinks } from "./download-links";
import { DataMenu } from "./data-menu";
import { EmbedButton } from "./embed-button";
import { FilterPanel } from "./filter-panel";
import { RelatedLinks } from "./related-links";
import { ResultSummary } from "./result-summary";
import { ShowResults } from "./show-results";
import { queryWindow, sameTimelineResult } from "@/lib/explorer/timeline-query";

/**
 * The home page's explorer: filters, result line, list, detail and timeline, all driven by the
 * URL query. The server draws it for the URL it was asked (`snapshot`), so a shared link reads
 * at once, without JavaScript too; then every event is fetched once and filtering happens here,
 * without a round trip. `staticSite`: served as plain files (no per-view downloads, no embed).
 */
export function Explorer({
  snapshot,
  map,
  siteUrl,
  staticSite,
  timelineLegend,
  timelineOverview,
}: {
  snapshot: ExplorerSnapshot;
  map: ExplorerMapData;
  siteUrl: string;
  staticSite: boolean;
  /** What the timeline's marks mean: the server's HTML. */
  timelineLegend: ReactNode;
  /** The timeline's overview strip for `snapshot`: the server's HTML. */
  timelineOverview: ReactNode;
}) {
  const { search, go, view, busy, complete, wholeById, textSearch, settleTimeline, loadError } =
    useExplorerView(snapshot);
  const { query } = view;

  // Timeline callbacks fire outside React's render: they must see the latest query.
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);

  const [pageCount, setPageCount] = useState(1);
  // A filter changed since the results were last brought into view (ShowResults).
  const [unseen, setUnseen] = useState(false);
  const navigate = useCallback(
    (next: ExplorerQuery, mode: HistoryMode) => go(serializeExplorerQuery(next), mode),
    [go],
  );
  const change = useCallback(
    (next: ExplorerQuery, mode: HistoryMode) => {
      setPageCount(1);
      setUnseen(true);
      navigate(next, mode);
    },
    [navigate],
  );
  const select = useCallback(
    (id: string | null) => navigate({ ...latest.current, event: id }, "push"),
    [navigate],
  );
  const moveWindow = useCallback(
    ({ start, end }: TimelineWindow) => navigate({ ...latest.current, start, end }, "replace"),
    [navigate],
  );

  // Selecting never scrolls the page: the details show in their own panel (DetailsPanel).
  const selected = query.event ? (view.eventById(query.event) ?? null) : null;
  const panel = useRef<HTMLElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const readDetails = useCallback(() => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
    panel.current?.focus();
  }, []);
  const closeDetails = useCallback(() => {
    const id = latest.current.event;
    const inPanel = panel.current?.contains(document.activeElement);
    const back =
      returnFocus.current ??
      (inPanel && id ? document.getElementById(id)?.querySelector("a") : null);
    returnFocus.current = null;
    select(null);
    back?.focus();
  }, [select]);

  // The events' words the search matched: marked in the titles and details, and named when not
  // what was typed (a typo taken for a name). The server's, until the search is here.
  const matched = useMemo(
    () =>
      query.q && textSearch
        ? textSearch.matched(query.q)
        : query.q === snapshot.query.q
          ? snapshot.searchMatch
          : null,
    [query.q, textSearch, snapshot],
  );
  const filters = activeFilters(query, view.facets);
  const selectedIndex = selected ? view.events.indexOf(selected) : -1;
  const shown = view.events.slice(0, Math.max(pageCount * PAGE_SIZE, selectedIndex + 1));
  // What the filters select, without the view settings (grouping, window, selection).
  const filterQuery = serializeExplorerQuery(withoutView(query));
  const hrefOf = (next: ExplorerQuery) => `?${serializeExplorerQuery(next)}`;
  const hrefFor = (id: string) => hrefOf({ ...query, event: id });

  return (
    <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
        <FilterPanel
          query={query}
          searchText={new URLSearchParams(search).get("q")?.trim() ?? ""}
          facets={view.facets}
          onChange={change}
        />
        {unseen && <ShowResults count={view.matched} onShow={() => setUnseen(false)} />}
      </aside>
      <div
        className="grid min-w-0 gap-6 xl:grid-cols-[minmax(0,1fr)_22rem] xl:items-start"
        aria-busy={busy}
      >
        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0 flex-1">
              <ResultSummary
                shown={view.matched}
                total={view.total}
                filters={filters}
                notices={view.notices}
                countWithout={view.countWithout}
                hrefOf={hrefOf}
                onChange={change}
                cleared={withoutFilters(query)}
                corrected={matched?.corrected ?? []}
              />
            </div>
            <DataMenu>
              <DownloadLinks filterQuery={staticSite ? null : filterQuery} />
              {!staticSite && (
                <EmbedButton
                  search={serializeExplorerQuery({ ...query, event: null })}
                  siteUrl={siteUrl}
                />
              )}
            </DataMenu>
          </div>
          {loadError && (
            <p role="alert" className="text-sm font-semibold text-red-800 dark:text-red-300">
              The events could not be loaded for filtering in the browser ({loadError}). The list
              below is the server’s; reload the page to try again.
            </p>
          )}
          {view.matched > 0 && (
            <section
              id="timeline"
              aria-label="Timeline"
              className="flex scroll-mt-4 flex-col gap-2"
            >
              <h2 className="sr-only">Timeline</h2>
              {timelineLegend}
              <TimelineBox
                overview={timelineOverview}
                overviewCurrent={
                  sameTimelineResult(search, snapshot.search) &&
                  query.event === snapshot.query.event
                }
                query={query}
                hrefOf={hrefOf}
                onFollow={(next) => go(next, "push")}
                events={complete ? view.events : null}
                group={query.group}
                facets={view.facets}
                firstModel={
                  // Until the data is here: the server's items, while they show the URL's result.
                  !complete && sameTimelineResult(search, snapshot.search)
                    ? snapshot.timeline
                    : null
                }
                selectedId={query.event}
                window={queryWindow(query)}
                onSelect={select}
                onWindowChange={moveWindow}
                onSettled={settleTimeline}
                onReadDetails={readDetails}
              />
            </section>
          )}
          {/* Below the list on narrow screens, so that the first events stay on the first one. */}
          <section id="map" aria-label="Map" className="scroll-mt-4 max-lg:order-last">
            <h2 className="sr-only">Map</h2>
            <PlaceMap
              map={map}
              query={query}
              counts={view.facets.places}
              highlighted={selected?.places.map((place) => place.id) ?? []}
              onChange={change}
            />
          </section>
          <section
            id="results"
            aria-label="Events"
            tabIndex={-1}
            className="min-w-0 scroll-mt-4 outline-none"
          >
            <EventList
              events={shown}
              grouped={query.sort === "date"}
              selectedId={query.event}
              hrefFor={hrefFor}
              onSelect={select}
              marks={matched?.terms}
              renderSelected={() => (
                <button
                  type="button"
                  onClick={readDetails}
                  className="min-h-11 text-sm font-semibold text-blue-700 underline underline-offset-2 xl:min-h-0 dark:text-blue-300"
                >
                  Read details
                </button>
              )}
            />
            {shown.length < view.matched && (
              <button
                type="button"
                disabled={!complete}
                onClick={() => setPageCount((count) => count + 1)}
                className="mt-4 min-h-11 rounded border border-zinc-400 px-3 py-1.5 font-semibold disabled:opacity-60 dark:border-zinc-600"
              >
                Show {Math.min(PAGE_SIZE, view.matched - shown.length)} more of{" "}
                {view.matched - shown.length} remaining
              </button>
            )}
          </section>
        </div>
        <DetailsPanel
          selected={selected}
          event={selected ? wholeById.get(selected.id) : undefined}
          hidden={!view.selectedShown}
          closeHref={hrefOf({ ...query, event: null })}
          onClose={closeDetails}
          panelRef={panel}
          marks={matched?.terms}
        >
          {selected && (
            <RelatedLinks
              ids={wholeById.get(selected.id)?.relatedIds ?? []}
              eventById={view.eventById}
              hrefFor={hrefFor}
              onSelect={select}
            />
          )}
        </DetailsPanel>
      </div>
    </div>
  );
}
