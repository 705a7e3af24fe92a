import type { ReactNode } from "react";

/**
 * "Data": downloads and the embed snippet, folded under one button beside the result line. It
 * opens over the page (a popover below it), so opening it never pushes the timeline down.
 */
export function DataMenu({ children }: { children: ReactNode }) {
  return (
    <details className="relative shrink-0 print:hidden">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded border border-zinc-400 px-3 text-sm font-semibold hover:bg-zinc-100 sm:min-h-8 dark:border-zinc-600 dark:hover:bg-zinc-800">
        Data
      </summary>
      <div className="absolute top-full right-0 z-30 mt-1 w-[min(36rem,calc(100vw-2rem))] space-y-3 rounded border border-zinc-300 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        {children}
      </div>
    </details>
  );
}
