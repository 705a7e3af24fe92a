import type { Place } from "@/lib/store/schema";

/**
 * How one place is drawn: a city as a point, a country as its area (never as a point: the store
 * does not know where in it), a place the base map has no shape for not at all.
 */
export type MapPlace = Pick<Place, "id" | "name" | "kind"> &
  (
    | { draw: "point"; x: number; y: number }
    | { draw: "area"; area: string; x: number; y: number }
    | { draw: "none" }
  );
