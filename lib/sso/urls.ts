// The addresses an organization's identity provider is configured with, shown to its admins on
// the SSO settings page and used by the sign-in flows. Everything is per organization, so a
// response meant for one organization can never sign in to another.
import { authUrl } from "@/lib/auth/config";
import { isUuid } from "@/lib/tenancy/roles";

/** The Auth.js provider id of an organization's OpenID Connect connection. */
export const OIDC_PROVIDER_PREFIX = "sso-";

export function oidcProviderId(organizationId: string): string {
  return `${OIDC_PROVIDER_PREFIX}${organizationId}`;
}

/** The organization id in an OIDC provider id, or null when `providerId` is not one. */
export function organizationOfProvider(providerId: string): string | null {
  if (!providerId.startsWith(OIDC_PROVIDER_PREFIX)) return null;
  const id = providerId.slice(OIDC_PROVIDER_PREFIX.length);
  return isUuid(id) ? id.toLowerCase() : null;
}

const base = (siteUrl?: string) => (siteUrl ?? authUrl()).replace(/\/+$/, "");

/** The redirect (callback) URI to register at the OpenID provider. */
export function oidcRedirectUri(organizationId: string, siteUrl?: string): string {
  return `${base(siteUrl)}/api/auth/callback/${oidcProviderId(organizationId)}`;
}

/** This site's SAML service-provider entity id (the audience of the IdP's assertions). */
export function samlEntityId(organizationId: string, siteUrl?: string): string {
  return `${base(siteUrl)}/saml/${organizationId}`;
}

/** Where the IdP posts its SAML response (assertion consumer service, HTTP-POST binding). */
export function samlAcsUrl(organizationId: string, siteUrl?: string): string {
  return `${base(siteUrl)}/api/auth/saml/${organizationId}/acs`;
}

/** This site's SP metadata for the organization, to upload to the IdP. */
export function samlMetadataUrl(organizationId: string, siteUrl?: string): string {
  return `${base(siteUrl)}/api/auth/saml/${organizationId}/metadata`;
}

/** Starts a SAML sign-in (HTTP-Redirect binding to the IdP). */
export function samlLoginUrl(organizationId: string, siteUrl?: string): string {
  return `${base(siteUrl)}/api/auth/saml/${organizationId}/login`;
}
