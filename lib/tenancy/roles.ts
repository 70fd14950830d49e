// Names shared by the migrations (prisma/migrations/*_organizations_and_tenant_isolation)
// and the data layer. Changing one means a migration.

/** The role tenant connections log in as: no ownership, no BYPASSRLS, a member of no role. */
export const APP_ROLE = "priceline_app";

/** The role withPlatform switches the owner's connection to, for work that spans organizations. */
export const PLATFORM_ROLE = "priceline_platform";

/** The per-transaction setting the row-level security policies compare organization_id with. */
export const ORG_SETTING = "app.current_org_id";

// Organization ids are UUIDs (gen_random_uuid()). Checking the shape before it
// reaches the database turns a malformed id into a clear error here instead of
// a cast failure inside a policy.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has the shape of a UUID (organization, user and API key ids all are). */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

export function assertOrganizationId(orgId: unknown): asserts orgId is string {
  if (typeof orgId !== "string" || !UUID.test(orgId)) {
    throw new TypeError(`Not an organization id: ${JSON.stringify(orgId)}`);
  }
}
