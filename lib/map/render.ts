import { geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { Place } from "@/lib/store/schema";
import type { MapPlace } from "./map-place";
import { BORDERS, COUNTRY_SHAPES, LAND } from "../store/base-map";
import { CompactPath } from "./compact-path";
import { placeLabels, type MapLabel } from "./labels";
import { EXPLORER_MAP_WIDTH, LOCATOR_WIDTH, mapType } from "./layout";
import { mapProjection } from "./projection";

/** The base map at one size, as SVG path data. */
interface BaseMapSvg {
  width: number;
  height: number;
  land: string;
  borders: string;
}

const cache = new Map<number, ReturnType<typeof draw>>();

function draw(width: number) {
  const projection = mapProjection(width);
  const geo = geoPath(projection.project);
  const path = (object: GeoPermissibleObjects) => {
    const context = new CompactPath();
    geoPath(projection.project, context)(object);
    return context.result();
  };
  const base: BaseMapSvg = {
    width,
    height: projection.height,
    land: path(LAND),
    borders: path(BORDERS),
  };
  return {
    projection,
    path,
    centroid: (object: GeoPermissibleObjects) => geo.centroid(object),
    base,
  };
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
  const { projection, path, centroid } = drawing(width);
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
    const [x, y] = centroid(shape);
    return { id, name, kind, draw: "area", area, x: round(x), y: round(y) };
  });
}

/** A map of some places, JSON-safe: the base map, each place's drawing and its name's spot. */
export interface PlacesMapData {
  base: BaseMapSvg;
  places: MapPlace[];
  labels: Record<string, MapLabel>;
}

function placesMap(places: readonly Place[], width: number): PlacesMapData {
  const drawn = mapPlaces(places, width);
  return {
    base: baseMapSvg(width),
    places: drawn,
    labels: Object.fromEntries(placeLabels(drawn, { ...mapType(width), width })),
  };
}

export const locatorMap = (places: readonly Place[]) => placesMap(places, LOCATOR_WIDTH);

/** The explorer's map: its base map is an image (app/map-base.svg), not inline. */

export function explorerMap(places: readonly Place[]): ExplorerMapData {
  const { base, ...rest } = placesMap(places, EXPLORER_MAP_WIDTH);
  return { width: base.width, height: base.height, ...rest };
}

export type ExplorerMapData = Omit<PlacesMapData, "base"> & { width: number; height: number };
