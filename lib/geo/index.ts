// Places and distances for the public search, offline: ZIP codes and cities
// become coordinates through the ZIP centroid data set of the `zipcodes`
// package (no network geocoding), and distances are great-circle miles, the
// same in TypeScript and in SQL.
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
