/**
 * Pure mapping from timeline entries to vis-timeline items and groups, and the small date and
 * diff helpers the timeline needs. No React and no vis import, so it can be unit-tested.
 */
import type { TimelineEntry, TimelineLane, TimelineWindow } from "./timeline-types";

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

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** Midnight UTC of an ISO day. */
export const dayStart = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** The ISO day (UTC) a moment falls on. */
export const toIsoDay = (date: Date) => date.toISOString().slice(0, 10);

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
  const classes = [entry.precise ? "" : "tl-imprecise", entry.expected ? "tl-expected" : ""];
  const item: VisItem = {
    id,
    content: escapeHtml(entry.title),
    title: escapeHtml(`${entry.label} — ${entry.title}`),
    type: entry.precise ? "point" : "range",
    start: dayStart(entry.earliest),
    className: classes.filter(Boolean).join(" "),
  };
  // A band covers whole days: it ends where the day after `latest` begins.
  if (!entry.precise) item.end = new Date(dayStart(entry.latest).getTime() + DAY_MS);
  if (group !== undefined) item.group = group;
  return item;
}

/** Items (one per entry, or one per entry and lane when grouped) and the groups to show. */
export function buildModel(entries: TimelineEntry[], lanes: TimelineLane[] | null): TimelineModel {
  const items: VisItem[] = [];
  const itemIdsByEntry = new Map<string, string[]>();
  const entryIdByItem = new Map<string, string>();
  const laneIds = new Set(lanes?.map((lane) => lane.id));
  let usesNoLane = false;

  for (const entry of entries) {
    const ids: string[] = [];
    if (lanes === null) {
      items.push(toItem(entry, entry.id));
      ids.push(entry.id);
    } else {
      const entryLanes = entry.lanes.filter((lane) => laneIds.has(lane));
      if (entryLanes.length === 0) {
        entryLanes.push(NO_LANE.id);
        usesNoLane = true;
      }
      for (const lane of entryLanes) {
        const id = `${entry.id}::${lane}`;
        items.push(toItem(entry, id, lane));
        ids.push(id);
      }
    }
    itemIdsByEntry.set(entry.id, ids);
    for (const id of ids) entryIdByItem.set(id, entry.id);
  }

  const shownLanes = lanes && (usesNoLane ? [...lanes, NO_LANE] : lanes);
  const groups =
    shownLanes?.map((lane, order) => ({ id: lane.id, content: escapeHtml(lane.name), order })) ??
    null;
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
