// A shared node-postgres pool for the hot paths that use SQL directly (search, bulk load).
import pg from "pg";
import { requireDatabaseUrl } from "./url";

// Return NUMERIC and BIGINT as strings; callers convert deliberately (money must not lose cents).
const globalForPool = globalThis as unknown as { pricelinePool?: pg.Pool };

export function getPool(): pg.Pool {
  if (!globalForPool.pricelinePool) {
    globalForPool.pricelinePool = new pg.Pool({
      connectionString: requireDatabaseUrl("app"),
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 10_000,
    });
  }
  return globalForPool.pricelinePool;
}

export async function closePool(): Promise<void> {
  const pool = globalForPool.pricelinePool;
  globalForPool.pricelinePool = undefined;
  await pool?.end();
}
