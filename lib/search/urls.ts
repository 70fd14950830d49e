// The search page's URL parameters: what a form or a hand-edited link sends, made
// into what the search accepts, and the canonical URL of a search (for sharing).
import { SEARCH_PARAMETERS } from "./query";

export type PageParams = Partial<Record<(typeof SEARCH_PARAMETERS)[number], string>>;

/**
 * The known search parameters of a page request, first value of each, trimmed, empty
 * ones left out — and forgiving where a form would otherwise fail: the radius and
 * distance order only count with a location, and typed words win over a service.
 */
export function toPageParams(raw: Record<string, string | string[] | undefined>): PageParams {
  const out: Record<string, string> = {};
  for (const key of SEARCH_PARAMETERS) {
    const value = raw[key];
    const first = (Array.isArray(value) ? value[0] : value)?.trim();
    if (first) out[key] = first;
  }
  if (!out.location) {
    delete out.radius;
    if (out.sort === "distance") delete out.sort;
  }
  if (out.q && out.service) delete out.service;
  return out;
}

/** /search with the parameters in a fixed order, defaults left out: one URL per search. */
export function searchUrl(params: PageParams): string {
  const query = new URLSearchParams();
  for (const key of SEARCH_PARAMETERS) {
    const value = params[key as keyof PageParams];
    if (value === undefined) continue;
    if ((key === "sort" && value === "relevance") || (key === "limit" && value === "20")) continue;
    query.set(key, value);
  }
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}
