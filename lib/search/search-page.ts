// What /search shows for a request's parameters, loaded in one go: the page is rendered whole
// on the server and ships no JavaScript (pages/search.tsx; ADR 14). Everything here is plain
// JSON, as getServerSideProps requires.
import { shoppableBySlug } from "@/lib/shoppable";
import { getHospitalName } from "./hospital";
import { parseSearchParams, type SearchParamError, type SearchQuery } from "./query";
import { echoQuery, searchServices } from "./services";
import type { EchoedQuery, SearchResult } from "./types";
import { PAGE_SERVICE_LIMIT, pageListingCaps, type PageParams } from "./urls";

/** The filters the form shows as chosen. */
export type SearchPageFilters = Pick<EchoedQuery, "location" | "radius" | "state" | "payer" | "plan" | "setting" | "price" | "sort">;

export type SearchPageOutcome =
  /** No search yet: guidance and examples. */
  | { kind: "start" }
  /** The parameters cannot be searched (a plain copy of the SearchParamError). */
  | { kind: "invalid"; error: Pick<SearchParamError, "parameter" | "message"> & { location: SearchParamError["location"] | null } }
  /** The database failed; logged. */
  | { kind: "failed" }
  /** The search ran (it may have found nothing). */
  | { kind: "results"; result: SearchResult };

export interface SearchPageData {
  params: PageParams;
  /** The typed words, or "". */
  q: string;
  /** The shoppable service searched, when no words are typed. */
  serviceSlug: string | null;
  filters: SearchPageFilters;
  /** The one hospital the search is limited to, named for the form (by its slug if it cannot be looked up). */
  hospital: { slug: string; name: string } | null;
  outcome: SearchPageOutcome;
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

async function runSearch(query: SearchQuery, params: PageParams): Promise<SearchPageOutcome> {
  try {
    // The page lists fewer services than the API unless a limit is asked for (see ./urls.ts).
    const result = await searchServices(params.limit ? query : { ...query, limit: PAGE_SERVICE_LIMIT }, pageListingCaps(params));
    return { kind: "results", result };
  } catch (error) {
    console.error("search page failed", { error: errorText(error) });
    return { kind: "failed" };
  }
}

/** The page's data for `params` (see toPageParams). Never throws: a failed search is an outcome. */
export async function loadSearchPage(params: PageParams): Promise<SearchPageData> {
  const q = params.q ?? "";
  const serviceSlug = params.service && !params.q && shoppableBySlug(params.service) ? params.service : null;
  const base = { params, q, serviceSlug };
  if (!params.q && !params.service) {
    const filters = { ...DEFAULT_FILTERS, location: params.location ?? null, payer: params.payer ?? null, plan: params.plan ?? null };
    return { ...base, filters, hospital: null, outcome: { kind: "start" } };
  }
  const parsed = parseSearchParams(params, { ignoreUnknown: true, ignoreEmpty: true });
  if (!parsed.ok) {
    const { parameter, message, location } = parsed.error;
    const filters = { ...DEFAULT_FILTERS, location: params.location ?? null, payer: params.payer ?? null, plan: params.plan ?? null };
    return { ...base, filters, hospital: null, outcome: { kind: "invalid", error: { parameter, message, location: location ?? null } } };
  }
  const [hospital, outcome] = await Promise.all([parsed.query.hospital ? hospitalFilter(parsed.query.hospital) : null, runSearch(parsed.query, params)]);
  const { location, radius, state, payer, plan, setting, price, sort } = echoQuery(parsed.query);
  return { ...base, filters: { location, radius, state, payer, plan, setting, price, sort }, hospital, outcome };
}
