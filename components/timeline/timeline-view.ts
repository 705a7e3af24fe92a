/**
 * The vis-timeline instance and its data, kept in step with the component's props. Only
 * vis-event-timeline.tsx imports this, so vis stays in the lazily loaded chunk.
 */
import { DataSet } from "vis-data/peer";
import { Timeline, type IdType, type TimelineOptions } from "vis-timeline/peer";
import { TIMELINE_HEIGHT_PX } from "./timeline-frame";
import {
  BUCKET_PREFIX,
  DAY_MS,
  diffRows,
  parseWindow,
  toWindow,
  type TimelineModel,
  type VisGroup,
  type VisItem,
} from "@/lib/timeline-items";
import type { TimelineWindow } from "@/lib/timeline-types";

const NO_ANIMATION = { animation: false };
const YEAR_MS = 365.25 * DAY_MS;
/** Above this many new or changed items, add them while looking away (see lookAway). */
const BULK = 100;

const OPTIONS: TimelineOptions = {
  height: `${TIMELINE_HEIGHT_PX}px`,
  orientation: "top",
  maxMinorChars: 4, // a label per year even on a phone
  showCurrentTime: false,
  zoomable: true,
  moveable: true,
  stack: true,
  margin: { axis: 8, item: { horizontal: 6, vertical: 6 } },
  zoomMin: 7 * DAY_MS,
  zoomMax: 30 * YEAR_MS,
  selectable: true,
  multiselect: false,
  // Content is escaped by us already; vis's own filter stays on as a second line of defence.
  xss: { disabled: false },
};

export interface TimelineViewHandlers {
  onSelect: (entryId: string | null) => void;
  /** The user panned or zoomed. */
  onWindowChange: (window: TimelineWindow) => void;
  /** The visible window changed, for whatever reason (the model depends on it). */
  onVisibleChange: (window: TimelineWindow) => void;
}

export class TimelineView {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem>();
  private readonly groups = new DataSet<VisGroup>();
  /** What the DataSets hold, to diff the next model against. */
  private shownItems = new Map<string, VisItem>();
  private shownGroups = new Map<string, VisGroup>();
  private model: TimelineModel | null = null;
  private grouped = false;
  /** True while sync() moves the window about; those moves are not the user's. */
  private syncing = false;
  /** Last window and selection asked for through props ("unset" before the first). */
  private windowKey: string | null | undefined;
  private selectedId: string | null | undefined;

  constructor(container: HTMLElement, handlers: TimelineViewHandlers) {
    this.timeline = new Timeline(container, this.items, OPTIONS);
    this.timeline.on("select", ({ items }: { items: IdType[] }) => {
      const id = String(items[0]);
      const bucket = id.startsWith(BUCKET_PREFIX) ? this.shownItems.get(id) : undefined;
      if (bucket?.end) {
        // A band of a year's events: zoom into that year instead of selecting.
        this.timeline.setSelection(this.itemIdsOf(this.selectedId ?? null));
        this.timeline.setWindow(bucket.start, bucket.end, NO_ANIMATION);
        handlers.onWindowChange(this.getWindow());
        return;
      }
      const entryId = this.model?.entryIdByItem.get(id) ?? null;
      this.timeline.setSelection(this.itemIdsOf(entryId)); // every lane's copy
      handlers.onSelect(entryId);
    });
    this.timeline.on("rangechanged", (range: { start: Date; end: Date; byUser?: boolean }) => {
      if (this.syncing) return;
      if (range.byUser) handlers.onWindowChange(toWindow(range));
      handlers.onVisibleChange(toWindow(range));
    });
  }

  destroy() {
    this.timeline.destroy();
  }

