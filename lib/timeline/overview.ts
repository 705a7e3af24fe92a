/**
 * The timeline's overview: every entry of a result placed on one strip, laid out on the server
 * so that it is the timeline before (and without) any script, and on a phone. Pure: no React,
 * no vis. Positions are fractions of the strip; labels are placed at the narrowest width the
 * strip is drawn at (OVERVIEW_WIDTH_PX), so that they fit at any wider one.
 */
import type { EventType } from "../store/schema";
import type { TimelineEntry } from "./timeline-types";
import { dayStart } from "../store/iso-day";
import { DAY_MS } from "./timeline-items";

/** The narrowest strip the layout must fit: a 360 px phone, less the page's margins. */
export const OVERVIEW_WIDTH_PX = 320;
/** The smallest tap target: entries closer than this share one mark. */
export const TARGET_PX = 44;
/** Rows of marks at most; an entry that finds no room joins the mark before it. */
export const MAX_ROWS = 4;
/** A label wraps onto at most this many lines of about CHAR_PX per character. */
const MAX_LINES = 4;
const CHAR_PX = 7.8;
/** The type mark and the padding beside a label (components/timeline/timeline-overview.tsx). */
const LABEL_PAD_PX = 26;
const MAX_BOX_PX = 220;
/** Room for the unevenness of wrapped lines. */
const WRAP_SLACK = 1.12;
/** Space left between two marks of one row. */
const GAP_PX = 6;
/** Distinct types a grouped mark shows at most. */
const MAX_TYPES = 3;

export interface OverviewMark {
  /** The entries it stands for, in date order. */
  ids: string[];
  /** The first entry's title, or "N events". */
  label: string;
  /** The distinct types among its entries, first seen first (at most MAX_TYPES). */
  types: EventType[];
  /** Its dates in words: the entry's, or the first and the last entry's ("Mar 2011 – 2014"). */
  dates: string;
  /**
   * For a grouped mark, the `from` and `to` days that show only its entries; null for one entry,
   * or when they would show no fewer than the strip does (all in one mark), so that the mark
   * leads to its first entry instead.
   */
  range: { from: string; to: string } | null;
  /** Where the box starts and how wide it is drawn, at OVERVIEW_WIDTH_PX: fractions and px. */
  left: number;
  widthPx: number;
  /** Lines its label wraps onto in that width. */
  lines: number;
  /** Drawn before its place (it would run past the strip's end): the type mark at its end. */
  before: boolean;
  /** Where its first entry starts on the strip and the span its entries cover: fractions. */
  at: number;
  span: number;
  row: number;
}

export interface OverviewTick {
  year: number;
  /** Where 1 January of the year is, as a fraction of the strip. */
  at: number;
}

export interface Overview {
  marks: OverviewMark[];
  /** Per row of marks, the most lines a label of it takes. */
  rowLines: number[];
  ticks: OverviewTick[];
}

/** About how wide a label's box is drawn, its lines balanced, with the type mark beside it. */
function labelBox(label: string): { widthPx: number; lines: number } {
  const text = label.length * CHAR_PX * WRAP_SLACK;
  const lines = Math.min(MAX_LINES, Math.ceil(text / (MAX_BOX_PX - LABEL_PAD_PX)));
  const widthPx = Math.ceil(text / lines) + LABEL_PAD_PX;
  return { widthPx: Math.max(TARGET_PX, Math.min(MAX_BOX_PX, widthPx)), lines };
}

/** Years between axis labels: the smallest step that keeps them TARGET_PX apart. */
function ticks(first: number, last: number): OverviewTick[] {
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(last).getUTCFullYear();
  const pxPerYear = ((365.25 * DAY_MS) / (last - first)) * OVERVIEW_WIDTH_PX;
  const step = [1, 2, 5, 10, 20, 50, 100].find((years) => years * pxPerYear >= TARGET_PX) ?? 100;
  const result: OverviewTick[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    const at = (Date.UTC(year, 0, 1) - first) / (last - first);
    if (at >= 0 && at <= 1) result.push({ year, at });
  }
  return result;
}

interface Draft {
  entries: TimelineEntry[];
  startPx: number;
  endPx: number;
}

