"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { activeFilters, withoutFilters, withoutView } from "@/lib/active-filters";
import type { EventView } from "@/lib/event-view";
import { serializeExplorerQuery, type ExplorerQuery } from "@/lib/explorer-query";
import { createEventFilter } from "@/lib/filter-events";
import { EventDetail } from "../event-detail";
import { EventList } from "../event-list";
import { EventTimeline } from "../timeline/event-timeline";
import type { TimelineWindow } from "../timeline/timeline-types";
import { DownloadLinks } from "./download-links";
import { EmbedButton } from "./embed-button";
import { FilterPanel } from "./filter-panel";
import { RelatedLinks } from "./related-links";
import { ResultSummary } from "./result-summary";
import { timelineEntries, timelineLanes } from "./timeline-data";
import { useExplorerUrl, type HistoryMode } from "./use-explorer-url";

/** Rows rendered at first; more on request, so 10,000 results stay fast. */
const PAGE_SIZE = 100;

/**
 * The home page's explorer: filters, result line, list, detail and timeline, all driven by the
 * URL query. Rendered on the server for the first paint (a shared link shows the right events
 * before any JavaScript runs), then filtering happens here without a round trip.
 */
export function Explorer({ events, siteUrl }: { events: EventView[]; siteUrl: string }) {
  const { filter, vocabulary } = useMemo(() => createEventFilter(events), [events]);
  const { query, notices, navigate } = useExplorerUrl(vocabulary);
  const result = useMemo(() => filter(query), [filter, query]);
  const byId = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);

  // Timeline callbacks fire outside React's render: they must see the latest query.
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);

  const [pageCount, setPageCount] = useState(1);
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

  const selected = query.event ? (byId.get(query.event) ?? null) : null;
  useEffect(() => {
    if (query.event) document.getElementById(query.event)?.scrollIntoView({ block: "nearest" });
  }, [query.event]);

  const filters = activeFilters(query, result.facets);
  const selectedIndex = selected ? result.events.indexOf(selected) : -1;
  const shown = result.events.slice(0, Math.max(pageCount * PAGE_SIZE, selectedIndex + 1));
  const entries = useMemo(
    () => timelineEntries(result.events, query.group),
    [result.events, query.group],
  );
  const lanes = useMemo(
    () => timelineLanes(entries, query.group, result.facets),
    [entries, query.group, result.facets],
  );
  // What the filters select, without the view settings (grouping, window, selection).
  const filterQuery = serializeExplorerQuery(withoutView(query));
  const hrefFor = (id: string) => `?${serializeExplorerQuery({ ...query, event: id })}`;

  const detail = (event: EventView) => (
    <div className="space-y-3">
      {!result.events.includes(event) && (
        <p className="text-sm font-semibold text-amber-800 dark:text-amber-300">
          This event is hidden by the current filters.
        </p>
      )}
      <EventDetail event={event} headingLevel={3}>
        <RelatedLinks ids={event.relatedIds} byId={byId} hrefFor={hrefFor} onSelect={select} />
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
        <FilterPanel query={query} facets={result.facets} onChange={change} />
      </aside>
      <div className="flex min-w-0 flex-col gap-4">
        <ResultSummary
          shown={result.events.length}
          total={result.total}
          filters={filters}
          notices={notices}
          countWithout={(next) => filter(next).events.length}
          onChange={change}
          onClear={() => change(withoutFilters(query), "push")}
        />
        <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
          <DownloadLinks filterQuery={filterQuery} />
          <EmbedButton
            search={serializeExplorerQuery({ ...query, event: null })}
            siteUrl={siteUrl}
          />
        </div>
        <section aria-label="Timeline" className="order-3 lg:order-none">
          <h2 className="sr-only">Timeline</h2>
          <EventTimeline
            entries={entries}
            lanes={lanes}
            selectedId={query.event}
            window={query.start && query.end ? { start: query.start, end: query.end } : null}
            onSelect={select}
            onWindowChange={moveWindow}
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
            {shown.length < result.events.length && (
              <button
                type="button"
                onClick={() => setPageCount((count) => count + 1)}
                className="mt-4 rounded border border-zinc-400 px-3 py-1.5 font-semibold dark:border-zinc-600"
              >
                Show {Math.min(PAGE_SIZE, result.events.length - shown.length)} more of{" "}
                {result.events.length - shown.length} remaining
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
