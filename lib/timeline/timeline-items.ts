/**
 * Pure mapping from timeline entries to vis-timeline items and groups, and the small date and
 * diff helpers the timeline needs. No React and no vis import, so it can be unit-tested.
 */
import type { TimelineEntry, TimelineLane, TimelineWindow } from "./timeline-types";
import { escapeHtml } from "../text/html";
import { dayStart, toIsoDay } from "../store/iso-day";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Lane for entries that name no lane while the timeline is grouped. */
export const NO_LANE: TimelineLane = { id: "__none", name: "Not stated" };

export interface VisItem {
  id: string;
  /** Escaped text: vis-timeline renders item content and tooltips as HTML. */
  content: string;
  title: string;
  type: "point" | "range";
  start: Date;
  /** Exclusive end, ranges only. */
  end?: Date;
  className: string;
  group?: string;
}

export interface VisGroup {
  id: string;
  content: string;
  className?: string;
  /** vis-timeline sorts groups by this field (its default `groupOrder`). */
  order: number;
}

export interface TimelineModel {
  items: VisItem[];
  /** null: no lanes. */
  groups: VisGroup[] | null;
  itemIdsByEntry: Map<string, string[]>;
  entryIdByItem: Map<string, string>;
}

export const toWindow = ({ start, end }: { start: Date; end: Date }): TimelineWindow => ({
  start: toIsoDay(start),
  end: toIsoDay(end),
});

/** The window as dates, or null when it is not two valid days with start before end. */
export function parseWindow(window: TimelineWindow): { start: Date; end: Date } | null {
  const start = dayStart(window.start);
  const end = dayStart(window.end);
  return start.getTime() < end.getTime() ? { start, end } : null;
}

function toItem(entry: TimelineEntry, id: string, group?: string): VisItem {
  const classes = [
    `tl-t-${entry.type}`,
    entry.precise ? "" : "tl-imprecise",
    entry.expected ? "tl-expected" : "",
  ];
  const item: VisItem = {
    id,
    content: escapeHtml(entry.title),
    title: escapeHtml(
      `${entry.label}${entry.datedBy ? ` (${entry.datedBy})` : ""} — ${entry.title}`,
    ),
    type: entry.precise ? "point" : "range",
    start: dayStart(entry.earliest),
    className: classes.filter(Boolean).join(" "),
  };
  // A band covers whole days: it ends where the day after `latest` begins.
  if (!entry.precise) item.end = new Date(dayStart(entry.latest).getTime() + DAY_MS);
  if (group !== undefined) item.group = group;
  return item;
}

/**
 * Above this many entries in view, the timeline sums entries up as one band per year (and
 * lane) instead of drawing each: vis-timeline draws and stacks every item it holds, which takes
 * seconds for thousands, and its own clustering recomputes everything on each change.
 */
export const DETAIL_LIMIT = 200;

/** Ids of year bands start with this; selecting one zooms into its year. */
export const BUCKET_PREFIX = "years:";

const overlaps = (entry: TimelineEntry, window: TimelineWindow) =>
  entry.latest >= window.start && entry.earliest <= window.end;

/** The entries to draw one by one: all when few, else those in view when few enough. */
function detailedEntries(
  entries: TimelineEntry[],
  visible: TimelineWindow | null,
  selectedId: string | null,
): Set<TimelineEntry> {
  if (entries.length <= DETAIL_LIMIT) return new Set(entries);
  const inView = visible ? entries.filter((entry) => overlaps(entry, visible)) : [];
  const detailed = new Set(inView.length <= DETAIL_LIMIT ? inView : []);
  // The selected entry is always drawn, so that it can be shown selected.
  const selected = entries.find((entry) => entry.id === selectedId);
  if (selected) detailed.add(selected);
  return detailed;
}

function bucketItem(lane: string | undefined, year: string, count: number): VisItem {
  const item: VisItem = {
    id: `${BUCKET_PREFIX}${lane ?? ""}:${year}`,
    content: `${count} events`,
    title: `${count} events in ${year}: select to zoom in`,
    type: "range",
    start: dayStart(`${year}-01-01`),
    end: dayStart(`${Number(year) + 1}-01-01`),
    className: "tl-bucket",
  };
  if (lane !== undefined) item.group = lane;
  return item;
}

/**
 * Items (one per entry, or one per entry and lane when grouped) and the groups to show. With
 * more than DETAIL_LIMIT entries, only the entries in the `visible` window (when few enough)
 * and the selected one are drawn; the others are counted in one band per year and lane.
 */
