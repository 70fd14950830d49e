// Single sign-on configuration per organization: OIDC presets, discovery, and the stored
// connection with its secret sealed at rest.
export { OIDC_PRESETS, isOidcPreset, presetIssuer, type OidcPreset } from "./presets";
export { discoverOidcProvider, parseIssuerUrl, OidcDiscoveryError, type DiscoveredProvider } from "./discovery";
export { saveOidcConnection, getOidcConnection, oidcClientSecret, SsoConfigError, type OidcConnection, type OidcConnectionInput } from "./connections";
export { parseIdpMetadata, SamlMetadataError, type IdpMetadata } from "./saml-metadata";
export { saveSamlConnection, getSamlConnection, samlServiceProvider, type SamlConnection } from "./saml";
export { claimDomain, removeDomain, setSsoRequired, ssoRequiredFor, DomainClaimError } from "./domains";
export {
  ssoAllowed,
  ssoSettings,
  saveOidcSettings,
  removeOidcSettings,
  saveSamlSettings,
  removeSamlSettings,
  claimDomainSettings,
  setSsoRequiredSettings,
  setIdleTimeout,
  parseIdleTimeout,
  explainOidcError,
  SsoSettingsError,
  IDLE_TIMEOUT_MIN,
  IDLE_TIMEOUT_MAX,
  IDLE_TIMEOUT_DEFAULT,
  type SsoSettings,
  type SsoActor,
  type ClaimedDomain,
  type OidcErrorCode,
} from "./settings";
export { SSO_AUDIT_ACTIONS, recordSsoAudit, type SsoAuditAction } from "./audit";
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
