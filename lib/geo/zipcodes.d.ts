// Types for the part of the `zipcodes` package (8.0.0, BSD) lib/geo reads: its
// US data file. The package ships no types.
declare module "zipcodes/lib/codes.js" {
  export interface ZipcodesRecord {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  }
  export const codes: Record<string, ZipcodesRecord>;
  export const stateMap: Record<string, string[]>;
}
