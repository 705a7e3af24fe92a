"use client";

import { useMemo } from "react";
import type { ExplainedSearch } from "@/lib/explorer/event-search";
import { createEventFilter } from "@/lib/explorer/filter-events";
import type { ListedEvent } from "@/lib/views/listed-event";

/**
 * The browser's filter over every event, once they are here (null before), with the text
 * search once that is loaded; and the events by id.
 */
export function useFilterEngine(
  events: readonly ListedEvent[] | null,
  textSearch: ExplainedSearch | null,
) {
  return useMemo(() => {
    if (!events) return null;
    const byId = new Map(events.map((event) => [event.id, event]));
    return { byId, filter: createEventFilter(events, textSearch) };
  }, [events, textSearch]);
}
