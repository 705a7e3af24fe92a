// npm run map:base: cuts Natural Earth's 1:50m countries (the world-atlas package) down to the
// frame the store's places need (Libya and Europe), simplifies them and writes lib/store/base-map.json.
// Run it again only when the frame or the source map changes; the output is committed.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { geoBounds } from "d3-geo";
import { feature, quantize } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import { MAP_FRAME } from "@/lib/map/frame";

const require = createRequire(import.meta.url);
const world = require("world-atlas/countries-50m.json") as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const { version } = require("world-atlas/package.json") as { version: string };

// The share of arc points kept: the fewest with which Tripoli and Sirte, on the coast, stay
// inside Libya (npm run validate checks every city against this map).
const KEEP = 0.25;
const [[west, south], [east, north]] = MAP_FRAME;
const countries = world.objects.countries;
const inFrame = countries.geometries.filter((geometry) => {
  const [[w, s], [e, n]] = geoBounds(feature(world, geometry));
  // A box crossing the antimeridian (w > e) is two boxes, [w, 180] and [-180, e].
  const overlapsLon = w > e ? east >= w || west <= e : w <= east && e >= west;
  return overlapsLon && s <= north && n >= south;
});

// Keep the points that carry the most area, then store coordinates on a grid of 10,000 steps.
const cut = presimplify({
  ...world,
  objects: { countries: { ...countries, geometries: inFrame } },
});
const simplified = quantize(simplify(cut, quantile(cut, KEEP)), 1e4);

// Only the arcs the kept countries use.
const used = new Set<number>();
const walk = (arcs: unknown): void => {
  if (typeof arcs === "number") used.add(arcs < 0 ? ~arcs : arcs);
  else if (Array.isArray(arcs)) arcs.forEach(walk);
};
for (const geometry of inFrame) walk("arcs" in geometry ? geometry.arcs : []);
const order = [...used].sort((a, b) => a - b);
const index = new Map(order.map((arc, i) => [arc, i]));
const renumber = (arcs: unknown): unknown =>
  typeof arcs === "number"
    ? arcs < 0
      ? ~index.get(~arcs)!
      : index.get(arcs)!
    : Array.isArray(arcs)
      ? arcs.map(renumber)
      : arcs;

const name = (geometry: { properties?: object | null }) =>
  geometry.properties && "name" in geometry.properties ? String(geometry.properties.name) : "";

const output = {
  type: "Topology",
  source: `Natural Earth 1:50m admin-0 countries, from world-atlas ${version} (countries-50m.json)`,
  transform: simplified.transform,
  arcs: order.map((arc) => simplified.arcs[arc]),
  objects: {
    countries: {
      type: "GeometryCollection",
      geometries: (simplified.objects.countries as GeometryCollection<{ name: string }>).geometries
        .map((geometry) => ({
          ...geometry,
          arcs: renumber("arcs" in geometry ? geometry.arcs : []),
        }))
        .sort((a, b) => name(a).localeCompare(name(b))),
    },
  },
};

const file = path.resolve("lib/store/base-map.json");
writeFileSync(file, JSON.stringify(output) + "\n");
console.log(
  `${path.relative(process.cwd(), file)}: ${inFrame.length} countries, ${output.arcs.length} arcs`,
);