export function buildModel(
  entries: TimelineEntry[],
  lanes: TimelineLane[] | null,
  {
    visible = null,
    selectedId = null,
  }: { visible?: TimelineWindow | null; selectedId?: string | null } = {},
): TimelineModel {
  const items: VisItem[] = [];
  const itemIdsByEntry = new Map<string, string[]>();
  const entryIdByItem = new Map<string, string>();
  const laneIds = new Set(lanes?.map((lane) => lane.id));
  const othersLane = lanes?.find((lane) => lane.others);
  const detailed = detailedEntries(entries, visible, selectedId);
  const buckets = new Map<string, { lane: string | undefined; year: string; count: number }>();
  let usesNoLane = false;

  for (const entry of entries) {
    let entryLanes: (string | undefined)[] = [undefined];
    if (lanes !== null) {
      entryLanes = entry.lanes.filter((lane) => laneIds.has(lane));
      if (entryLanes.length === 0 && entry.lanes.length > 0 && othersLane) {
        entryLanes.push(othersLane.id);
      } else if (entryLanes.length === 0) {
        entryLanes.push(NO_LANE.id);
        usesNoLane = true;
      }
    }
    if (!detailed.has(entry)) {
      const year = entry.earliest.slice(0, 4);
      for (const lane of entryLanes) {
        const key = `${lane ?? ""}:${year}`;
        const bucket = buckets.get(key) ?? { lane, year, count: 0 };
        bucket.count += 1;
        buckets.set(key, bucket);
      }
      continue;
    }
    const ids = entryLanes.map((lane) => (lane === undefined ? entry.id : `${entry.id}::${lane}`));
    entryLanes.forEach((lane, index) => items.push(toItem(entry, ids[index]!, lane)));
    itemIdsByEntry.set(entry.id, ids);
    for (const id of ids) entryIdByItem.set(id, entry.id);
  }
  for (const { lane, year, count } of buckets.values()) items.push(bucketItem(lane, year, count));

  const shownLanes = lanes && (usesNoLane ? [...lanes, NO_LANE] : lanes);
  const groups =
    shownLanes?.map((lane, order) => ({
      id: lane.id,
      content: escapeHtml(lane.name),
      order,
      ...(lane.className && { className: lane.className }),
    })) ?? null;
  return { items, groups, itemIdsByEntry, entryIdByItem };
}

type Row = { id: string };

/** Field-by-field equality; dates compare by time. */
function sameRow(a: Row, b: Row): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x: unknown = Reflect.get(a, key);
    const y: unknown = Reflect.get(b, key);
    if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
    return key in b && x === y;
  });
}

/**
 * What to apply to a vis DataSet holding `previous` so that it holds `next`: remove `remove`,
 * then `update` with `upsert`. A row that lost a field (e.g. a range that became a point and
 * no longer has `end`) is removed and re-added, because DataSet.update merges fields.
 */
export function diffRows<T extends Row>(
  previous: ReadonlyMap<string, T>,
  next: readonly T[],
): { remove: string[]; upsert: T[] } {
  const nextIds = new Set(next.map((row) => row.id));
  const remove = [...previous.keys()].filter((id) => !nextIds.has(id));
  const upsert: T[] = [];
  for (const row of next) {
    const old = previous.get(row.id);
    if (old && sameRow(old, row)) continue;
    if (old && Object.keys(old).some((key) => !(key in row))) remove.push(row.id);
    upsert.push(row);
  }
  return { remove, upsert };
}

/** Entries in date order; the sort is stable, so equal dates keep the caller's order. */
export const chronological = (entries: TimelineEntry[]) =>
  [...entries].sort((a, b) => a.earliest.localeCompare(b.earliest));

/**
 * The entry that ArrowRight (+1) or ArrowLeft (-1) selects: the next or previous one in date
 * order, or with nothing selected the first one starting in view (last one, going back).
 * Null when there is nowhere to go.
 */
export function stepEntry(
  sorted: TimelineEntry[],
  selectedId: string | null,
  step: 1 | -1,
  visible: TimelineWindow,
): string | null {
  const index = sorted.findIndex((entry) => entry.id === selectedId);
  if (index >= 0) return sorted[index + step]?.id ?? null;
  const target =
    step === 1
      ? (sorted.find((entry) => entry.earliest >= visible.start) ?? sorted.at(-1))
      : (sorted.findLast((entry) => entry.earliest <= visible.end) ?? sorted[0]);
  return target?.id ?? null;
}

/** Drawn width of one character of an item's label (0.875rem system font, generously), and the
 * padding and type mark around it (timeline.css). */
