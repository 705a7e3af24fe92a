import { geoPath } from "d3-geo";
import type { Place } from "@/lib/schema";
import { BORDERS, COUNTRY_SHAPES, LAND } from "./base-map";
import { mapProjection } from "./projection";

/** The base map at one size, as SVG path data. */
export interface BaseMapSvg {
  width: number;
  height: number;
  land: string;
  borders: string;
}

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

const cache = new Map<number, ReturnType<typeof draw>>();

function draw(width: number) {
  const projection = mapProjection(width);
  // Whole SVG units are finer than a screen pixel at the sizes the map is shown.
  const path = geoPath(projection.project).digits(0);
  const base: BaseMapSvg = {
    width,
    height: projection.height,
    land: path(LAND) ?? "",
    borders: path(BORDERS) ?? "",
  };
  return { projection, path, base };
}

const drawing = (width: number) => {
  let made = cache.get(width);
  if (!made) cache.set(width, (made = draw(width)));
  return made;
};

/** The base map drawn `width` SVG units wide. */
export const baseMapSvg = (width: number): BaseMapSvg => drawing(width).base;

/** Where and how each place is drawn on the map `width` units wide. */
export function mapPlaces(places: readonly Place[], width: number): MapPlace[] {
  const { projection, path } = drawing(width);
  const round = (value: number) => Math.round(value * 10) / 10;
  return places.map(({ id, name, kind, ...place }): MapPlace => {
    if (place.lat !== null && place.lon !== null) {
      const point = projection.project([place.lon, place.lat]);
      if (point) return { id, name, kind, draw: "point", x: round(point[0]), y: round(point[1]) };
    }
    const shape =
      "naturalEarth" in place.gazetteer
        ? COUNTRY_SHAPES.get(place.gazetteer.naturalEarth)
        : undefined;
    const area = shape && path(shape);
    if (!shape || !area) return { id, name, kind, draw: "none" };
    const [x, y] = path.centroid(shape);
    return { id, name, kind, draw: "area", area, x: round(x), y: round(y) };
  });
}
