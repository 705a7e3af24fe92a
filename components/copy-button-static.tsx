/** The look of every copy button, with React (copy-button.tsx) or without. */
export const COPY_BUTTON_CLASS =
  "rounded border border-zinc-400 px-2 py-1 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800";

/**
 * A copy button for pages that ship no React (event pages): plain markup, wired by
 * public/copy-buttons.js. Hidden until that script runs, so no one meets a button that does
 * nothing; the text it copies is always on the page beside it, selectable.
 */
export function StaticCopyButton({ text, label }: { text: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button type="button" data-copy={text} hidden className={COPY_BUTTON_CLASS}>
        {label}
      </button>
      {/* Outside the button: a button's content is not read out as a live region. */}
      <span role="status" className="text-sm" />
    </span>
  );
}
