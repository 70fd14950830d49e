// The identity providers an organization's admin can pick, each turning what the admin knows
// (a tenant id, a domain) into the OIDC issuer URL whose discovery document says the rest.
export const OIDC_PRESETS = {
  "microsoft-entra-id": {
    name: "Microsoft Entra ID",
    /** The directory (tenant) id, a GUID, or a verified domain of the tenant. */
    asks: "tenant",
    issuer: (tenant: string) => `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/v2.0`,
    valid: (tenant: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tenant) || DOMAIN.test(tenant),
  },
  "google-workspace": {
    name: "Google Workspace",
    /** Google has one issuer; the Workspace domain limits sign-in to its accounts (the `hd` claim). */
    asks: "domain",
    issuer: () => "https://accounts.google.com",
    valid: (domain: string) => DOMAIN.test(domain),
  },
  okta: {
    name: "Okta",
    /** The Okta domain (acme.okta.com); its org authorization server is the issuer. */
    asks: "domain",
    issuer: (domain: string) => `https://${domain}`,
    valid: (domain: string) => DOMAIN.test(domain),
  },
} as const;

export type OidcPreset = keyof typeof OIDC_PRESETS;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isOidcPreset(value: string): value is OidcPreset {
  return Object.hasOwn(OIDC_PRESETS, value);
}

/** The issuer for a preset and the admin's value, or null when the value does not fit the preset. */
export function presetIssuer(preset: OidcPreset, value: string): string | null {
  const entry = OIDC_PRESETS[preset];
  const trimmed = value.trim().toLowerCase();
  return entry.valid(trimmed) ? entry.issuer(trimmed) : null;
}
