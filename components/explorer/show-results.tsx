/**
 * On a phone the filters come before the results: after a filter changes, this button stays at
 * the foot of the screen while the filters are on it, and brings the results into view.
 */
export function ShowResults({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div className="sticky bottom-3 z-30 mt-3 lg:hidden">
      <button
        type="button"
        onClick={() => {
          onShow();
          document.getElementById("results")?.focus();
        }}
        className="min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white shadow-lg dark:bg-blue-400 dark:text-zinc-950"
      >
        Show {count} {count === 1 ? "event" : "events"}
      </button>
    </div>
  );
}
