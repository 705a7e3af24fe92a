"use client";

import type { ExplorerQuery, Grouping, SortOrder } from "@/lib/explorer/explorer-query";
import { FACET_TABLE, type Facet, type FacetOption } from "@/lib/explorer/facets";
import type { HistoryMode } from "./use-explorer-url";
import { FacetGroup } from "./facet-group";
import { SearchBox } from "./search-box";

const SORT_OPTIONS: { value: SortOrder; label: string }[] = [
  { value: "date", label: "By date" },
  { value: "relevance", label: "Best match first" },
];

const GROUP_OPTIONS: { value: Grouping; label: string }[] = [
  { value: "none", label: "One lane" },
  { value: "actor", label: "One lane per actor" },
  { value: "type", label: "One lane per type" },
];

const fieldClass =
  "w-full rounded border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900";

/**
 * Every filter of the explorer. It is also a plain GET form on "/" with the URL's parameter
 * names, so without JavaScript "Apply" reloads the page with the same filters.
 */
export function FilterPanel({
  query,
  searchText,
  facets,
  onChange,
  onSearchFocus,
}: {
  query: ExplorerQuery;
  /**
   * The search words in the URL. The view shown (`query`) can still be the last one while a new
   * search is prepared; the box must not fall back to it under the reader's fingers.
   */
  searchText: string;
  facets: Record<Facet, FacetOption[]>;
  onChange: (next: ExplorerQuery, mode: HistoryMode) => void;
  /** The search box has the focus: a search is about to be typed. */
  onSearchFocus: () => void;
}) {
  const toggle = (facet: Facet, id: string) => {
    const values: readonly string[] = query[facet];
    const next = values.includes(id) ? values.filter((value) => value !== id) : [...values, id];
    onChange({ ...query, [facet]: next }, "push");
  };
  // What is set among the folded filters (all but the search).
  const moreChosen =
    FACET_TABLE.reduce((sum, { facet }) => sum + query[facet].length, 0) +
    (query.from ? 1 : 0) +
    (query.to ? 1 : 0) +
    (query.expected ? 0 : 1) +
    (query.group === "none" ? 0 : 1);
  // Dates are committed on change (blur or Enter), not per keystroke.
  const dateField = (key: "from" | "to", label: string) => (
    <div className="space-y-1">
      <label htmlFor={`date-${key}`} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        key={`${key}:${query[key] ?? ""}`}
        id={`date-${key}`}
        name={key}
        defaultValue={query[key] ?? ""}
        inputMode="numeric"
        placeholder="e.g. 2016-03"
        aria-describedby="date-help"
        className={fieldClass}
        onBlur={(event) => {
          const value = event.currentTarget.value.trim() || null;
          if (value !== query[key]) onChange({ ...query, [key]: value }, "push");
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.currentTarget.blur();
        }}
      />
    </div>
  );

  return (
    <form
      action="/"
      method="get"
      aria-label="Filters"
      className="space-y-4"
      onSubmit={(event) => event.preventDefault()}
    >
      <SearchBox
        value={searchText}
        onFocus={onSearchFocus}
        onSearch={(q, mode) =>
          // A new search is read best match first; clearing it goes back to dates.
          onChange({ ...query, q, sort: !q ? "date" : query.q ? query.sort : "relevance" }, mode)
        }
      />
      {query.q && (
        <SelectField
          name="sort"
          label="Order"
          value={query.sort}
          options={SORT_OPTIONS}
          onChange={(sort) => onChange({ ...query, sort }, "push")}
        />
      )}
      {/* On a phone the filters below fold under one line, so that the events come first; from
          the lg breakpoint they are always shown (globals.css, .more-filters). */}
      <details className="more-filters">
        <summary className="flex min-h-11 cursor-pointer items-center rounded border border-zinc-400 px-3 font-semibold lg:hidden dark:border-zinc-600">
          More filters{moreChosen > 0 && ` (${moreChosen} set)`}
        </summary>
        <div className="space-y-4 pt-4 lg:pt-0">
          <div className="grid grid-cols-2 gap-2">
            {dateField("from", "From")}
            {dateField("to", "To")}
            <p id="date-help" className="col-span-2 text-sm text-zinc-600 dark:text-zinc-400">
              Inclusive. A year, month or day; an event dated “Dec 2015” counts if any of it is in
              range.
            </p>
          </div>
          {FACET_TABLE.map(({ facet, param, label }) => (
            <FacetGroup
              key={facet}
              name={param}
              legend={label}
              options={facets[facet]}
              chosen={query[facet]}
              onToggle={(id) => toggle(facet, id)}
              defaultOpen={facet === "types"}
              marked={facet === "types"}
            />
          ))}
          <div className="flex items-start gap-2">
            <input
              id="expected"
              type="checkbox"
              name="expected"
              value="hide"
              checked={!query.expected}
              onChange={(event) =>
                onChange({ ...query, expected: !event.currentTarget.checked }, "push")
              }
              className="mt-0.5 size-4 shrink-0 accent-blue-700"
            />
            <label htmlFor="expected" className="text-sm">
              Hide expected events (reported as still to come at publication)
            </label>
          </div>
          <SelectField
            name="group"
            label="Timeline lanes"
            value={query.group}
            options={GROUP_OPTIONS}
            onChange={(group) => onChange({ ...query, group }, "push")}
          />
        </div>
      </details>
      <noscript>
        <button
          type="submit"
          className="rounded bg-blue-700 px-3 py-1.5 font-semibold text-white hover:bg-blue-800"
        >
          Apply filters
        </button>
      </noscript>
    </form>
  );
}

/** A labelled <select> whose name is the URL parameter it sets. */
function SelectField<T extends string>({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <select
        id={name}
        name={name}
        value={value}
        className={fieldClass}
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
