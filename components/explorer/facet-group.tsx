import type { FacetOption } from "@/lib/explorer/facets";

/**
 * One facet as a group of checkboxes with counts. A native <details>, so it folds without
 * JavaScript; open when something in it is chosen.
 */
export function FacetGroup({
  name,
  legend,
  options,
  chosen,
  onToggle,
  defaultOpen = false,
  marked = false,
}: {
  /** The URL parameter, so the form also works as a plain GET form. */
  name: string;
  legend: string;
  options: FacetOption[];
  chosen: string[];
  onToggle: (id: string) => void;
  defaultOpen?: boolean;
  /** Each option with its mark on the timeline (the types' colour and shape, globals.css). */
  marked?: boolean;
}) {
  const open = defaultOpen || chosen.length > 0;
  return (
    <details open={open} className="group rounded border border-zinc-300 dark:border-zinc-700">
      <summary className="min-h-11 cursor-pointer content-center px-3 py-2 text-sm font-semibold select-none sm:min-h-0">
        {legend}
        {chosen.length > 0 && (
          <span className="font-normal text-zinc-700 dark:text-zinc-300">
            {" "}
            · {chosen.length} chosen
          </span>
        )}
      </summary>
      <fieldset className="max-h-60 overflow-y-auto px-3 pb-2">
        <legend className="sr-only">{legend}</legend>
        {options.map((option) => {
          const checked = chosen.includes(option.id);
          const id = `${name}-${option.id}`;
          return (
            <div key={option.id} className="flex min-h-11 items-center gap-2 sm:min-h-7">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.id}
                checked={checked}
                onChange={() => onToggle(option.id)}
                className="size-4 shrink-0 accent-blue-700"
              />
              <label
                htmlFor={id}
                className={`flex flex-1 items-center gap-1.5 self-stretch text-sm ${option.count === 0 && !checked ? "text-zinc-600 dark:text-zinc-400" : ""}`}
              >
                {marked && <span aria-hidden="true" className={`type-mark tl-t-${option.id}`} />}
                {option.label}{" "}
                <span className="text-zinc-600 tabular-nums dark:text-zinc-400">
                  ({option.count})
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
