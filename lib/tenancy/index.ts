// Tenant isolation (docs/adr/0008). Everything that reads or writes an
// organization's data goes through withTenant (or withTenantClient for SQL by
// hand); withPlatform is the narrow way to work across organizations.
export { withTenant, withTenantClient, withPlatform, TenancyMisconfiguredError } from "./scope";
export type { TenantDb, PlatformDb, TransactionOptions } from "./scope";
export { tenantDatabaseUrl, closeTenantConnections } from "./connections";
export { provisionAppRoleLogin } from "./provision";
export { APP_ROLE, PLATFORM_ROLE, ORG_SETTING, assertOrganizationId } from "./roles";
