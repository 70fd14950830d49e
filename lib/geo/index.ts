// Places and distances for the public search, offline (no network geocoding).
//
// - parseLocation(input): what a patient typed ("78701", "78701-1234",
//   "Austin, TX", "austin texas") → { ok: true, location } with the place's
//   coordinates, or { ok: false, code, message, suggestions } saying what to fix.
// - zipCentroid(zip), cityCentroid(city, state), geocodeAddress(parts): the
//   coordinates behind it. A ZIP code is its centroid in the data set of the
//   `zipcodes` package (about 42,000 US ZIP codes, BSD licence); a city is the
//   mean of its ZIP codes' centroids.
// - distanceMiles(a, b) and distanceSql(...): the same haversine distance in
//   TypeScript and in PostgreSQL (plain arithmetic, no extension).
// - US_STATES and friends: the 50 states, DC and the inhabited territories.
// - backfillHospitalCoordinates(client): places hospital locations stored
//   without coordinates (run by lib/setup/database.ts at start).
//
// Everything but the backfill is synchronous. A ZIP look-up costs about 15 ms
// the first time in a process and 2 ms after; the first city look-up loads the
// whole data set (about 0.2–0.3 s, once per process).
export { parseLocation, zipCentroid, cityCentroid, geocodeAddress } from "./location";
export type {
  GeoLocation,
  LocationError,
  LocationErrorCode,
  LocationResult,
  ZipCentroid,
  CityCentroid,
  AddressParts,
  AddressCoordinates,
} from "./location";
export { distanceMiles, distanceSql, EARTH_RADIUS_MILES, type Coordinates } from "./distance";
export { US_STATES, isStateCode, stateName, stateFromText, type StateCode, type UsState } from "./states";
export { backfillHospitalCoordinates, type BackfillResult } from "./backfill";
