/** The id of the key hint, which the timeline names as its description. */
export const TIMELINE_KEYS_ID = "timeline-keys";

// Swatches in the page's text colours; each type's own colour and shape are beside the Type filter.
const SWATCH = "inline-block shrink-0 border-zinc-700 dark:border-zinc-300";
const HATCH =
  "bg-[repeating-linear-gradient(135deg,rgb(63_63_70/0.45)_0_3px,transparent_3px_6px)] " +
  "dark:bg-[repeating-linear-gradient(135deg,rgb(212_212_216/0.45)_0_3px,transparent_3px_6px)]";

/**
 * What the timeline's marks mean, and its keys: above the timeline; on a phone folded below it,
 * so that the first events stay on the first screen (globals.css, .timeline-legend). A server component (the home page hands it to the explorer), so it
 * costs the page's scripts nothing.
 */
export function TimelineLegend() {
  return (
    <details className="timeline-legend order-last text-sm text-zinc-700 sm:order-none dark:text-zinc-300">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold sm:hidden">
        What the marks mean
      </summary>
      <div className="space-y-1">
        <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1">
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`${SWATCH} size-2.5 rounded-full border-[5px]`} />
            exact day
          </li>
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`${SWATCH} ${HATCH} h-3 w-6 rounded-sm border`} />
            month, year or approximate date
          </li>
          <li className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`${SWATCH} h-3 w-6 rounded-sm border border-dashed`}
            />
            expected (not yet happened at publication)
          </li>
          <li>colour and shape: the type, as beside the Type filter</li>
        </ul>
        {/* No keyboard hint on touch screens. */}
        <p id={TIMELINE_KEYS_ID} className="pointer-coarse:hidden">
          Keys: ← → select, Enter read details, Esc close, + − zoom, 0 fit all; Ctrl + wheel zooms
        </p>
      </div>
    </details>
  );
}
