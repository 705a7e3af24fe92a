import type { StatementOptions, StatementsView } from "@/lib/explorer/statements";

type Option = { id: string; name: string };

const fieldClass =
  "mt-1 block w-full rounded border border-zinc-500 bg-white px-2 py-1 text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100";

function Choice({
  name,
  label,
  value,
  options,
  any,
}: {
  name: string;
  label: string;
  value: string;
  options: Option[];
  any: string;
}) {
  return (
    <label className="block text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value} className={fieldClass}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The filters as a plain GET form: it works without JavaScript, and each view is a URL. Empty
 * fields are sent as empty parameters, which the parser reads as unset.
 */
export function StatementFilters({
  query,
  options,
}: {
  query: StatementsView["query"];
  options: StatementOptions;
}) {
  return (
    <form
      method="get"
      action="/statements"
      role="search"
      aria-label="Filter the statements"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <label className="block text-sm font-semibold sm:col-span-2">
        Search
        <input type="search" name="q" defaultValue={query.q} className={fieldClass} />
      </label>
      <Choice
        name="speaker"
        label="Speaker"
        value={query.speaker}
        options={options.speakers}
        any="Anyone"
      />
      <Choice
        name="publisher"
        label="Publisher"
        value={query.publisher}
        options={options.publishers}
        any="Any publisher"
      />
      <Choice
        name="thread"
        label="Thread"
        value={query.thread}
        options={options.threads}
        any="Any thread"
      />
      <Choice
        name="type"
        label="Event type"
        value={query.type}
        options={options.types}
        any="Any type"
      />
      <label className="block text-sm font-semibold">
        Published from
        <input
          name="from"
          defaultValue={query.from}
          placeholder="2016"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          className={fieldClass}
        />
      </label>
      <label className="block text-sm font-semibold">
        Published to
        <input
          name="to"
          defaultValue={query.to}
          placeholder="2020-12"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          className={fieldClass}
        />
      </label>
      <div className="flex items-end gap-3">
        <button
          type="submit"
          className="rounded bg-blue-700 px-3 py-1.5 font-semibold text-white hover:bg-blue-800"
        >
          Show
        </button>
        <a
          href="/statements"
          className="text-sm text-blue-700 underline underline-offset-2 dark:text-blue-300"
        >
          Clear
        </a>
      </div>
    </form>
  );
}
