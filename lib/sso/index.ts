// Single sign-on configuration per organization: OIDC presets, discovery, and the stored
// connection with its secret sealed at rest.
export { OIDC_PRESETS, isOidcPreset, presetIssuer, type OidcPreset } from "./presets";
export { discoverOidcProvider, parseIssuerUrl, OidcDiscoveryError, type DiscoveredProvider } from "./discovery";
export { saveOidcConnection, getOidcConnection, oidcClientSecret, SsoConfigError, type OidcConnection, type OidcConnectionInput } from "./connections";
export { parseIdpMetadata, SamlMetadataError, type IdpMetadata } from "./saml-metadata";
export { saveSamlConnection, getSamlConnection, samlServiceProvider, type SamlConnection } from "./saml";
export { claimDomain, setSsoRequired, ssoRequiredFor, DomainClaimError } from "./domains";
export {
  oidcProviderId,
  organizationOfProvider,
  oidcRedirectUri,
  samlEntityId,
  samlAcsUrl,
  samlMetadataUrl,
  samlLoginUrl,
  OIDC_PROVIDER_PREFIX,
} from "./urls";
