import { geoConicEqualArea, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";
import { MAP_FRAME } from "./frame";

/** The frame's outline, sampled every degree so the fit follows its curved edges. */
function frameOutline(): MultiPoint {
  const [[west, south], [east, north]] = MAP_FRAME;
  const coordinates: [number, number][] = [];
  for (let lon = west; lon <= east; lon++) coordinates.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat++) coordinates.push([west, lat], [east, lat]);
  return { type: "MultiPoint", coordinates };
}

interface MapProjection {
  project: GeoProjection;
  width: number;
  height: number;
}

/**
 * An equal-area conic projection for the frame at `width` SVG units, so that areas (a country
 * named as a place) compare fairly; everything outside the frame is clipped.
 */
export function mapProjection(width: number): MapProjection {
  const outline = frameOutline();
  const [[west], [east]] = MAP_FRAME;
  const project = geoConicEqualArea()
    .parallels([30, 50])
    .rotate([-(west + east) / 2, 0])
    .fitWidth(width, outline);
  const ys = outline.coordinates.map((point) => project(point as [number, number])?.[1] ?? 0);
  const height = Math.ceil(Math.max(...ys));
  project.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { project, width, height };
}
