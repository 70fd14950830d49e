// Transactions scoped to one organization (withTenant, withTenantClient) or,
// narrowly, to the platform (withPlatform). PostgreSQL's row-level security
// policies do the filtering (docs/adr/0008); this module only opens the
// transaction on the right connection and makes the per-transaction settings
// the policies read.
//
// Why an interactive transaction rather than a Prisma client extension that
// wraps each query: the setting must be made on the same connection, in the
// same transaction, as the queries it governs. The per-query extension pattern
// opens a batch transaction around every single query (a round trip each) and
// breaks the caller's own transactions; one explicit transaction per unit of
// work is simpler, and its scope is visible in the code.
import type pg from "pg";
import { getPrisma } from "../db/client";
import type { Prisma } from "../db/generated/prisma/client";
import { tenantPool, tenantPrisma } from "./connections";
import { APP_ROLE, ORG_SETTING, PLATFORM_ROLE, assertOrganizationId } from "./roles";

/** The Prisma client inside withTenant: every query is filtered to the organization. */
export type TenantDb = Prisma.TransactionClient;
/** The Prisma client inside withPlatform. */
export type PlatformDb = Prisma.TransactionClient;

export interface TransactionOptions {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
}

export class TenancyMisconfiguredError extends Error {
  override name = "TenancyMisconfiguredError";
}

// One round trip: switch to the app role and set the organization, both for
// this transaction only (set_config(…, true) is SET LOCAL), and report whether
// the login itself could get around row-level security. The role switch is a
// no-op for a priceline_app login; the check refuses to run tenant work on a
// connection that logged in as a superuser, a BYPASSRLS role, the tables'
// owner or a platform member (e.g. TENANT_DATABASE_URL set to the owner's
// URL), because on such a connection `RESET ROLE` undoes the isolation.
const ENTER_TENANT_SQL = `
  SELECT set_config('role', '${APP_ROLE}', true) AS role,
         set_config('${ORG_SETTING}', $1, true) AS org,
         session_user::text AS login,
         (r.rolsuper OR r.rolbypassrls
            OR pg_has_role(session_user, '${PLATFORM_ROLE}', 'MEMBER')
            OR pg_has_role(session_user, c.relowner, 'MEMBER')) AS can_bypass
    FROM pg_roles r, pg_class c
   WHERE r.rolname = session_user AND c.oid = 'public.organizations'::regclass`;

interface EnterRow {
  login: string;
  can_bypass: boolean;
}

function checkEntered(rows: EnterRow[]): void {
  const row = rows[0];
  if (!row || row.can_bypass) {
    throw new TenancyMisconfiguredError(
      `Tenant connections log in as "${row?.login ?? "?"}", which can get around row-level security. ` +
        `They must log in as ${APP_ROLE}: unset TENANT_DATABASE_URL, or point it at a ${APP_ROLE} login.`,
    );
  }
}

/**
 * Runs `fn` in one transaction in which only `orgId`'s rows of the
 * organization-owned tables exist: reads see no other organization's rows,
 * writes to them affect nothing, and inserting or moving a row into another
 * organization fails. Committed when `fn` resolves, rolled back when it throws.
 *
 * `orgId` is trusted: the caller must have established that the signed-in user
 * (or API key) belongs to that organization. Row-level security guarantees
 * that nothing outside it is reached, not that the choice was right.
 */
export async function withTenant<T>(
  orgId: string,
  fn: (db: TenantDb) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  assertOrganizationId(orgId);
  return tenantPrisma().$transaction(async (tx) => {
    checkEntered(await tx.$queryRawUnsafe<EnterRow[]>(ENTER_TENANT_SQL, orgId));
    return fn(tx);
  }, options);
}

/**
 * withTenant for SQL written by hand (node-postgres): `fn` gets a client on a
 * priceline_app connection inside a transaction scoped to `orgId`. Do not keep
 * the client beyond `fn`.
 */
export async function withTenantClient<T>(orgId: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  assertOrganizationId(orgId);
  const client = await tenantPool().connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    checkEntered((await client.query<EnterRow>(ENTER_TENANT_SQL, [orgId])).rows);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((e: Error) => {
      broken = e; // the connection is unusable: do not return it to the pool
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Runs `fn` in one transaction as priceline_platform, which sees every
 * organization's rows of the identity and tenancy tables. Only for work that
 * legitimately spans organizations or happens before one is known: resolving
 * an API key, an invitation token or an email domain to its organization at
 * sign-in; operator pages in /admin; system jobs. Everything a member does in
 * an organization goes through withTenant instead.
 *
 * This runs on the owner's connection (lib/db), which is trusted anyway: the
 * role switch is there so that such code is explicit, reaches only the tables
 * granted to the platform role, and still cannot change the audit log — not as
 * a barrier against SQL that could `RESET ROLE`.
 */
export async function withPlatform<T>(fn: (db: PlatformDb) => Promise<T>, options?: TransactionOptions): Promise<T> {
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRawUnsafe(
      `SELECT set_config('role', '${PLATFORM_ROLE}', true), set_config('${ORG_SETTING}', '', true)`,
    );
    return fn(tx);
  }, options);
}
