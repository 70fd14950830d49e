// The search's parameter names and limits, apart from its parser (./query.ts) and its database
// code (./services.ts), so that pages can use them without bringing either along.

/** The parameters of a search (the API's query string, the /search page's URL), in URL order. */
export const SEARCH_PARAMETERS = ["q", "service", "limit", "location", "radius", "state", "payer", "plan", "setting", "hospital", "price", "sort"] as const;

/** The longest search text, in characters. */
export const QUERY_MAX_LENGTH = 200;

/** Services in one answer: by default, and at most. */
export const DEFAULT_SERVICE_LIMIT = 20;
export const MAX_SERVICE_LIMIT = 50;

/** Hospitals listed for one service, at most. */
export const MAX_OFFERS_PER_SERVICE = 30;
