// Who may call /api/v1, and how often: an optional `Authorization: Bearer <key>`.
//
//   no Authorization header   public access, limited per client address (in memory:
//                             no database or network round trip on this path)
//   a valid key with the scope authenticated, limited per key
//   any other Authorization   401 (malformed, unknown or revoked key) or 403 (the
//                             key lacks the scope). A bad key is never treated as
//                             no key: a client that meant to authenticate learns so.
//
// Route handlers stay thin: `return withApiAccess(request, "search:read", (access) => …)`.
import { authenticateApiKey, bearerToken, type ApiKeyFailure, type ApiKeyPrincipal, type ApiKeyScope } from "../apikeys";
import { EntitlementError } from "../billing/entitlements";
import { consume } from "../billing/usage";
import { clientKey } from "../feedback/rate-limit";
import { apiRateLimiters, rateLimitHeaders, type RateLimitState } from "./rate-limit";

export interface ApiAccess {
  /** The key the request came with, or null for public access. */
  principal: ApiKeyPrincipal | null;
}

const MESSAGES: Record<Exclude<ApiKeyFailure, "missing_scope">, { code: string; message: string }> = {
  malformed: {
    code: "malformed_api_key",
    message: "The Authorization header must be \"Bearer <API key>\" with a key that starts with hpl_live_. Send no Authorization header for public access.",
  },
  unknown: { code: "invalid_api_key", message: "The API key is not valid. Check that it was copied whole, or create a new one." },
  revoked: { code: "revoked_api_key", message: "The API key has been revoked. Create a new one." },
};

function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store", ...headers } });
}

function rateLimited(state: RateLimitState, who: "key" | "address" | "failures"): Response {
  const message =
    who === "key"
      ? `This API key has made more than ${state.limit} requests in the current window. Retry after ${state.resetSeconds} seconds.`
      : who === "address"
        ? `Too many requests from this address (at most ${state.limit} per window without an API key). Retry after ${state.resetSeconds} seconds, or use an API key.`
        : `Too many requests with invalid API keys from this address. Retry after ${state.resetSeconds} seconds.`;
  return errorResponse(429, "rate_limited", message, rateLimitHeaders(state));
}

function internalError(what: string, error: unknown): Response {
  console.error(what, { error: error instanceof Error ? error.message : String(error) });
  return errorResponse(500, "internal_error", "The API is temporarily unavailable. Please try again later.");
}

/**
 * Decides whether `request` may call an endpoint that needs `scope` from a key,
 * and either answers for it (401, 403, 429, 500) or runs `handler` and adds the
 * rate-limit headers to its response. Keyed responses are private (not for
 * shared caches); public ones vary by Authorization, so a cache never answers a
 * keyed request with a public response.
 */
export async function withApiAccess(
  request: Request,
  scope: ApiKeyScope,
  handler: (access: ApiAccess) => Promise<Response>,
): Promise<Response> {
  const authorization = request.headers.get("authorization");
  let limiters;
  try {
    limiters = await apiRateLimiters();
  } catch (error) {
    return internalError("API rate limiters could not be set up", error);
  }

  let principal: ApiKeyPrincipal | null = null;
  let state: RateLimitState;
  if (authorization === null) {
    state = await limiters.public.consume(clientKey(request.headers));
    if (!state.allowed) return rateLimited(state, "address");
  } else {
    const address = clientKey(request.headers);
    const failures = await limiters.authFailures.peek(address);
    if (!failures.allowed) return rateLimited(failures, "failures");
    const token = bearerToken(authorization);
    let result;
    try {
      result = token === null ? ({ ok: false, failure: "malformed" } as const) : await authenticateApiKey(token, scope);
    } catch (error) {
      return internalError("API key authentication failed", error);
    }
    if (!result.ok) {
      if (result.failure === "missing_scope") {
        return errorResponse(403, "insufficient_scope", `This API key does not have the ${scope} scope this endpoint needs.`, {
          "www-authenticate": `Bearer error="insufficient_scope", scope="${scope}"`,
        });
      }
      await limiters.authFailures.consume(address);
      const { code, message } = MESSAGES[result.failure];
      return errorResponse(401, code, message, {
        "www-authenticate": `Bearer error="invalid_token", error_description="${code}"`,
      });
    }
    principal = result.principal;
    state = await limiters.perKey.consume(principal.keyId);
    if (!state.allowed) return rateLimited(state, "key");
    // Every keyed call counts against the plan's monthly API calls (lib/billing), and is metered.
    try {
      await consume(principal.organizationId, "api_calls");
    } catch (error) {
      if (error instanceof EntitlementError) return errorResponse(402, error.code, error.message, rateLimitHeaders(state));
      return internalError("API call could not be counted", error);
    }
  }

  const response = await handler({ principal });
  for (const [name, value] of Object.entries(rateLimitHeaders(state))) response.headers.set(name, value);
  if (principal) response.headers.set("cache-control", "private, no-store");
  response.headers.append("vary", "authorization");
  return response;
}
