// Validates the public search parameters (the API's query string and the /search page's
// searchParams) into a SearchQuery, or a SearchParamError naming the offending parameter.
import { z } from "zod";
import { US_STATES, parseLocation, type LocationErrorCode } from "@/lib/geo";
import { shoppableBySlug } from "@/lib/shoppable";
import { DEFAULT_SERVICE_LIMIT, MAX_SERVICE_LIMIT, QUERY_MAX_LENGTH, SEARCH_PARAMETERS } from "./parameters";
import type { PriceKind, SortKind } from "./types";

export { DEFAULT_SERVICE_LIMIT, MAX_SERVICE_LIMIT, QUERY_MAX_LENGTH, SEARCH_PARAMETERS };
export const DEFAULT_RADIUS_MILES = 50;
export const MAX_RADIUS_MILES = 3000;
const NAME_MAX_LENGTH = 100;

export interface SearchLocation {
  /** How the location reads back to the visitor: "78701" or "Austin, TX". */
  label: string;
  latitude: number;
  longitude: number;
}

export interface SearchQuery {
  /** The trimmed search text: a billing code or words; null when a shoppable service is asked for. */
  q: string | null;
  /** A CMS shoppable service's slug (lib/shoppable), instead of q. */
  service: string | null;
  /** How many services to return (1–50). */
  limit: number;
  location: SearchLocation | null;
  /** Miles around `location` (1–500); null without a location. */
  radius: number | null;
  /** Two-letter state code. */
  state: string | null;
  /** Parts of a payer's and a plan's names (case-insensitive). */
  payer: string | null;
  plan: string | null;
  setting: "inpatient" | "outpatient" | null;
  /** A hospital's slug. */
  hospital: string | null;
  /** Which figure to rank and show: negotiated (the default with a payer), cash (the default otherwise) or gross. */
  price: PriceKind;
  sort: SortKind;
}

export class SearchParamError extends Error {
  readonly code = "invalid_parameter";
  constructor(
    readonly parameter: string,
    message: string,
    /** Why a location was not found (lib/geo's code and suggestions), for a message in the visitor's language. */
    readonly location?: { code: LocationErrorCode; suggestions: string[] },
  ) {
    super(message);
    this.name = "SearchParamError";
  }
}

export type SearchParamResult =
  | { ok: true; query: SearchQuery }
  | { ok: false; error: SearchParamError };

const text = (name: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `The ${name} parameter must not be empty; leave it out instead.` })
    .max(max, { error: `The ${name} parameter must be at most ${max} characters.` })
    .optional();

const schema = z.strictObject({
  q: text("q", QUERY_MAX_LENGTH),
  service: z
    .string()
    .trim()
    .refine((slug) => shoppableBySlug(slug) !== undefined, {
      error: "The service parameter must name one of the CMS shoppable services (see /services), e.g. colonoscopy.",
    })
    .optional(),
  limit: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, { error: `The limit parameter must be a whole number from 1 to ${MAX_SERVICE_LIMIT}.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, { error: `The limit parameter must be a whole number from 1 to ${MAX_SERVICE_LIMIT}.` })
        .max(MAX_SERVICE_LIMIT, { error: `The limit parameter must be a whole number from 1 to ${MAX_SERVICE_LIMIT}.` }),
    )
    .optional()
    .default(DEFAULT_SERVICE_LIMIT),
  location: text("location", NAME_MAX_LENGTH),
  radius: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, { error: `The radius parameter must be a whole number of miles from 1 to ${MAX_RADIUS_MILES}.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, { error: `The radius parameter must be a whole number of miles from 1 to ${MAX_RADIUS_MILES}.` })
        .max(MAX_RADIUS_MILES, { error: `The radius parameter must be a whole number of miles from 1 to ${MAX_RADIUS_MILES}.` }),
    )
    .optional(),
  state: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .refine((s) => US_STATES.some((st) => st.code === s), { error: "The state parameter must be a two-letter US state code, e.g. TX." })
    .optional(),
  payer: text("payer", NAME_MAX_LENGTH),
  plan: text("plan", NAME_MAX_LENGTH),
  setting: z.enum(["inpatient", "outpatient"], { error: 'The setting parameter must be "inpatient" or "outpatient".' }).optional(),
  hospital: z
    .string()
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/, { error: "The hospital parameter must be a hospital's slug, as in /hospitals/<slug>." })
    .optional(),
  price: z.enum(["cash", "negotiated", "gross"], { error: 'The price parameter must be "cash", "negotiated" or "gross".' }).optional(),
  sort: z.enum(["relevance", "price", "distance"], { error: 'The sort parameter must be "relevance", "price" or "distance".' }).optional(),
});

