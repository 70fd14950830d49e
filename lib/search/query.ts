// Validates the public search parameters (the API's query string and the /search page's
// searchParams) into a SearchQuery, or a SearchParamError naming the offending parameter.
import { z } from "zod";

export const QUERY_MAX_LENGTH = 200;
export const DEFAULT_SERVICE_LIMIT = 20;
export const MAX_SERVICE_LIMIT = 50;

export interface SearchQuery {
  /** The trimmed search text: a billing code or words from a service description. */
  q: string;
  /** How many services to return (1–50). */
  limit: number;
}

export class SearchParamError extends Error {
  readonly code = "invalid_parameter";
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = "SearchParamError";
  }
}

export type SearchParamResult =
  | { ok: true; query: SearchQuery }
  | { ok: false; error: SearchParamError };

const schema = z.strictObject({
  q: z
    .string({ error: "The q parameter is required: a billing code (e.g. 70551) or words such as \"brain mri\"." })
    .trim()
    .min(1, { error: "The q parameter must not be empty: give a billing code (e.g. 70551) or words such as \"brain mri\"." })
    .max(QUERY_MAX_LENGTH, { error: `The q parameter must be at most ${QUERY_MAX_LENGTH} characters.` }),
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
});

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

/**
 * Parses search parameters. Unknown parameters and repeated parameters are rejected unless
 * `ignoreUnknown` is set (pages ignore tracking parameters and the like; the API does not).
 */
export function parseSearchParams(input: RawParams, options: { ignoreUnknown?: boolean } = {}): SearchParamResult {
  const record = toRecord(input);
  const known = new Set(Object.keys(schema.shape));
  const candidate: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!known.has(key)) {
      if (options.ignoreUnknown) continue;
      return {
        ok: false,
        error: new SearchParamError(key, `Unknown parameter "${key}". Supported parameters: q, limit.`),
      };
    }
    if (Array.isArray(value)) {
      return { ok: false, error: new SearchParamError(key, `The ${key} parameter must be given only once.`) };
    }
    candidate[key] = value;
  }

  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, query: parsed.data };
  const issue = parsed.error.issues[0];
  const parameter = issue?.code === "unrecognized_keys" ? (issue.keys[0] ?? "") : String(issue?.path[0] ?? "");
  return { ok: false, error: new SearchParamError(parameter, issue?.message ?? "Invalid search parameters.") };
}
