import { onceFor } from "../store/per-store";
import type { EventView } from "../views/event-view";
import { createEventSearch } from "./event-search";
import { createEventFilter } from "./filter-events";

/**
 * The filter over a list of event views with its search index (kept beside it, to say what a
 * text matched), built once per list: the server's (eventViews of the store) or, in the static
 * export, the one the browser reads.
 */
export const eventFilterFor = onceFor((events: readonly EventView[]) => {
  const search = createEventSearch(events);
  return { ...createEventFilter(events, search), search };
});