const CHAR_PX = 7.5;
const LABEL_PAD_PX = 28;
/** Labels wrap onto a second line beyond this width (timeline.css, .tl-label). */
export const MAX_LABEL_PX = 240;
/** A band is never drawn narrower than this, so that a month stays visible at any zoom. */
export const MIN_BAND_PX = 10;

/** About how wide an item's (escaped) label is drawn. */
export const labelWidthPx = (content: string) =>
  Math.min(MAX_LABEL_PX, content.replace(/&[#\w]+;/g, "x").length * CHAR_PX + LABEL_PAD_PX);

const isBucket = (item: VisItem) => item.id.startsWith(BUCKET_PREFIX);

/** The items' span in milliseconds: first start, last end (or start); null without items. */
export function itemSpan(items: readonly VisItem[]): { first: number; last: number } | null {
  if (items.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const { start, end } of items) {
    first = Math.min(first, start.getTime());
    last = Math.max(last, (end ?? start).getTime());
  }
  return { first, last };
}

/** The items' span with a little room on each side: what "fit all" shows, at the least. */
function dataWindow(items: readonly VisItem[]): { start: number; end: number } | null {
  const span = itemSpan(items);
  if (!span) return null;
  const margin = Math.max(span.last - span.first, 30 * DAY_MS) * 0.02;
  return { start: span.first - margin, end: span.last + margin };
}

/**
 * Labels that stay readable at a scale (`msPerPx`, milliseconds per pixel):
 * - a band too short for its title is drawn as a point whose content is the band, at least
 *   MIN_BAND_PX wide, with the title beside it, so that vis stacks the two together and never
 *   cuts the title;
 * - a title that would run past the end of the data is drawn before its mark instead (the item
 *   starts that much earlier, its title box as wide as reckoned), so that "fit all" needs no
 *   empty stretch of axis after the last event.
 */
export function placeLabels(items: VisItem[], msPerPx: number): VisItem[] {
  const bounds = dataWindow(items);
  return items.map((item) => {
    if (isBucket(item) || !bounds) return item;
    const label = labelWidthPx(item.content);
    const spanPx = item.end ? (item.end.getTime() - item.start.getTime()) / msPerPx : 0;
    if (item.type === "range" && spanPx >= label) return item;
    const band = item.type === "range" ? Math.max(MIN_BAND_PX, Math.round(spanPx)) : 0;
    const start = item.start.getTime();
    // A title drawn after its item must end inside the data's window, with room for a title
    // drawn wider than reckoned.
    const flip =
      start + (band + label * 1.15) * msPerPx > bounds.end &&
      start - label * msPerPx >= bounds.start;
    if (item.type === "point" && !flip) return item;
    const point: VisItem = { ...item, type: "point" };
    delete point.end;
    const bandHtml = `<span class="tl-band" style="width:${band}px"></span>`;
    if (!flip) {
      return {
        ...point,
        content: `${bandHtml}<span class="tl-label">${item.content}</span>`,
        className: `${item.className} tl-short`.trim(),
      };
    }
    const mark = band ? bandHtml : `<span class="tl-mark"></span>`;
    return {
      ...point,
      start: new Date(start - label * msPerPx),
      content: `<span class="tl-label" style="width:${label}px">${item.content}</span>${mark}`,
      className: `${item.className}${band ? " tl-short" : ""} tl-flip`.trim(),
    };
  });
}

/**
 * The window that shows every item with its label, drawn `widthPx` wide: the items' span with a
 * little room, widened only for a label that can neither fit after its item nor go before it.
 */
export function fitWindow(
  items: readonly VisItem[],
  widthPx: number,
): { start: number; end: number } | null {
  const window = dataWindow(items);
  if (!window) return null;
  const { start } = window;
  const msPerPx = (window.end - start) / widthPx;
  let { end } = window;
  for (const item of items) {
    const label = Math.min(labelWidthPx(item.content), widthPx / 2);
    if (item.start.getTime() - label * msPerPx >= start) continue; // drawn before its mark
    // Where the label's start must be, in the window's width, for the label to end inside it.
    end = Math.max(end, start + ((item.start.getTime() - start) * widthPx) / (widthPx - label));
  }
  return { start, end };
}

/** How far the timeline can pan: the fitted window and a year around the items. */
export function panBounds(
  items: readonly VisItem[],
  fitted: { start: number; end: number } | null,
): { min: number; max: number } | null {
  const span = itemSpan(items);
  if (!span) return null;
  const margin = 365.25 * DAY_MS;
  return {
    min: Math.min(span.first - margin, fitted?.start ?? Infinity),
    max: Math.max(span.last + margin, fitted?.end ?? -Infinity),
  };
}
