// edtf ships no type declarations; this declares the small part of its API that lib/ uses.
declare module "edtf" {
  interface Bitmask {
    value: number;
  }
  interface ExtDate {
    edtf: string;
    min: number;
    max: number;
    /** 1 = year, 2 = month, 3 = day (absent on intervals and sets). */
    precision?: number;
    approximate?: Bitmask;
    uncertain?: Bitmask;
    unspecified?: Bitmask;
    lower?: ExtDate | null;
    upper?: ExtDate | null;
  }
  export default function edtf(input: string): ExtDate;
  // Classes for instanceof tests: a bundler's minifier renames them, which breaks `.type`.
  export const Date: abstract new (...args: never[]) => ExtDate;
  export const Interval: abstract new (...args: never[]) => ExtDate;
}
