// An organization's OpenID Connect connection as an Auth.js provider ("sso-<organization id>"),
// built for the one request that needs it: starting that sign-in, or its callback. Auth.js does
// discovery from the issuer, the authorization code flow with PKCE (S256), state and nonce.
import type { OIDCConfig } from "@auth/core/providers/oauth";
import { getOidcConnection, oidcClientSecret } from "@/lib/sso";
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
    profile(claims) {
      return {
        id: claims.sub,
        email: typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null,
        name: claims.name ?? claims.preferred_username ?? null,
        image: null,
      };
    },
  };
}
