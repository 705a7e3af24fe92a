/**
 * The one vis-timeline adapter: the instance and its data, kept in step with the timeline
 * component's props (vis-timeline.tsx, for the explorer and the embed). Only that lazily loaded
 * module imports this, so vis stays in its chunk.
 */
import { DataSet } from "vis-data/peer";
import { Timeline, type IdType, type TimelineOptions } from "vis-timeline/peer";
import {
  BUCKET_PREFIX,
  DAY_MS,
  diffRows,
  fitWindow,
  panBounds,
  parseWindow,
  placeLabels,
  toWindow,
  type TimelineModel,
  type VisGroup,
  type VisItem,
} from "@/lib/timeline/timeline-items";
import type { TimelineWindow } from "@/lib/timeline/timeline-types";

const NO_ANIMATION = { animation: false };
const YEAR_MS = 365.25 * DAY_MS;
/** Above this many new or changed items, add them while looking away (see lookAway). */
const BULK = 100;

/** The timeline's height follows its rows up to this (a phone shows a strip, see maxHeight). */
const maxHeight = () =>
  window.matchMedia("(max-width: 40rem)").matches
    ? 200
    : Math.round(Math.min(560, Math.max(320, window.innerHeight * 0.6)));
/** Height when the reader asked for every row (vis needs a number). */
const ALL_ROWS = 100_000;

const OPTIONS: TimelineOptions = {
  orientation: "top",
  maxMinorChars: 4, // a label per year even on a phone
  showCurrentTime: false,
  zoomable: true,
  moveable: true,
  stack: true,
  margin: { axis: 8, item: { horizontal: 6, vertical: 6 } },
  zoomMin: 7 * DAY_MS,
  // The wheel scrolls the page (or the rows, when they overflow); Ctrl + wheel or a pinch zooms.
  zoomKey: "ctrlKey",
  verticalScroll: true,
  selectable: true,
  multiselect: false,
  // Content is escaped by us already; vis's own filter stays on as a second line of defence,
  // letting through only the band and label spans of placeLabels.
  xss: { disabled: false, filterOptions: { whiteList: { span: ["class", "style"] } } },
};

/** What vis passes of the tap that selected (a Hammer.js event). */
type TapEvent = { pointerType?: string };

/** How long after a tap its click may still come (a phone waits up to ~300 ms). */
const TAP_CLICK_MS = 600;

/**
 * A phone's click follows its tap, landing on whatever is under the finger by then: after a
 * selection, the details sheet (components/explorer/details-panel.tsx). Swallow that click unless
 * it lands on the timeline itself, so that a tap never follows a link it did not aim at.
 */
function swallowStrayClick(timeline: HTMLElement) {
  const until = performance.now() + TAP_CLICK_MS;
  const swallow = (click: MouseEvent) => {
    document.removeEventListener("click", swallow, true);
    if (performance.now() > until || timeline.contains(click.target as Node)) return;
    click.preventDefault();
    click.stopPropagation();
  };
  document.addEventListener("click", swallow, true);
  setTimeout(() => document.removeEventListener("click", swallow, true), TAP_CLICK_MS);
}

export interface VisAdapterHandlers {
  onSelect: (entryId: string | null) => void;
  /** The user panned or zoomed. */
  onWindowChange: (window: TimelineWindow) => void;
  /** The visible window changed, for whatever reason (the model depends on it). */
  onVisibleChange: (window: TimelineWindow) => void;
  /** Whether rows are hidden below the timeline's height, when that changes. */
  onOverflowChange: (overflowing: boolean) => void;
}

export class VisAdapter {
  private readonly timeline: Timeline;
  private readonly container: HTMLElement;
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
  private bounds = "";
  private overflowing = false;

  /** `height`: a fixed height (the embed's iframe); without it, the height follows the rows. */
  constructor(
    container: HTMLElement,
    handlers: VisAdapterHandlers,
    { height }: { height?: number } = {},
  ) {
    this.container = container;
    this.timeline = new Timeline(container, this.items, {
      ...OPTIONS,
      ...(height ? { height: `${height}px` } : { maxHeight: maxHeight() }),
    });
    this.timeline.on("select", ({ items, event }: { items: IdType[]; event?: TapEvent }) => {
      if (event?.pointerType === "touch") swallowStrayClick(container);
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
      this.placeLabels();
      if (range.byUser) handlers.onWindowChange(toWindow(range));
      handlers.onVisibleChange(toWindow(range));
    });
    this.timeline.on("changed", () => {
      // vis's own measure: its content (every row) against the panel that shows it.
      const center = container.querySelector<HTMLElement>(".vis-panel.vis-center");
      const rows = center?.querySelector<HTMLElement>(":scope > .vis-content");
      const overflowing = Boolean(center && rows && rows.offsetHeight > center.clientHeight + 1);
      if (overflowing === this.overflowing) return;
      this.overflowing = overflowing;
      handlers.onOverflowChange(overflowing);
    });
  }

