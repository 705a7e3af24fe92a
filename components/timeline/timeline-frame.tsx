import type { ReactNode } from "react";

/** Height of the timeline itself; the loading placeholder has the same, so nothing shifts. */
export const TIMELINE_HEIGHT_PX = 320;

export type ZoomAction = "in" | "out" | "fit";

const CONTROLS: { action: ZoomAction; label: string }[] = [
  { action: "in", label: "Zoom in" },
  { action: "out", label: "Zoom out" },
  { action: "fit", label: "Fit all" },
];

// Swatch colours match timeline.css (blue-700 in light, blue-400 in dark).
const SWATCH = "inline-block shrink-0 border-[#1d4ed8] dark:border-[#60a5fa]";
const HATCH =
  "bg-[repeating-linear-gradient(135deg,rgb(29_78_216/0.3)_0_3px,transparent_3px_6px)] " +
  "dark:bg-[repeating-linear-gradient(135deg,rgb(96_165_250/0.45)_0_3px,transparent_3px_6px)]";

/**
 * Controls, legend and key hint around the timeline. The loading placeholder renders the same
 * frame without `onZoom` (buttons disabled), so the page does not jump when vis arrives.
 */
export function TimelineFrame({
  onZoom,
  hintId,
  children,
}: {
  onZoom?: (action: ZoomAction) => void;
  hintId?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <div className="flex gap-2">
          {CONTROLS.map(({ action, label }) => (
            <button
              key={action}
              type="button"
              disabled={!onZoom}
              onClick={() => onZoom?.(action)}
              className="rounded-md border border-zinc-400 px-3 py-1 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#1d4ed8] disabled:opacity-60 dark:border-zinc-600 dark:hover:bg-zinc-800 dark:focus-visible:outline-[#60a5fa]"
            >
              {label}
            </button>
          ))}
        </div>
        <ul
          aria-label="Legend"
          className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300"
        >
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
        </ul>
      </div>
      <p id={hintId} className="text-sm text-zinc-700 dark:text-zinc-300">
        Keys: ← → select, + − zoom, 0 fit all
      </p>
      {children}
    </div>
  );
}
