// An organization's OpenID Connect connection as an Auth.js provider ("sso-<organization id>"),
// built for the one request that needs it: starting that sign-in, or its callback. Auth.js does
// discovery from the issuer, the authorization code flow with PKCE (S256), state and nonce.
import type { OIDCConfig } from "@auth/core/providers/oauth";
import { discoverOidcProvider, getOidcConnection, oidcClientSecret } from "@/lib/sso";
import { oidcProviderId } from "@/lib/sso/urls";
import { mayUse } from "../billing/entitlements";
import { withTenant } from "../tenancy";

export interface OidcClaims {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  preferred_username?: string;
}

/** The Auth.js provider for the organization's enabled OIDC connection, or null when it has none. */
export async function organizationOidcProvider(organizationId: string): Promise<OIDCConfig<OidcClaims> | null> {
  const connection = await getOidcConnection(organizationId);
  if (!connection?.enabled || !connection.issuer || !connection.clientId) return null;
  if (!(await mayUse(organizationId, "sso"))) return null;
  const [secret, organization] = await Promise.all([
    oidcClientSecret(organizationId),
    withTenant(organizationId, (db) => db.organization.findFirst({ select: { name: true } })),
  ]);
  if (!secret || !organization) return null;
  return {
    id: oidcProviderId(organizationId),
    name: organization.name,
    type: "oidc",
    issuer: connection.issuer,
    clientId: connection.clientId,
    clientSecret: secret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    // Safe here only because the signIn callback admits just the organization's verified
    // domains (lib/auth/sso-identity): the IdP cannot claim an address elsewhere.
    allowDangerousEmailAccountLinking: true,
    // The ID token's claims, completed from the userinfo endpoint when they lack the email (an
    // OpenID provider may keep scope claims there: oidc-provider does by default). An address
    // the provider says is unverified is not taken.
    async profile(claims, tokens) {
      const source = claims.email ? claims : { ...claims, ...(await userinfoClaims(connection.issuer, claims.sub, tokens.access_token)) };
      const email = typeof source.email === "string" && source.email_verified !== false && source.email_verified !== "false" ? source.email.trim().toLowerCase() : null;
      return { id: claims.sub, email, name: source.name ?? source.preferred_username ?? null, image: null };
    },
  };
}

/** The provider's userinfo for this access token (only if it is about the same subject), or nothing. */
async function userinfoClaims(issuer: string, sub: string, accessToken: string | undefined): Promise<Partial<OidcClaims>> {
  if (!accessToken) return {};
  try {
    const { userinfoEndpoint } = await discoverOidcProvider(issuer);
    if (!userinfoEndpoint) return {};
    const response = await fetch(userinfoEndpoint, {
      headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return {};
    const info = (await response.json()) as Partial<OidcClaims>;
    return info.sub === sub ? info : {};
  } catch {
    return {}; // no email then: sign-in is refused with a clear reason (lib/auth/sso-identity)
  }
}
