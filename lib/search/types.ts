// The public shape of search results (the API's JSON body is built from these; see docs/api.md).

export interface HospitalRef {
  slug: string;
  name: string;
  /** Fictional hospital from the demo data set: always labelled "Demo data" in the UI. */
  isDemo: boolean;
  city: string | null;
  state: string | null;
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
  /** Hospitals that list this service (may exceed the listings in `hospitals`). */
  hospitalCount: number;
  /** Each hospital's listing of the service, in hospital-name order (a hospital may appear once per setting). */
  hospitals: ServiceOffer[];
  /** True when more listings exist than `hospitals` holds. */
  hospitalsTruncated: boolean;
}

export type MatchKind = "code" | "description";

export interface SearchResult {
  query: { q: string; limit: number };
  /** How services were found: by exact billing code, or by words in descriptions. */
  matchedBy: MatchKind;
  /** Services matched (counted among at most MAX_CANDIDATES matching items). */
  totalServices: number;
  /** True when the match hit the candidate bound, so totals are lower bounds. */
  truncated: boolean;
  services: ServiceResult[];
}
