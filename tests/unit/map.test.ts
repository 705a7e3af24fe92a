import { geoContains } from "d3-geo";
import { describe, expect, it } from "vitest";
import { BASE_MAP_SOURCE, BORDERS, COUNTRY_SHAPES } from "@/lib/store/base-map";
import { baseMapImage } from "@/lib/map/base-map-image";
import { CompactPath } from "@/lib/map/compact-path";
import { placeLabels } from "@/lib/map/labels";
import { EXPLORER_MAP_WIDTH, LOCATOR_WIDTH, mapType } from "@/lib/map/layout";
import type { MapPlace } from "@/lib/map/map-place";
import { baseMapSvg, explorerMap, locatorMap, mapPlaces } from "@/lib/map/render";
import { readStore } from "@/lib/store/read-store";
import { DATA_DIR } from "./helpers";

const { places } = readStore(DATA_DIR).records;
const byId = (list: MapPlace[], id: string) => list.find((place) => place.id === id)!;

describe("the base map (Natural Earth via world-atlas, cut by npm run map:base)", () => {
  it("says where it comes from", () => {
    expect(BASE_MAP_SOURCE).toMatch(/^Natural Earth 1:50m admin-0 countries, from world-atlas \d/);
  });

  it("has every country by name, Libya and its neighbours among them, and de facto borders", () => {
    for (const name of ["Libya", "Tunisia", "Egypt", "Italy", "Luxembourg", "Kosovo"])
      expect(COUNTRY_SHAPES.has(name), name).toBe(true);
    // Cut to the frame: nothing from the Americas or East Asia.
    expect(COUNTRY_SHAPES.has("Brazil")).toBe(false);
    expect(COUNTRY_SHAPES.has("Japan")).toBe(false);
    expect(BORDERS.coordinates.length).toBeGreaterThan(20);
  });

  it("keeps coastal capitals on land", () => {
    expect(geoContains(COUNTRY_SHAPES.get("Libya")!, [13.18733, 32.88743])).toBe(true);
    expect(geoContains(COUNTRY_SHAPES.get("Libya")!, [15, 34])).toBe(false); // the sea
  });
});

describe("mapPlaces draws each place as precisely as the store knows it", () => {
  const drawn = mapPlaces(places, EXPLORER_MAP_WIDTH);
  const { height } = baseMapSvg(EXPLORER_MAP_WIDTH);

  it("a city is a point inside the map, where it lies", () => {
    const [tripoli, sirte, berlin] = ["tripoli", "sirte", "berlin"].map((id) => byId(drawn, id));
    for (const city of [tripoli, sirte, berlin]) {
      expect(city?.draw).toBe("point");
      if (city?.draw !== "point") continue;
      expect(city.x).toBeGreaterThan(0);
      expect(city.x).toBeLessThan(EXPLORER_MAP_WIDTH);
      expect(city.y).toBeGreaterThan(0);
      expect(city.y).toBeLessThan(height);
    }
    if (tripoli?.draw !== "point" || sirte?.draw !== "point" || berlin?.draw !== "point") return;
    expect(tripoli.x).toBeLessThan(sirte.x); // Tripoli is west of Sirte
    expect(berlin.y).toBeLessThan(tripoli.y); // and Berlin north of both
  });

  it("a country is its area, never a point", () => {
    for (const id of ["libya", "luxembourg"]) {
      const country = byId(drawn, id);
      expect(country.draw).toBe("area");
      if (country.draw === "area") expect(country.area).toMatch(/^m\d+,\d+l/);
    }
  });

  it("a region without an outline is not drawn", () => {
    expect(byId(drawn, "eastern-libya")).toEqual({
      id: "eastern-libya",
      name: "Eastern Libya",
      kind: "region",
      draw: "none",
    });
  });

  it("the explorer's and the locator's maps carry a label for every drawn place", () => {
    for (const map of [explorerMap(places), locatorMap(places)]) {
      const ids = map.places.filter((place) => place.draw !== "none").map((place) => place.id);
      expect(Object.keys(map.labels).sort()).toEqual(ids.sort());
    }
  });
});

describe("placeLabels", () => {
  it("keeps the store's names apart and inside the map", () => {
    for (const width of [LOCATOR_WIDTH, EXPLORER_MAP_WIDTH]) {
      const type = mapType(width);
      const labels = placeLabels(mapPlaces(places, width), { ...type, width });
      const spans = [...labels.entries()].map(([id, { x, y, anchor }]) => {
        const length = places.find((place) => place.id === id)!.name.length * type.fontSize * 0.6;
        const left = anchor === "start" ? x : anchor === "end" ? x - length : x - length / 2;
        return { id, left, right: left + length, top: y - type.fontSize * 0.8, bottom: y };
      });
      for (const a of spans) {
        expect(a.left, a.id).toBeGreaterThanOrEqual(0);
        expect(a.right, a.id).toBeLessThanOrEqual(width);
        for (const b of spans)
          if (a !== b)
            expect(
              a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
              `${a.id} and ${b.id} at ${width}`,
            ).toBe(false);
      }
    }
  });

  it("moves a name to the left when another mark is on its right", () => {
    const near: MapPlace[] = [
      { id: "a", name: "Alpha", kind: "city", draw: "point", x: 50, y: 50 },
      { id: "b", name: "Beta", kind: "city", draw: "point", x: 60, y: 50 },
    ];
    const labels = placeLabels(near, { fontSize: 10, gap: 3, width: 200 });
    expect(labels.get("a")).toEqual({ x: 46, y: 53.5, anchor: "end" });
    expect(labels.get("b")).toEqual({ x: 64, y: 53.5, anchor: "start" });
  });
});

describe("CompactPath", () => {
  it("writes relative whole-unit moves and leaves out repeated points", () => {
    const path = new CompactPath();
    path.moveTo(10.2, 10.4);
    path.lineTo(12.1, 10.2);
    path.lineTo(12.3, 9.8); // rounds to the point before
    path.lineTo(12, 13);
    path.closePath();
    path.moveTo(20, 20);
    path.lineTo(25, 21);
    expect(path.result()).toBe("m10,10l2,0 0,3zm10,10l5,1");
  });

  it("drops a ring smaller than a unit", () => {
    const path = new CompactPath();
    path.moveTo(5.1, 5.1);
    path.lineTo(5.3, 5.2);
    path.lineTo(5.4, 4.9);
    path.closePath();
    expect(path.result()).toBe("");
  });
});

describe("baseMapImage", () => {
  it("is a stand-alone SVG naming its source", () => {
    const svg = baseMapImage();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 360 \d+"/);
    expect(svg).toContain(`<desc>${BASE_MAP_SOURCE}</desc>`);
    expect(svg.endsWith("</svg>")).toBe(true);
  });
});
