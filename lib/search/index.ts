// Public search: the parameter parser, the service search and the hospital pages' queries.
export {
  parseSearchParams,
  SearchParamError,
  DEFAULT_SERVICE_LIMIT,
  MAX_SERVICE_LIMIT,
  QUERY_MAX_LENGTH,
  type SearchQuery,
  type SearchParamResult,
} from "./query";
export { echoQuery, searchServices, MAX_OFFERS_PER_SERVICE, type ListingCaps } from "./services";
export {
  getHospitalName,
  getHospitalProfile,
  listHospitalServices,
  parseServiceCursor,
  isValidSlug,
  HOSPITAL_SERVICES_PAGE_SIZE,
  type HospitalProfile,
  type HospitalLocation,
  type HospitalFile,
  type HospitalService,
  type HospitalServicePrice,
  type HospitalServicesPage,
} from "./hospital";
export type * from "./types";