  /** Apply the difference to the new model; true when anything changed. */
  sync(model: TimelineModel): boolean {
    this.model = model;
    const items = diffRows(this.shownItems, model.items);
    const groups = diffRows(this.shownGroups, model.groups ?? []);
    const grouped = model.groups !== null;
    const changed =
      [items.remove, items.upsert, groups.remove, groups.upsert].some((list) => list.length > 0) ||
      grouped !== this.grouped;
    if (!changed) return false;

    this.syncing = true;
    this.items.remove(items.remove);
    if (grouped !== this.grouped) this.timeline.setGroups(grouped ? this.groups : undefined);
    this.groups.remove(groups.remove);
    this.groups.update(groups.upsert);
    const restore = items.upsert.length > BULK ? this.lookAway(model.items) : null;
    this.items.update(items.upsert);
    if (restore) this.timeline.setWindow(restore.start, restore.end, NO_ANIMATION);
    this.syncing = false;

    this.grouped = grouped;
    this.shownItems = new Map(model.items.map((item) => [item.id, item]));
    this.shownGroups = new Map(model.groups?.map((group) => [group.id, group]));
    return true;
  }

  /**
   * Show the window asked for when that request changes; with none, fit all entries when the
   * request is cleared or the entries changed.
   */
  showWindow(window: TimelineWindow | null, entriesChanged: boolean) {
    const key = window && `${window.start}/${window.end}`;
    const requestChanged = key !== this.windowKey;
    this.windowKey = key;
    const range = window && parseWindow(window);
    if (range) {
      const current = this.getWindow();
      const differs = current.start !== window.start || current.end !== window.end;
      if (requestChanged && differs) this.timeline.setWindow(range.start, range.end, NO_ANIMATION);
    } else if (requestChanged || entriesChanged) {
      this.fitAll();
    }
  }

  /** Select an entry's items; when the selection changed, bring them into view if off screen. */
  select(entryId: string | null) {
    const ids = this.itemIdsOf(entryId);
    this.timeline.setSelection(ids);
    // The first selection is the one the page loaded with: keep the window it asked for.
    const changed = this.selectedId !== undefined && this.selectedId !== entryId;
    this.selectedId = entryId;
    const item = ids[0] === undefined ? undefined : this.shownItems.get(ids[0]);
    if (!changed || !item) return;
    const { start, end } = this.timeline.getWindow();
    if (item.start > end || (item.end ?? item.start) < start) {
      this.timeline.focus(ids, { ...NO_ANIMATION, zoom: false });
    }
  }

  /** Zoom or fit as a user action, returning the new window to report. */
  zoom(action: "in" | "out" | "fit"): TimelineWindow {
    if (action === "in") this.timeline.zoomIn(0.5, NO_ANIMATION);
    else if (action === "out") this.timeline.zoomOut(0.5, NO_ANIMATION);
    else this.fitAll();
    return this.getWindow();
  }

  getWindow(): TimelineWindow {
    return toWindow(this.timeline.getWindow());
  }

  /**
   * Show every item. Not vis's fit(): that draws every item to measure it; the items' own span
   * is enough.
   */
  private fitAll() {
    if (this.shownItems.size === 0) return;
    let first = Infinity;
    let last = -Infinity;
    for (const { start, end } of this.shownItems.values()) {
      first = Math.min(first, start.getTime());
      last = Math.max(last, (end ?? start).getTime());
    }
    const span = Math.max(last - first, 7 * DAY_MS);
    // More room on the right, where the last point's title is drawn beside its dot.
    this.timeline.setWindow(first - span * 0.03, last + span * 0.15, NO_ANIMATION);
  }

  /**
   * vis draws and measures each added item that is in view on its own, which takes seconds for
   * thousands of items. Looking at a stretch of time before every item while adding avoids that;
   * returns the window to go back to.
   */
  private lookAway(items: VisItem[]) {
    const window = this.timeline.getWindow();
    const first = items.reduce((min, item) => Math.min(min, item.start.getTime()), Infinity);
    this.timeline.setWindow(first - 2 * YEAR_MS, first - YEAR_MS, NO_ANIMATION);
    return window;
  }

  private itemIdsOf(entryId: string | null): string[] {
    return (entryId && this.model?.itemIdsByEntry.get(entryId)) || [];
  }
}
