"use client";

import dynamic from "next/dynamic";
import { TimelinePlaceholder } from "./timeline-placeholder";
import type { EventTimelineProps } from "./timeline-types";

// vis-timeline needs the DOM and is large: load it in the browser only, in its own chunk.
const VisEventTimeline = dynamic(() => import("./vis-event-timeline"), {
  ssr: false,
  loading: () => <TimelinePlaceholder />,
});

/** Interactive timeline of the filtered events; the event list stays the accessible form. */
export function EventTimeline(props: EventTimelineProps) {
  return <VisEventTimeline {...props} />;
}
