// The tenant connections: a Prisma client and a node-postgres pool that log in
// as priceline_app, separate from the owner's connections in lib/db.
//
// Why a separate login rather than `SET LOCAL ROLE priceline_app` on the
// owner's connection: SET ROLE is not a security boundary. Any SQL on that
// connection can run `RESET ROLE` (or `SET ROLE <owner>`) and be the owner
// again, with row-level security bypassed (tests/lib/tenancy/isolation.test.ts
// shows it). A connection that logged in as priceline_app has no other role to
// return to.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../db/generated/prisma/client";
import { configuredDatabaseUrl } from "../db/url";
import { APP_ROLE } from "./roles";

/**
 * Where tenant connections go: TENANT_DATABASE_URL when set; otherwise the
 * app's database URL (DATABASE_URL, POSTGRES_URL…) with priceline_app as the
 * user and the same password, which the setup step gives the role
 * (provisionAppRoleLogin, run by `npm run db:migrate`, `dev`, `start` and the
 * test setup).
 */
export function tenantDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.TENANT_DATABASE_URL?.trim();
  if (explicit) return explicit;
  const base = configuredDatabaseUrl("app", env);
  if (!base) return undefined;
  const url = new URL(base);
  if (!url.hostname) {
    throw new Error(
      "Cannot derive the tenant connection from a database URL without a host name: set TENANT_DATABASE_URL (a login as priceline_app).",
    );
  }
  url.username = APP_ROLE;
  return url.toString();
}

function requireTenantUrl(): string {
  const url = tenantDatabaseUrl();
  if (!url) {
    throw new Error(
      "No database configured for tenant connections: set DATABASE_URL (or TENANT_DATABASE_URL), or start the app with `npm run dev` / `npm start`.",
    );
  }
  return url;
}

const cache = globalThis as unknown as { pricelineTenantPrisma?: PrismaClient; pricelineTenantPool?: pg.Pool };

export function tenantPrisma(): PrismaClient {
  if (!cache.pricelineTenantPrisma) {
    cache.pricelineTenantPrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: requireTenantUrl() }) });
  }
  return cache.pricelineTenantPrisma;
}

export function tenantPool(): pg.Pool {
  if (!cache.pricelineTenantPool) {
    cache.pricelineTenantPool = new pg.Pool({
      connectionString: requireTenantUrl(),
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 10_000,
    });
  }
  return cache.pricelineTenantPool;
}

export async function closeTenantConnections(): Promise<void> {
  const { pricelineTenantPrisma: prisma, pricelineTenantPool: pool } = cache;
  cache.pricelineTenantPrisma = undefined;
  cache.pricelineTenantPool = undefined;
  await Promise.all([prisma?.$disconnect(), pool?.end()]);
}
