import type { ReactNode } from "react";

export type ZoomAction = "in" | "out" | "fit";

const CONTROLS: { action: ZoomAction; label: string }[] = [
  { action: "in", label: "Zoom in" },
  { action: "out", label: "Zoom out" },
  { action: "fit", label: "Fit all" },
];

/**
 * The zoom controls above the timeline, in the timeline's own chunk. The legend and the key
 * hint are the server's HTML (timeline-legend.tsx).
 */
export function TimelineFrame({
  onZoom,
  rows,
  children,
}: {
  onZoom: (action: ZoomAction) => void;
  /** Beside the controls: the control that shows every row, when some are hidden. */
  rows: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {CONTROLS.map(({ action, label }) => (
          <button
            key={action}
            type="button"
            onClick={() => onZoom(action)}
            className="min-h-11 rounded-md border border-zinc-400 px-3 py-1 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#1d4ed8] sm:min-h-8 dark:border-zinc-600 dark:hover:bg-zinc-800 dark:focus-visible:outline-[#60a5fa]"
          >
            {label}
          </button>
        ))}
        {rows}
      </div>
      {children}
    </div>
  );
}
