import { datedBy } from "../store/attribution";
import type { ListedEvent } from "../views/listed-event";
import type { Grouping } from "./explorer-query";
import type { ExplorerResult } from "./explorer-result";
import { queryWindow } from "./timeline-query";
import type { Facet, FacetOption } from "./facets";
import { buildModel, type TimelineModel } from "../timeline/timeline-items";
import type { TimelineEntry, TimelineLane } from "../timeline/timeline-types";

/** The result as the timeline draws it, with each event's lanes for the chosen grouping. */
export function timelineEntries(events: readonly ListedEvent[], group: Grouping): TimelineEntry[] {
  return events.map((event) => ({
    id: event.id,
    title: event.title,
    type: event.type,
    label: event.label,
    datedBy: datedBy(event.sources),
    earliest: event.earliest,
    latest: event.latest,
    precise: event.precise,
    expected: event.status === "expected",
    lanes:
      group === "actor"
        ? event.actors.map((actor) => actor.id)
        : group === "type"
          ? [event.type]
          : [],
  }));
}

/** Lanes by actor beyond this many are one lane, "Other actors". */
export const MAX_ACTOR_LANES = 7;

/**
 * The lanes that hold at least one entry; null when not grouped. Types keep the facet's order
 * (the legend's) and their colour; actors go by number of entries, the most first, and the
 * fewest share one lane once there are more than MAX_ACTOR_LANES.
 */
export function timelineLanes(
  entries: TimelineEntry[],
  group: Grouping,
  facets: Record<Facet, FacetOption[]>,
): TimelineLane[] | null {
  if (group === "none") return null;
  const counts = new Map<string, number>();
  const count = (id: string) => counts.get(id) ?? 0;
  for (const lane of entries.flatMap((entry) => entry.lanes)) counts.set(lane, count(lane) + 1);
  const used = facets[group === "actor" ? "actors" : "types"].filter((option) =>
    counts.has(option.id),
  );
  if (group === "type") {
    return used.map((option) => ({
      id: option.id,
      name: option.label,
      className: `tl-lane tl-t-${option.id}`,
    }));
  }
  const byCount = used
    .sort((a, b) => count(b.id) - count(a.id) || a.label.localeCompare(b.label))
    .map(({ id, label }) => ({ id, name: label }));
  if (byCount.length <= MAX_ACTOR_LANES) return byCount;
  const shown = byCount.slice(0, MAX_ACTOR_LANES - 1);
  const rest = byCount.length - shown.length;
  return [...shown, { id: "__others", name: `Other actors (${rest})`, others: true }];
}

/** What the timeline draws of a result: an entry per event, and the lanes of its grouping. */
export interface ResultTimeline {
  entries: TimelineEntry[];
  lanes: TimelineLane[] | null;
}

/** What the timeline needs of a result. */
type TimelineResult = Pick<ExplorerResult, "query" | "facets"> & {
  events: readonly ListedEvent[];
};

const derived = new WeakMap<TimelineResult, ResultTimeline>();

/**
 * The timeline of a result, derived once per result (each filtering makes a new one). The
 * result must hold every event it matched: a snapshot's holds its first page only, and comes
 * with its model instead (firstTimelineModel).
 */
export function resultTimeline(result: TimelineResult): ResultTimeline {
  let timeline = derived.get(result);
  if (!timeline) {
    const { group } = result.query;
    const entries = timelineEntries(result.events, group);
    timeline = { entries, lanes: timelineLanes(entries, group, result.facets) };
    derived.set(result, timeline);
  }
  return timeline;
}

/**
 * What the timeline draws first for a result: the query's window (or all) in view, its
 * selection drawn. The server sends it with the page, so the timeline is drawn as soon as its
 * code is here; the browser later derives the same items, by the same functions, from every
 * event, and vis has nothing to redraw.
 */
export function firstTimelineModel(result: TimelineResult): TimelineModel {
  const { entries, lanes } = resultTimeline(result);
  return buildModel(entries, lanes, {
    visible: queryWindow(result.query),
    selectedId: result.query.event,
  });
}
