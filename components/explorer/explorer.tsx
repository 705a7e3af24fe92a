"use client";

import { useCallback, useMemo, useState, type ReactNode } from "react";
import { activeFilters, withoutFilters, filtersOnly } from "@/lib/explorer/active-filters";
import { PAGE_SIZE } from "@/lib/explorer/explorer-data";
import type { ExplorerSnapshot } from "@/lib/explorer/snapshot";
import { serializeExplorerQuery, type ExplorerQuery } from "@/lib/explorer/explorer-query";
import type { ExplorerMapData } from "@/lib/map/render";
import { EventList } from "../event-list";
import { PlaceMap } from "../map/place-map";
import { TimelineBox } from "../timeline/timeline-box";
import { DetailsPanel } from "./details-panel";
import { useDetailsFocus } from "./use-details-focus";
import type { HistoryMode } from "./use-explorer-url";
import { useExplorerNavigation } from "./use-explorer-navigation";
import { useListPages } from "./use-list-pages";
import { useExplorerResult } from "./use-explorer-result";
import { DownloadLinks } from "./download-links";
import { DataMenu } from "./data-menu";
import { EmbedButton } from "./embed-button";
import { FilterPanel } from "./filter-panel";
import { RelatedLinks } from "./related-links";
import { ResultSummary } from "./result-summary";
import { ShowResults } from "./show-results";
import { queryWindow } from "@/lib/explorer/timeline-query";

/**
 * The home page's explorer: filters, result line, list, detail and timeline, all driven by the
 * URL query. The server draws it for the URL it was asked (`snapshot`), so a shared link reads
 * at once, without JavaScript too; then every event is fetched once and filtering happens here,
 * without a round trip. `staticSite`: served as plain files (no per-view downloads, no embed).
 *
 * Its parts: the URL's query (useExplorerUrl), the events and when they are read
 * (useExplorerData), the browser's filter (useFilterEngine), the hand-off from the server's result
 * to the browser's (useExplorerResult), the changes of the URL (useExplorerNavigation), the list's
 * pages (useListPages) and the focus of the details (useDetailsFocus).
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
  const {
    search,
    go,
    shown,
    busy,
    complete,
    wholeById,
    textSearch,
    prepareSearch,
    settleTimeline,
    loadError,
  } = useExplorerResult(snapshot);
  const { result, eventById } = shown;
  const { query } = result;

  const selected = query.event ? (eventById(query.event) ?? null) : null;
  const selectedIndex = selected ? result.events.indexOf(selected) : -1;
  const pages = useListPages(result.events, selectedIndex);
  const navigation = useExplorerNavigation(query, go, pages.firstPage);
  const { select, moveWindow } = navigation;
  // A filter changed since the results were last brought into view (ShowResults).
  const [unseen, setUnseen] = useState(false);
  const change = useCallback(
    (next: ExplorerQuery, mode: HistoryMode) => {
      setUnseen(true);
      navigation.change(next, mode);
    },
    [navigation],
  );
  const deselect = useCallback(() => select(null), [select]);
  const { panelRef, readDetails, closeDetails } = useDetailsFocus(query.event, deselect);

  // The events' words the search matched: marked in the titles and details, and named when not
  // what was typed (a typo taken for a name). The server's, until the search is here.
  const matched = useMemo(
    () =>
      query.q && textSearch
        ? textSearch.matched(query.q)
        : query.q === snapshot.result.query.q
          ? snapshot.searchMatch
          : null,
    [query.q, textSearch, snapshot],
  );
  const filters = activeFilters(query, result.facets);
  const { listed } = pages;
  // What the filters select, without the display settings (grouping, window, selection).
  const filterQuery = serializeExplorerQuery(filtersOnly(query));
  const hrefOf = (next: ExplorerQuery) => `?${serializeExplorerQuery(next)}`;
  const hrefFor = (id: string) => hrefOf({ ...query, event: id });

  return (
    <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
        <FilterPanel
          query={query}
          searchText={new URLSearchParams(search).get("q")?.trim() ?? ""}
          facets={result.facets}
          onChange={change}
          onSearchFocus={prepareSearch}
        />
        {unseen && <ShowResults count={result.matched} onShow={() => setUnseen(false)} />}
      </aside>
      <div
        className="grid min-w-0 gap-6 xl:grid-cols-[minmax(0,1fr)_22rem] xl:items-start"
        aria-busy={busy}
      >
        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0 flex-1">
              <ResultSummary
                shown={result.matched}
                total={result.total}
                filters={filters}
                notices={result.notices}
                countWithout={shown.countWithout}
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
          {result.matched > 0 && (
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
                  filterQuery === serializeExplorerQuery(filtersOnly(snapshot.result.query)) &&
                  query.event === snapshot.result.query.event
                }
                complete={complete}
                query={query}
                hrefOf={hrefOf}
                onFollow={(next) => go(next, "push")}
                result={result}
                serverModel={result === snapshot.result ? snapshot.timeline : null}
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
          <section id="map" aria-label="Map" className="map-section scroll-mt-4 max-lg:order-last">
            <h2 className="sr-only">Map</h2>
            <PlaceMap
              map={map}
              query={query}
              counts={result.facets.places}
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
              events={listed}
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
            {listed.length < result.matched && (
              <button
                type="button"
                disabled={!complete}
                onClick={pages.showMore}
                className="mt-4 min-h-11 rounded border border-zinc-400 px-3 py-1.5 font-semibold disabled:opacity-60 dark:border-zinc-600"
              >
                Show {Math.min(PAGE_SIZE, result.matched - listed.length)} more of{" "}
                {result.matched - listed.length} remaining
              </button>
            )}
          </section>
        </div>
        <DetailsPanel
          selected={selected}
          event={selected ? wholeById.get(selected.id) : undefined}
          hidden={selectedIndex < 0}
          closeHref={hrefOf({ ...query, event: null })}
          onClose={closeDetails}
          panelRef={panelRef}
          marks={matched?.terms}
        >
          {selected && (
            <RelatedLinks
              ids={wholeById.get(selected.id)?.relatedIds ?? []}
              eventById={eventById}
              hrefFor={hrefFor}
              onSelect={select}
            />
          )}
        </DetailsPanel>
      </div>
    </div>
  );
}
