// What an API key may do. The one list of scopes: the CLI, key creation and the
// /api/v1 routes all read it from here. Adding a scope is adding a line.
export const API_KEY_SCOPES = {
  "search:read": "GET /api/v1/search: search services and prices",
} as const;

export type ApiKeyScope = keyof typeof API_KEY_SCOPES;

/** Scopes a key gets when none are named. */
export const DEFAULT_API_KEY_SCOPES: readonly ApiKeyScope[] = ["search:read"];

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return Object.hasOwn(API_KEY_SCOPES, value);
}

/** The scopes as given, checked and de-duplicated, in the list's order; throws on an unknown one. */
export function normalizeScopes(scopes: readonly string[]): ApiKeyScope[] {
  const unknown = scopes.filter((s) => !isApiKeyScope(s));
  if (unknown.length) {
    throw new RangeError(
      `Unknown API key scope${unknown.length > 1 ? "s" : ""} ${unknown.map((s) => JSON.stringify(s)).join(", ")}; ` +
        `known: ${Object.keys(API_KEY_SCOPES).join(", ")}.`,
    );
  }
  if (scopes.length === 0) throw new RangeError("An API key needs at least one scope.");
  return (Object.keys(API_KEY_SCOPES) as ApiKeyScope[]).filter((s) => scopes.includes(s));
}
