import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import data from "./base-map.json";

type CountryShape = Feature<Polygon | MultiPolygon, { name: string }>;

// Written by scripts/base-map.ts from world-atlas, whose shapes are Natural Earth's: the types
// are world-atlas's, checked in tests/unit/map.test.ts.
const topology = data as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;

/** Where the base map comes from, for captions and the about page. */
export const BASE_MAP_SOURCE: string = data.source;

/** Every country of the base map, by its Natural Earth name ("Libya", "Bosnia and Herz."). */
export const COUNTRY_SHAPES: ReadonlyMap<string, CountryShape> = new Map(
  topology.objects.countries.geometries.map((geometry) => {
    const shape = feature(topology, geometry) as CountryShape;
    return [shape.properties.name, shape];
  }),
);

/** All land of the base map, as one shape. */
export const LAND = feature(topology, topology.objects.countries);

/**
 * The borders between countries, each line once. Natural Earth draws de facto borders (Western
 * Sahara, Kosovo, Northern Cyprus as their own areas); the map draws every border alike.
 */
export const BORDERS = mesh(topology, topology.objects.countries, (a, b) => a !== b);
