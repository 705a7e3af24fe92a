"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { activeFilters, withoutFilters, withoutView } from "@/lib/active-filters";
import type { EventView, ListedEvent } from "@/lib/event-view";
import { PAGE_SIZE, type ExplorerSnapshot } from "@/lib/explorer-data";
import type { ExplorerMapData } from "@/lib/map/render";
import {
  parseExplorerQuery,
  serializeExplorerQuery,
  type ExplorerQuery,
  type QueryNotice,
} from "@/lib/explorer-query";
import { createEventFilter, type Facet, type FacetOption } from "@/lib/filter-events";
import { EventDetail } from "../event-detail";
import { EventList } from "../event-list";
import { PlaceMap } from "../map/place-map";
import { EventTimeline } from "../timeline/event-timeline";
import type { TimelineWindow } from "@/lib/timeline-types";
import { DownloadLinks } from "./download-links";
import { EmbedButton } from "./embed-button";
import { FilterPanel } from "./filter-panel";
import { RelatedLinks } from "./related-links";
import { ResultSummary } from "./result-summary";
import {
  queryWindow,
  sameTimelineResult,
  timelineEntries,
  timelineLanes,
} from "@/lib/timeline-data";
import { useExplorerData, useTextSearch } from "./use-explorer-data";
import { useExplorerUrl, type HistoryMode } from "./use-explorer-url";

/** What the explorer shows: the server's snapshot at first, then its own filtering. */
interface View {
  query: ExplorerQuery;
  notices: QueryNotice[];
  /** The result in order: all of it once the data is here, its first page before. */
  events: readonly ListedEvent[];
  matched: number;
  total: number;
  facets: Record<Facet, FacetOption[]>;
  eventById: (id: string) => ListedEvent | undefined;
  /** Whether `query.event` passes the filters. */
  selectedShown: boolean;
  /** How many events a query would show; known once the data is here. */
  countWithout?: (query: ExplorerQuery) => number;
}