// The schema names exactly the parameters the URLs carry (a compile-time check both ways).
type SchemaKeys = keyof typeof schema.shape;
const sameParameters: [SchemaKeys, (typeof SEARCH_PARAMETERS)[number]] extends [(typeof SEARCH_PARAMETERS)[number], SchemaKeys] ? true : never = true;
void sameParameters;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(input: RawParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (key: string, value: string) => {
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  if (input instanceof URLSearchParams) {
    for (const [key, value] of input) add(key, value);
  } else {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) value.forEach((v) => add(key, v));
      else add(key, value);
    }
  }
  return out;
}

const fail = (parameter: string, message: string): SearchParamResult => ({ ok: false, error: new SearchParamError(parameter, message) });

/**
 * Parses search parameters. Unknown parameters and repeated parameters are rejected unless
 * `ignoreUnknown` is set (pages ignore tracking parameters and the like; the API does not).
 * Empty parameters are ignored when `ignoreEmpty` is set (an HTML form sends its empty fields).
 */
export function parseSearchParams(
  input: RawParams,
  options: { ignoreUnknown?: boolean; ignoreEmpty?: boolean } = {},
): SearchParamResult {
  const record = toRecord(input);
  const known = new Set<string>(SEARCH_PARAMETERS);
  const candidate: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!known.has(key)) {
      if (options.ignoreUnknown) continue;
      return fail(key, `Unknown parameter "${key}". Supported parameters: ${SEARCH_PARAMETERS.join(", ")}.`);
    }
    if (Array.isArray(value)) return fail(key, `The ${key} parameter must be given only once.`);
    if (options.ignoreEmpty && value.trim() === "") continue;
    candidate[key] = value;
  }

  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const parameter = issue?.code === "unrecognized_keys" ? (issue.keys[0] ?? "") : String(issue?.path[0] ?? "");
    return fail(parameter, issue?.message ?? "Invalid search parameters.");
  }
  const p = parsed.data;
  if (p.q === undefined && p.service === undefined) {
    return fail("q", 'The q parameter is required: a billing code (e.g. 70551) or words such as "brain mri" (or give service=).');
  }
  if (p.q !== undefined && p.service !== undefined) return fail("service", "Give either q or service, not both.");

  let location: SearchLocation | null = null;
  if (p.location !== undefined) {
    const found = parseLocation(p.location);
    if (!found.ok) {
      return { ok: false, error: new SearchParamError("location", found.message, { code: found.code, suggestions: found.suggestions }) };
    }
    location = { label: found.location.label, latitude: found.location.latitude, longitude: found.location.longitude };
  }
  if (p.radius !== undefined && !location) return fail("radius", "The radius parameter needs a location (a ZIP code or city).");
  const sort = p.sort ?? "relevance";
  if (sort === "distance" && !location) return fail("sort", "Sorting by distance needs a location (a ZIP code or city).");

  return {
    ok: true,
    query: {
      q: p.q ?? null,
      service: p.service ?? null,
      limit: p.limit,
      location,
      radius: location ? (p.radius ?? DEFAULT_RADIUS_MILES) : null,
      state: p.state ?? null,
      payer: p.payer ?? null,
      plan: p.plan ?? null,
      setting: p.setting ?? null,
      hospital: p.hospital ?? null,
      price: p.price ?? (p.payer !== undefined || p.plan !== undefined ? "negotiated" : "cash"),
      sort,
    },
  };
}

/** A query with every optional filter left out (for callers that search by text only). */
export function textQuery(q: string, limit = DEFAULT_SERVICE_LIMIT): SearchQuery {
  return { q, service: null, limit, location: null, radius: null, state: null, payer: null, plan: null, setting: null, hospital: null, price: "cash", sort: "relevance" };
}
