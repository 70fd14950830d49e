// OpenID Connect discovery for an organization's identity provider, checked before the
// connection is saved: the issuer must answer for itself, offer the authorization code flow and
// PKCE with S256 (sign-in always sends a code challenge), and publish its signing keys.
import * as oauth from "oauth4webapi";

export class OidcDiscoveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OidcDiscoveryError";
  }
}

export interface DiscoveredProvider {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string;
  userinfoEndpoint: string | null;
  endSessionEndpoint: string | null;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** An issuer URL as typed by an admin: https, or plain http to this machine outside production. */
export function parseIssuerUrl(value: string, env: NodeJS.ProcessEnv = process.env): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new OidcDiscoveryError(`"${value}" is not a URL. The issuer looks like https://login.example.com/…`);
  }
  // Plain http to this machine: outside production, or where SSO_ALLOW_LOOPBACK_HTTP=1 says so
  // (the end-to-end run, whose production build talks to a local oidc-provider).
  const local = url.protocol === "http:" && LOOPBACK.has(url.hostname) && (env.NODE_ENV !== "production" || env.SSO_ALLOW_LOOPBACK_HTTP === "1");
  if (url.protocol !== "https:" && !local) throw new OidcDiscoveryError("The issuer URL must start with https://.");
  if (url.search || url.hash || url.username || url.password) {
    throw new OidcDiscoveryError("The issuer URL must not carry a query, a fragment or credentials.");
  }
  return url;
}

export async function discoverOidcProvider(issuerUrl: string, options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<DiscoveredProvider> {
  const issuer = parseIssuerUrl(issuerUrl, options.env);
  const insecure = issuer.protocol === "http:";
  let metadata: oauth.AuthorizationServer;
  try {
    const response = await oauth.discoveryRequest(issuer, {
      algorithm: "oidc",
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      [oauth.allowInsecureRequests]: insecure,
    });
    metadata = await oauth.processDiscoveryResponse(issuer, response);
  } catch (error) {
    throw new OidcDiscoveryError(explain(issuer, error));
  }
  const missing = (["authorization_endpoint", "token_endpoint", "jwks_uri"] as const).filter((field) => !metadata[field]);
  if (missing.length) throw new OidcDiscoveryError(`The provider's discovery document has no ${missing.join(", ")}.`);
  if (metadata.response_types_supported && !metadata.response_types_supported.includes("code")) {
    throw new OidcDiscoveryError("The provider does not offer the authorization code flow (response type \"code\").");
  }
  if (!metadata.code_challenge_methods_supported?.includes("S256")) {
    throw new OidcDiscoveryError("The provider does not announce PKCE with S256 (code_challenge_methods_supported), which sign-in requires.");
  }
  return {
    issuer: metadata.issuer,
    authorizationEndpoint: metadata.authorization_endpoint!,
    tokenEndpoint: metadata.token_endpoint!,
    jwksUri: metadata.jwks_uri!,
    userinfoEndpoint: metadata.userinfo_endpoint ?? null,
    endSessionEndpoint: metadata.end_session_endpoint ?? null,
  };
}

function explain(issuer: URL, error: unknown): string {
  const where = `${issuer.href.replace(/\/$/, "")}/.well-known/openid-configuration`;
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) return `No answer from ${where} in time.`;
  if (error instanceof oauth.ResponseBodyError || error instanceof oauth.WWWAuthenticateChallengeError) return `${where} answered with an error.`;
  if (error instanceof oauth.OperationProcessingError) {
    if (error.code === oauth.RESPONSE_IS_NOT_JSON) return `${where} did not answer with a JSON discovery document.`;
    if (error.code === oauth.JSON_ATTRIBUTE_COMPARISON) return `The discovery document at ${where} names another issuer than ${issuer.href}.`;
    if (error.code === oauth.RESPONSE_IS_NOT_CONFORM) return `${where} answered with HTTP status ${(error.cause as Response | undefined)?.status ?? "other than 200"}.`;
    return `The discovery document at ${where} is not valid: ${error.message}`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `Could not reach ${where}${cause}.`;
}
