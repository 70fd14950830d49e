// The public shape of search results (the API's JSON body is built from these; see docs/api.md).
import type { SearchQuery } from "./query";

export interface HospitalRef {
  slug: string;
  name: string;
  /** Fictional hospital from the demo data set: always labelled "Demo data" in the UI. */
  isDemo: boolean;
  city: string | null;
  state: string | null;
  /** Miles from the searched location to the hospital's nearest location (null without a location search). */
  distanceMiles: number | null;
}

/** The price file a hospital's prices come from. */
export interface SourceFile {
  /** The date the hospital says its prices are as of (YYYY-MM-DD). */
  lastUpdatedOn: string;
  /** Where the file was published (its URL), or the path it was loaded from. */
  source: string;
}

export interface PayerRate {
  payer: string;
  plan: string | null;
  /** Negotiated dollar amount, when the hospital published one. */
  negotiatedDollar: number | null;
  /** Negotiated percentage (e.g. 45.5 for 45.5 %), when the rate is a percentage. */
  negotiatedPercentage: number | null;
  /** Free-text algorithm, when the rate is defined by one. */
  negotiatedAlgorithm: string | null;
  /** CMS methodology: case rate, fee schedule, percent of total billed charges, per diem, other. */
  methodology: string | null;
  /** v3.0 allowed amounts (what the payer actually paid in the past year): median, 10th and 90th percentile. */
  medianAmount: number | null;
  percentile10: number | null;
  percentile90: number | null;
  /** v3.0 count of allowed amounts: "0", "1 through 10", or a number of 11 or more. */
  allowedCount: string | null;
  /** The hospital's notes on this rate. */
  notes: string | null;
}

/** Which figure a search ranks and shows as "the price". */
export type PriceKind = "cash" | "negotiated" | "gross";

/** The figure a listing is ranked by: the chosen payer/plan's rate, the median negotiated rate, cash or gross. */
export interface ShownPrice {
  kind: PriceKind;
  amount: number;
  /** For a negotiated price: the payer and plan it is for, or null when it is the median across payers. */
  payer: string | null;
  plan: string | null;
}

/** The spread of the dollar rates negotiated with different payers. */
export interface RateSpread {
  min: number;
  median: number;
  max: number;
  /** Rates with a dollar amount. */
  count: number;
}

/** One hospital's listing of a service in one setting (a hospital may list a service more than once). */
export interface ServiceOffer {
  hospital: HospitalRef;
  /** The hospital's own description of the item. */
  description: string;
  /** inpatient, outpatient or both. */
  setting: string;
  billingClass: string | null;
  modifiers: string | null;
  gross: number | null;
  discountedCash: number | null;
  /** De-identified minimum and maximum negotiated charges. */
  minimum: number | null;
  maximum: number | null;
  payers: PayerRate[];
  /** True when the hospital lists more payer rows than are returned. */
  payersTruncated: boolean;
  /** The price this listing is ranked by (null when the hospital publishes no such figure). */
  price: ShownPrice | null;
  /** Negotiated dollar rates across payers (null when none is in dollars). */
  spread: RateSpread | null;
  /** With a payer filter: whether this hospital publishes a rate for that payer (null without a filter). */
  hasPayerRate: boolean | null;
  file: SourceFile;
}

export interface ServiceCode {
  /** Code type as published, upper-cased: CPT, HCPCS, MS-DRG, RC, NDC, … */
  type: string;
  code: string;
}

export interface ServiceResult {
  /** Stable identifier: "CPT:70551", or "description:<text>" for items without a billing code. */
  id: string;
  code: ServiceCode | null;
  /** A label taken from the hospitals' own descriptions (the most common one). */
  label: string;
  /** The CMS shoppable service this code belongs to, if any (its slug, for plain-language names). */
  shoppable: string | null;
  /** Hospitals that list this service within the filters (may exceed the listings in `hospitals`). */
  hospitalCount: number;
  /** Each hospital's listing of the service, in the requested order (a hospital may appear once per setting). */
  hospitals: ServiceOffer[];
  /** True when more listings exist than `hospitals` holds. */
  hospitalsTruncated: boolean;
}

/** How services were found: billing code, words in descriptions, or a CMS shoppable service's codes. */
export type MatchKind = "code" | "description" | "service";

export type SortKind = "relevance" | "price" | "distance";

/** The query as understood, echoed in results (location resolved to its label). */
export type EchoedQuery = Omit<SearchQuery, "location"> & { location: string | null };

export interface SearchResult {
  query: EchoedQuery;
  matchedBy: MatchKind;
  /** Words the search could not find and the ones it used instead ("colonscopy" → "colonoscopy"). */
  corrections: { word: string; usedInstead: string[] }[];
  /** Services matched (counted among at most MAX_CANDIDATES matching items). */
  totalServices: number;
  /** True when the match hit the candidate bound, so totals are lower bounds. */
  truncated: boolean;
  services: ServiceResult[];
}