  /** Show every row (the page scrolls past them) or fit the rows up to the usual height. */
  showAllRows(all: boolean) {
    this.timeline.setOptions({ maxHeight: all ? ALL_ROWS : maxHeight() });
  }

  destroy() {
    this.timeline.destroy();
  }

  /** Apply the difference to the new model; true when anything changed. */
  sync(model: TimelineModel): boolean {
    this.model = model;
    const changed = this.placeLabels();
    this.bound();
    return changed;
  }

  /** Draw the model's items with their labels placed for the current scale. */
  private placeLabels(): boolean {
    const model = this.model;
    if (!model) return false;
    const placed = placeLabels(model.items, this.msPerPx());
    const items = diffRows(this.shownItems, placed);
    const groups = diffRows(this.shownGroups, model.groups ?? []);
    const grouped = model.groups !== null;
    const changed =
      [items.remove, items.upsert, groups.remove, groups.upsert].some((list) => list.length > 0) ||
      grouped !== this.grouped;
    if (!changed) return false;

    const syncing = this.syncing;
    this.syncing = true;
    this.items.remove(items.remove);
    if (grouped !== this.grouped) this.timeline.setGroups(grouped ? this.groups : undefined);
    this.groups.remove(groups.remove);
    this.groups.update(groups.upsert);
    const restore = items.upsert.length > BULK ? this.lookAway(placed) : null;
    this.items.update(items.upsert);
    if (restore) this.timeline.setWindow(restore.start, restore.end, NO_ANIMATION);
    this.syncing = syncing;

    this.grouped = grouped;
    this.shownItems = new Map(placed.map((item) => [item.id, item]));
    this.shownGroups = new Map(model.groups?.map((group) => [group.id, group]));
    return true;
  }

  /** Panning and zooming out stop a little beyond the items (and their fitted window). */
  private bound() {
    const items = this.model?.items ?? [];
    const bounds = panBounds(items, fitWindow(items, this.width()));
    const key = bounds ? `${bounds.min}/${bounds.max}` : "";
    if (!bounds || key === this.bounds) return;
    this.bounds = key;
    this.timeline.setOptions({ ...bounds, zoomMax: bounds.max - bounds.min });
  }

  /** Width of the drawing area (without the lanes' labels). */
  private width(): number {
    const center = this.container.querySelector(".vis-panel.vis-center");
    return center?.clientWidth || this.container.clientWidth || 1;
  }

  private msPerPx(): number {
    const { start, end } = this.timeline.getWindow();
    return (end.getTime() - start.getTime()) / this.width();
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
    this.placeLabels();
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

  /** Zoom or fit as a user action, returning the new window to report. Zooming keeps the
   * selected event in view: it zooms about it. */
  zoom(action: "in" | "out" | "fit"): TimelineWindow {
    const selected = this.itemIdsOf(this.selectedId ?? null)[0];
    const item = selected === undefined ? undefined : this.shownItems.get(selected);
    if (action === "fit") {
      this.fitAll();
    } else if (item) {
      const { start, end } = this.timeline.getWindow();
      const span = (end.getTime() - start.getTime()) * (action === "in" ? 0.5 : 2);
      // The item's start at a third of the width, its label to the right of it.
      const at = item.start.getTime() - span / 3;
      this.timeline.setWindow(at, at + span, NO_ANIMATION);
    } else if (action === "in") {
      this.timeline.zoomIn(0.5, NO_ANIMATION);
    } else {
      this.timeline.zoomOut(0.5, NO_ANIMATION);
    }
    this.placeLabels();
    return this.getWindow();
  }

  getWindow(): TimelineWindow {
    return toWindow(this.timeline.getWindow());
  }

  /**
   * Show every item with its label. Not vis's fit(): that draws every item to measure it; the
   * items' own span and their labels' lengths are enough.
   */
  private fitAll() {
    const fitted = fitWindow(this.model?.items ?? [], this.width());
    if (fitted) this.timeline.setWindow(fitted.start, fitted.end, NO_ANIMATION);
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
