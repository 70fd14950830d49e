// What /search shows for a request's parameters, in two steps so that the page can be sent
// in document order as it is ready (components/search/search-response.tsx; ADR 14):
// planSearchPage parses the parameters and names the hospital filter — all that the head,
// the heading and the form need — then runSearchPage runs the search. Plain data throughout.
import { shoppableBySlug } from "@/lib/shoppable";
import { getHospitalName } from "./hospital";
import { parseSearchParams, type SearchParamError, type SearchQuery } from "./query";
import { echoQuery, searchServices } from "./services";
import type { EchoedQuery, SearchResult } from "./types";
import { PAGE_SERVICE_LIMIT, pageListingCaps, type PageParams } from "./urls";

/** The filters the form shows as chosen. */
export type SearchPageFilters = Pick<EchoedQuery, "location" | "radius" | "state" | "payer" | "plan" | "setting" | "price" | "sort">;

/** What the page says when no search runs: guidance, or why the parameters cannot be searched. */
export type SearchPageStart =
  | { kind: "start" }
  | { kind: "invalid"; error: Pick<SearchParamError, "parameter" | "message"> & { location: SearchParamError["location"] | null } };

export type SearchPageOutcome =
  /** The database failed; logged. */
  | { kind: "failed" }
  /** The search ran (it may have found nothing). */
  | { kind: "results"; result: SearchResult };

export interface SearchPagePlan {
  params: PageParams;
  /** The typed words, or "". */
  q: string;
  /** The shoppable service searched, when no words are typed. */
  serviceSlug: string | null;
  filters: SearchPageFilters;
  /** The one hospital the search is limited to, named for the form (by its slug if it cannot be looked up). */
  hospital: { slug: string; name: string } | null;
  /** The search to run, or what to say instead. */
  search: { kind: "search"; query: SearchQuery } | SearchPageStart;
}

const DEFAULT_FILTERS: SearchPageFilters = { location: null, radius: null, state: null, payer: null, plan: null, setting: null, price: "cash", sort: "relevance" };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function hospitalFilter(slug: string): Promise<{ slug: string; name: string }> {
  try {
    return { slug, name: (await getHospitalName(slug)) ?? slug };
  } catch (error) {
    console.error("hospital name look-up failed", { error: errorText(error) });
    return { slug, name: slug };
  }
}

/** The page's plan for `params` (see toPageParams). Never throws. */
export async function planSearchPage(params: PageParams): Promise<SearchPagePlan> {
  const q = params.q ?? "";
  const serviceSlug = params.service && !params.q && shoppableBySlug(params.service) ? params.service : null;
  const typed = { ...DEFAULT_FILTERS, location: params.location ?? null, payer: params.payer ?? null, plan: params.plan ?? null };
  const base = { params, q, serviceSlug };
  if (!params.q && !params.service) return { ...base, filters: typed, hospital: null, search: { kind: "start" } };
  const parsed = parseSearchParams(params, { ignoreUnknown: true, ignoreEmpty: true });
  if (!parsed.ok) {
    const { parameter, message, location } = parsed.error;
    return { ...base, filters: typed, hospital: null, search: { kind: "invalid", error: { parameter, message, location: location ?? null } } };
  }
  const { location, radius, state, payer, plan, setting, price, sort } = echoQuery(parsed.query);
  return {
    ...base,
    filters: { location, radius, state, payer, plan, setting, price, sort },
    hospital: parsed.query.hospital ? await hospitalFilter(parsed.query.hospital) : null,
    search: { kind: "search", query: parsed.query },
  };
}

/** Runs a planned search. Never throws: a failed search is an outcome. */
export async function runSearchPage(params: PageParams, query: SearchQuery): Promise<SearchPageOutcome> {
  try {
    // The page lists fewer services than the API unless a limit is asked for (see ./urls.ts).
    const result = await searchServices(params.limit ? query : { ...query, limit: PAGE_SERVICE_LIMIT }, pageListingCaps(params));
    return { kind: "results", result };
  } catch (error) {
    console.error("search page failed", { error: errorText(error) });
    return { kind: "failed" };
  }
}