/**
 * The overview of `entries` (any order). Entries whose starts lie closer than TARGET_PX are one
 * mark; each mark goes in the first row where its box (mark and label) fits, and one that fits
 * in none of MAX_ROWS joins the mark before it. A box that would run past the strip's end is
 * drawn before its mark instead.
 */
export function overviewLayout(entries: readonly TimelineEntry[]): Overview {
  if (entries.length === 0) return { marks: [], rowLines: [], ticks: [] };
  const sorted = [...entries].sort((a, b) => a.earliest.localeCompare(b.earliest));
  const starts = sorted.map((entry) => dayStart(entry.earliest).getTime());
  const ends = sorted.map((entry) => dayStart(entry.latest).getTime() + DAY_MS);
  const spanFirst = Math.min(...starts);
  const spanLast = Math.max(...ends);
  // Room on each side, so that no mark sits on the strip's edge.
  const margin = Math.max(spanLast - spanFirst, 60 * DAY_MS) * 0.03;
  const first = spanFirst - margin;
  const last = spanLast + margin;
  const toPx = (time: number) => ((time - first) / (last - first)) * OVERVIEW_WIDTH_PX;

  const drafts: Draft[] = [];
  sorted.forEach((entry, index) => {
    const startPx = toPx(starts[index]!);
    const endPx = toPx(ends[index]!);
    const open = drafts.at(-1);
    if (open && startPx - open.startPx < TARGET_PX) {
      open.entries.push(entry);
      open.endPx = Math.max(open.endPx, endPx);
    } else {
      drafts.push({ entries: [entry], startPx, endPx });
    }
  });

  const placed: {
    draft: Draft;
    row: number;
    boxLeft: number;
    widthPx: number;
    lines: number;
  }[] = [];
  const rowEnds: number[] = [];
  const box = (draft: Draft) => {
    const { widthPx, lines } = labelBox(labelOf(draft.entries));
    const boxLeft = Math.max(0, Math.min(draft.startPx, OVERVIEW_WIDTH_PX - widthPx));
    return { widthPx, lines, boxLeft };
  };
  for (const draft of drafts) {
    const { widthPx, lines, boxLeft } = box(draft);
    const row = [...Array(MAX_ROWS).keys()].find((r) => (rowEnds[r] ?? -Infinity) <= boxLeft);
    const previous = placed.at(-1);
    if (row === undefined && previous) {
      previous.draft.entries.push(...draft.entries);
      previous.draft.endPx = Math.max(previous.draft.endPx, draft.endPx);
      Object.assign(previous, box(previous.draft));
      rowEnds[previous.row] = previous.boxLeft + previous.widthPx + GAP_PX;
      continue;
    }
    const at = row ?? 0;
    placed.push({ draft, row: at, boxLeft, widthPx, lines });
    rowEnds[at] = boxLeft + widthPx + GAP_PX;
  }

  const marks = placed.map(({ draft, row, boxLeft, widthPx, lines }): OverviewMark => {
    const group = draft.entries;
    const firstEntry = group[0]!;
    const lastEntry = group.reduce((a, b) => (b.latest > a.latest ? b : a));
    const dates =
      firstEntry.label === lastEntry.label
        ? firstEntry.label
        : `${firstEntry.label} – ${lastEntry.label}`;
    return {
      ids: group.map((entry) => entry.id),
      label: labelOf(group),
      types: [...new Set(group.map((entry) => entry.type))].slice(0, MAX_TYPES),
      dates,
      range:
        group.length > 1 && placed.length > 1
          ? { from: firstEntry.earliest, to: lastEntry.latest }
          : null,
      left: boxLeft / OVERVIEW_WIDTH_PX,
      widthPx,
      lines,
      before: boxLeft < draft.startPx - TARGET_PX / 2,
      at: draft.startPx / OVERVIEW_WIDTH_PX,
      span: Math.max(0, draft.endPx - draft.startPx) / OVERVIEW_WIDTH_PX,
      row,
    };
  });
  const rowLines: number[] = [];
  for (const mark of marks) rowLines[mark.row] = Math.max(rowLines[mark.row] ?? 1, mark.lines);
  return { marks, rowLines, ticks: ticks(first, last) };
}

const labelOf = (entries: readonly TimelineEntry[]) =>
  entries.length === 1 ? entries[0]!.title : `${entries.length} events`;
