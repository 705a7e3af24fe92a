/**
 * The explorer's facets, each once: its field in a query and in the filter's counts, its URL
 * parameter (also the word its notices use) and its name for people.
 */
export const FACET_TABLE = [
  { facet: "types", param: "type", label: "Type" },
  { facet: "actors", param: "actor", label: "Actor" },
  { facet: "places", param: "place", label: "Place" },
  { facet: "publishers", param: "publisher", label: "Publisher" },
  { facet: "tags", param: "tag", label: "Tag" },
] as const;

export type Facet = (typeof FACET_TABLE)[number]["facet"];

export const FACETS: readonly Facet[] = FACET_TABLE.map((row) => row.facet);

export interface FacetOption {
  id: string;
  label: string;
  /** Events in the current result with this value, counting as if this facet were not set. */
  count: number;
}
