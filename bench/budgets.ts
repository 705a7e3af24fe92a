/**
 * Every budget of `npm run bench`, in one place. docs/performance.md's table "Budgets" lists the
 * same keys and limits (tests/unit/bench-budgets.test.ts checks that the two agree). Sizes are
 * gzip KB (1 KB = 1,024 bytes), times milliseconds; "errors" budgets count failures (errors,
 * timeouts, unexpected statuses) and allow none.
 */
export const BUDGETS = {
  /** HTML of `/` and its stylesheets: what reading every event needs. */
  homeHtmlCssKb: 30,
  /** The JavaScript `/` loads before the timeline. */
  firstLoadJsKb: 150,
  /** The lazily loaded vis-timeline chunk(s). */
  timelineChunkKb: 175,
  /** All the JavaScript an event page loads (and no timeline code). */
  eventPageJsKb: 120,
  /** The explorer's map: its client code, the base map image and its data in the page. */
  mapKb: 40,
  /** Minimum Lighthouse scores (mobile), on `/` and an event page. */
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
  lighthouseSeo: 100,
  /** Minimum Lighthouse performance (mobile) of the pages with little or no JavaScript (bench/pages.ts). */
  lightPagePerformance: 98,
  /** Our first event painted ÷ TimelineJS3's, medians: at most this. */
  firstEventVsTimelineJs: 0.5,
  /** Our largest contentful paint ÷ TimelineJS3's, phone at 4× CPU slowdown, medians: at most this. */
  largestPaintVsTimelineJs: 0.5,
  /** Our largest contentful paint with JavaScript ÷ without, interleaved pairs, medians: at most this. */
  scriptLcpVsNoScript: 1.1,
  /** Load: errors + timeouts + non-2xx answers per row. */
  loadErrors: 0,
  /** Filter time of one query, 95th percentile. */
  filterP95Ms: 16,
  /** From navigation until a frame shows the timeline's first item. */
  firstTimelinePaintMs: 1_000,
  /** From a filter change until the frame that shows it (strictly under). */
  changeRepaintMs: 200,
  /** Rows the paginated list renders at once. */
  listRows: 100,
  /** Hostile clients: errors + unexpected answers for readers and for made-up ids. */
  hostileErrors: 0,
  /** Readers' p99 beside hostile queries ÷ alone. */
  hostileP99Ratio: 2,
} as const;

export type BudgetKey = keyof typeof BUDGETS;

/** A KB budget in bytes. */
export const bytes = (kbBudget: number) => kbBudget * 1024;