function snapshotView(snapshot: ExplorerSnapshot): View {
  // The list's own objects last, so that they win: the selection is looked up in the list.
  const known = new Map(
    [...(snapshot.selected ? [snapshot.selected] : []), ...snapshot.related, ...snapshot.page].map(
      (event) => [event.id, event],
    ),
  );
  const selectedId = snapshot.selected?.id;
  return {
    query: snapshot.query,
    notices: snapshot.notices,
    events: snapshot.page,
    matched: snapshot.matched,
    total: snapshot.total,
    facets: snapshot.facets,
    eventById: (id) => known.get(id),
    selectedShown: snapshot.page.some((event) => event.id === selectedId),
  };
}

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
}: {
  snapshot: ExplorerSnapshot;
  map: ExplorerMapData;
  siteUrl: string;
  staticSite: boolean;
}) {
  const { search, navigate: go } = useExplorerUrl(snapshot.search);
  // The timeline draws the server's items first; the events are read after that, or as soon as
  // the URL asks for another view (the server's items no longer show it).
  const [timelineSettled, setTimelineSettled] = useState(false);
  const settleTimeline = useCallback(() => setTimelineSettled(true), []);
  const data = useExplorerData(timelineSettled || search !== snapshot.search);
  const wantsText = Boolean(new URLSearchParams(search).get("q")?.trim());
  const textSearch = useTextSearch(data.full, wantsText);
  const engine = useMemo(() => {
    if (!data.listed) return null;
    const byId = new Map(data.listed.map((event) => [event.id, event]));
    return { byId, ...createEventFilter(data.listed, textSearch) };
  }, [data.listed, textSearch]);
  // Whole events, for the details: from the server's snapshot, then from the data.
  const wholeById = useMemo(
    () =>
      new Map(
        (data.full ?? (snapshot.selected ? [snapshot.selected] : [])).map((event) => [
          event.id,
          event,
        ]),
      ),
    [data.full, snapshot],
  );

  const fromServer = useMemo(() => snapshotView(snapshot), [snapshot]);
  const filtered = useMemo((): View | null => {
    if (!engine) return search === snapshot.search ? fromServer : null;
    const { query, notices } = parseExplorerQuery(new URLSearchParams(search), engine.vocabulary);
    if (query.q && !textSearch) return null;
    const result = engine.filter(query);
    const selected = query.event ? engine.byId.get(query.event) : undefined;
    return {
      query,
      notices,
      events: result.events,
      matched: result.events.length,
      total: result.total,
      facets: result.facets,
      eventById: (id) => engine.byId.get(id),
      selectedShown: selected !== undefined && result.events.includes(selected),
      countWithout: (next) => engine.filter(next).events.length,
    };
  }, [engine, search, snapshot.search, fromServer, textSearch]);

  // Until the data (or the text search) is here for a new URL, keep showing the last view.
  const [last, setLast] = useState(fromServer);
  if (filtered && filtered !== last) setLast(filtered);
  const view = filtered ?? last;
  const busy = filtered === null;
  const { query } = view;

  // Timeline callbacks fire outside React's render: they must see the latest query.
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);

  const [pageCount, setPageCount] = useState(1);
  const navigate = useCallback(
    (next: ExplorerQuery, mode: HistoryMode) => go(serializeExplorerQuery(next), mode),
    [go],
  );
  const change = useCallback(
    (next: ExplorerQuery, mode: HistoryMode) => {
      setPageCount(1);
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

  const selected = query.event ? (view.eventById(query.event) ?? null) : null;
  useEffect(() => {
    if (query.event) document.getElementById(query.event)?.scrollIntoView({ block: "nearest" });
  }, [query.event]);

  const filters = activeFilters(query, view.facets);
  const selectedIndex = selected ? view.events.indexOf(selected) : -1;
  const shown = view.events.slice(0, Math.max(pageCount * PAGE_SIZE, selectedIndex + 1));
  const complete = engine !== null && !busy;
  const entries = useMemo(
    () => (complete ? timelineEntries(view.events, query.group) : null),
    [complete, view.events, query.group],
  );
  const lanes = useMemo(
    () => (entries ? timelineLanes(entries, query.group, view.facets) : null),
    [entries, query.group, view.facets],
  );
  // What the filters select, without the view settings (grouping, window, selection).
  const filterQuery = serializeExplorerQuery(withoutView(query));
  const hrefFor = (id: string) => `?${serializeExplorerQuery({ ...query, event: id })}`;

  const detail = (listed: ListedEvent) => {
    const event = wholeById.get(listed.id);
    return event ? details(event) : <p role="status">Loading what its sources say…</p>;
  };
  const details = (event: EventView) => (
    <div className="space-y-3">
      {!view.selectedShown && (
        <p className="text-sm font-semibold text-amber-800 dark:text-amber-300">
          This event is hidden by the current filters.
        </p>
      )}
      <EventDetail event={event} headingLevel={3}>
        <RelatedLinks
          ids={event.relatedIds}
          eventById={view.eventById}
          hrefFor={hrefFor}
          onSelect={select}
        />
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a
            href={`/events/${event.id}`}
            className="font-semibold text-blue-700 underline dark:text-blue-300"
          >
            Event page (permalink)
          </a>
          <button
            type="button"
            onClick={() => select(null)}
            className="text-blue-700 underline dark:text-blue-300"
          >
            Close details
          </button>
        </p>
      </EventDetail>
    </div>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
        <FilterPanel query={query} facets={view.facets} onChange={change} />
      </aside>
      <div className="flex min-w-0 flex-col gap-4" aria-busy={busy}>
        <ResultSummary
          shown={view.matched}
          total={view.total}
          filters={filters}
          notices={view.notices}
          countWithout={view.countWithout}
          onChange={change}
          onClear={() => change(withoutFilters(query), "push")}
        />
        {data.error && (
          <p role="alert" className="text-sm font-semibold text-red-800 dark:text-red-300">
            The events could not be loaded for filtering in the browser ({data.error}). The list
            below is the server’s; reload the page to try again.
          </p>
        )}
        <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
          <DownloadLinks filterQuery={staticSite ? null : filterQuery} />
          {!staticSite && (
            <EmbedButton
              search={serializeExplorerQuery({ ...query, event: null })}
              siteUrl={siteUrl}
            />
          )}
        </div>
        <section aria-label="Timeline" className="order-3 lg:order-none">
          <h2 className="sr-only">Timeline</h2>
          <EventTimeline
            entries={entries}
            firstModel={
              // Until the data is here: the server's items, while they show the URL's result.
              !entries && sameTimelineResult(search, snapshot.search) ? snapshot.timeline : null
            }
            lanes={lanes}
            selectedId={query.event}
            window={queryWindow(query)}
            onSelect={select}
            onWindowChange={moveWindow}
            onSettled={settleTimeline}
          />
        </section>
        <section aria-label="Map" className="order-3 lg:order-none">
          <h2 className="sr-only">Map</h2>
          <PlaceMap
            map={map}
            query={query}
            counts={view.facets.places}
            highlighted={selected?.places.map((place) => place.id) ?? []}
            onChange={change}
          />
        </section>
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <section aria-label="Events" className="min-w-0">
            <EventList
              events={shown}
              grouped={query.sort === "date"}
              selectedId={query.event}
              hrefFor={hrefFor}
              onSelect={select}
              renderSelected={(event) => <div className="mt-3 xl:hidden">{detail(event)}</div>}
            />
            {shown.length < view.matched && (
              <button
                type="button"
                disabled={!complete}
                onClick={() => setPageCount((count) => count + 1)}
                className="mt-4 rounded border border-zinc-400 px-3 py-1.5 font-semibold disabled:opacity-60 dark:border-zinc-600"
              >
                Show {Math.min(PAGE_SIZE, view.matched - shown.length)} more of{" "}
                {view.matched - shown.length} remaining
              </button>
            )}
          </section>
          <aside
            aria-label="Selected event"
            className="hidden xl:sticky xl:top-4 xl:block xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto"
          >
            {selected ? (
              <div className="rounded border border-zinc-300 p-4 dark:border-zinc-700">
                {detail(selected)}
              </div>
            ) : (
              <p className="rounded border border-dashed border-zinc-400 p-4 text-sm text-zinc-700 dark:border-zinc-600 dark:text-zinc-300">
                Select an event in the list or on the timeline to see what its sources say.
              </p>
            )}
          </aside>
        </div>
      </div>
    </div>
  );
}
