import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import type { EventView } from "@/lib/views/event-view";
import type { ListedEvent } from "@/lib/views/listed-event";
import { EventDetail } from "../event-detail";
import { eventPath } from "@/lib/deploy/site";

/** A downward swipe this long on the panel's bar closes it. */
const SWIPE_CLOSE_PX = 60;

const linkClass = "text-blue-700 underline underline-offset-2 dark:text-blue-300";

/**
 * What the selected event's sources say, where the eye already is: from the xl breakpoint a
 * sticky column beside the timeline and the list, below it a sheet over the bottom of the screen
 * (globals.css, .details-panel). Opening it never scrolls the page. It closes with its "Close
 * details" link (a real link: it works without JavaScript), Esc, or a swipe down on its bar.
 */
export function DetailsPanel({
  selected,
  event,
  hidden,
  closeHref,
  onClose,
  panelRef,
  marks,
  children,
}: {
  selected: ListedEvent | null;
  /** The whole event, once its texts are here. */
  event: EventView | undefined;
  /** The selection does not pass the filters. */
  hidden: boolean;
  closeHref: string;
  onClose: () => void;
  /** Where "Read details" moves the focus. */
  panelRef: RefObject<HTMLElement | null>;
  /** Words a text search matched (folded), marked in the details. */
  marks?: readonly string[];
  /** Shown at the end of the details (related events). */
  children?: ReactNode;
}) {
  const swipeFrom = useRef<number | null>(null);
  const selectedId = selected?.id ?? null;
  useEffect(() => {
    if (!selectedId) return;
    const onKeyDown = (key: KeyboardEvent) => {
      const field =
        key.target instanceof HTMLElement && key.target.closest("input, select, textarea");
      if (key.key === "Escape" && !field && !key.defaultPrevented) onClose();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [selectedId, onClose]);

  return (
    <aside
      ref={panelRef}
      tabIndex={-1}
      aria-label="Selected event"
      id="details"
      data-open={selected ? "" : undefined}
      className="details-panel"
    >
      {selected ? (
        <>
          <div
            className="details-bar"
            onTouchStart={(touch) => {
              swipeFrom.current = touch.touches[0]?.clientY ?? null;
            }}
            onTouchEnd={(touch) => {
              const to = touch.changedTouches[0]?.clientY;
              const from = swipeFrom.current;
              swipeFrom.current = null;
              if (from !== null && to !== undefined && to - from > SWIPE_CLOSE_PX) onClose();
            }}
          >
            <span aria-hidden="true" className="details-handle" />
            <a
              href={closeHref}
              onClick={(click) => {
                click.preventDefault();
                onClose();
              }}
              className={`${linkClass} inline-flex min-h-11 items-center text-sm font-semibold xl:min-h-0`}
            >
              Close details
            </a>
          </div>
          <div className="space-y-3">
            {hidden && (
              <p className="text-sm font-semibold text-amber-800 dark:text-amber-300">
                This event is hidden by the current filters.
              </p>
            )}
            {event ? (
              <EventDetail event={event} headingLevel={3} marks={marks}>
                {children}
                <p className="text-sm">
                  <a href={eventPath(event.id)} className={`${linkClass} font-semibold`}>
                    Event page (permalink)
                  </a>
                </p>
              </EventDetail>
            ) : (
              <>
                <h3 className="text-xl leading-snug font-semibold">{selected.title}</h3>
                <p role="status">Loading what its sources say…</p>
              </>
            )}
          </div>
        </>
      ) : (
        <p className="details-empty">
          Select an event in the list or on the timeline to see what its sources say.
        </p>
      )}
    </aside>
  );
}
