// The search page's URL parameters: what a form or a hand-edited link sends, made
// into what the search accepts, and the canonical URL of a search (for sharing).
//
// The page lists fewer services and hospitals than the API, so that it stays quick to
// load and to read on a phone: PAGE_SERVICE_LIMIT services; the first in full
// (PAGE_LISTINGS_STEP hospitals, more with `show=`, up to MAX_OFFERS_PER_SERVICE), each
// of the others in brief (PAGE_OTHER_LISTINGS hospitals and a link to its own search).
import { MAX_OFFERS_PER_SERVICE, SEARCH_PARAMETERS } from "./parameters";
import type { ListingCaps } from "./services";

export const PAGE_SERVICE_LIMIT = 10;
export const PAGE_LISTINGS_STEP = 10;
export const PAGE_OTHER_LISTINGS = 3;

/** The page's own parameter: how many hospitals of the first service to show. */
const PAGE_ONLY = ["show"] as const;
const PAGE_PARAMETERS = [...SEARCH_PARAMETERS, ...PAGE_ONLY];

export type PageParams = Partial<Record<(typeof SEARCH_PARAMETERS)[number] | (typeof PAGE_ONLY)[number], string>>;

/**
 * The known search parameters of a page request, first value of each, trimmed, empty
 * ones left out — and forgiving where a form would otherwise fail: the radius and
 * distance order only count with a location, and typed words win over a service.
 */
export function toPageParams(raw: Record<string, string | string[] | undefined>): PageParams {
  const out: Record<string, string> = {};
  for (const key of PAGE_PARAMETERS) {
    const value = raw[key];
    const first = (Array.isArray(value) ? value[0] : value)?.trim();
    if (first) out[key] = first;
  }
  if (!out.location) {
    delete out.radius;
    if (out.sort === "distance") delete out.sort;
  }
  if (out.q && out.service) delete out.service;
  if (out.show !== undefined && shownListings(out) === PAGE_LISTINGS_STEP) delete out.show;
  return out;
}

/** Hospitals to show for the first service: `show`, rounded up to a step, within bounds. */
export function shownListings(params: PageParams): number {
  const n = Number.parseInt(params.show ?? "", 10);
  if (!Number.isFinite(n) || n <= PAGE_LISTINGS_STEP) return PAGE_LISTINGS_STEP;
  return Math.min(MAX_OFFERS_PER_SERVICE, Math.ceil(n / PAGE_LISTINGS_STEP) * PAGE_LISTINGS_STEP);
}

export function pageListingCaps(params: PageParams): ListingCaps {
  return { first: shownListings(params), others: PAGE_OTHER_LISTINGS };
}

/** /search with the parameters in a fixed order, the page's defaults left out: one URL per search (see canonicalSearchUrl). */
export function searchUrl(params: PageParams): string {
  const query = new URLSearchParams();
  for (const key of PAGE_PARAMETERS) {
    const value = params[key as keyof PageParams];
    if (value === undefined) continue;
    if ((key === "sort" && value === "relevance") || (key === "limit" && value === String(PAGE_SERVICE_LIMIT))) continue;
    if (key === "show" && shownListings(params) === PAGE_LISTINGS_STEP) continue;
    query.set(key, value);
  }
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}

/** The URL to share and index (every search has one: see searchUrl). */
export const canonicalSearchUrl = searchUrl;
