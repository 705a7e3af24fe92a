import type { EventType, Named } from "../store/schema";

/** One event as the timeline draws it: plain data, already filtered by the explorer. */
export interface TimelineEntry {
  id: string;
  title: string;
  type: EventType;
  /** Date label as shown in the list: "16 Feb 2017", "Dec 2015", "c. 2014". */
  label: string;
  /** Whose words date it, when several publishers report it: "dated by DW (Deutsche Welle)". */
  datedBy: string | null;
  /** First and last day covered (ISO dates, UTC). */
  earliest: string;
  latest: string;
  /** Day-precise single dates are drawn as points; everything else as a band over its span. */
  precise: boolean;
  /** Reported as still to come at publication. */
  expected: boolean;
  /** Lane ids this event belongs to when the timeline is grouped; empty when not grouped. */
  lanes: string[];
}

export interface TimelineLane extends Named {
  /** The lane for every entry whose own lanes are not shown (at most one). */
  others?: boolean;
  className?: string;
}

/** The visible time range, as ISO dates (UTC). */
export interface TimelineWindow {
  start: string;
  end: string;
}
