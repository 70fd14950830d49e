// Organization API keys for /api/v1 (issue 5, point 6): created with a secret
// shown once and stored as a SHA-256 hash, scoped, revocable, with a last-used
// time; every creation and revocation is in the audit log.
export { API_KEY_SCOPES, DEFAULT_API_KEY_SCOPES, isApiKeyScope, normalizeScopes } from "./scopes";
export type { ApiKeyScope } from "./scopes";
export { API_KEY_PREFIX, isApiKeyPrefix } from "./secret";
export { createApiKey, listApiKeys, revokeApiKey, ApiKeyError } from "./keys";
export type { ApiKeySummary, CreatedApiKey, CreateApiKeyInput, RevokeResult } from "./keys";
export { authenticateApiKey, bearerToken, LAST_USED_RESOLUTION_MS } from "./authenticate";
export type { ApiKeyPrincipal, ApiKeyFailure, AuthenticationResult } from "./authenticate";
export type { AuditContext } from "./audit";
