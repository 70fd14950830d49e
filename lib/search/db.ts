// Read-only, time-bounded access to the database for the public search.
import type pg from "pg";
import { getPool } from "@/lib/db/pool";

/** A public request never holds a connection longer than this. */
export const STATEMENT_TIMEOUT_MS = 8_000;

/**
 * Runs `fn` in a READ ONLY transaction with a statement timeout, so that a slow or runaway
 * search query is cancelled by PostgreSQL instead of piling up on the pool.
 */
export async function withReadOnlyClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  let failed = false;
  try {
    // One round trip for both (a simple query may hold several statements).
    await client.query(`BEGIN READ ONLY; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    failed = true;
    try {
      await client.query("ROLLBACK");
    } catch {
      // The connection is broken; it is discarded below.
    }
    throw error;
  } finally {
    client.release(failed ? true : undefined);
  }
}

/** SQL for "this hospital's current file": its newest succeeded MRF file (by last_updated_on, then id). */
export const LATEST_FILES_CTE = `
  latest AS (
    SELECT DISTINCT ON (f.hospital_id) f.hospital_id, f.id
    FROM mrf_files f
    WHERE f.status = 'succeeded'
    ORDER BY f.hospital_id, f.last_updated_on DESC, f.id DESC
  )`;

/** Ranks code types for choosing an item's primary billing code: CPT/HCPCS/MS-DRG before RC/CDM. */
export const CODE_TYPE_RANK_SQL = (column: string) => `
  CASE upper(${column})
    WHEN 'CPT' THEN 0 WHEN 'HCPCS' THEN 1 WHEN 'MS-DRG' THEN 2 WHEN 'APR-DRG' THEN 3
    WHEN 'DRG' THEN 4 WHEN 'R-DRG' THEN 4 WHEN 'S-DRG' THEN 4 WHEN 'APS-DRG' THEN 4
    WHEN 'AP-DRG' THEN 4 WHEN 'TRIS-DRG' THEN 4 WHEN 'CDT' THEN 5 WHEN 'NDC' THEN 6
    WHEN 'HIPPS' THEN 7 WHEN 'APC' THEN 8 WHEN 'EAPG' THEN 9 WHEN 'ICD' THEN 10
    WHEN 'LOCAL' THEN 20 WHEN 'RC' THEN 30 WHEN 'CDM' THEN 31
    ELSE 15
  END`;

const CODE_TYPE_ORDER = ["CPT", "HCPCS", "MS-DRG", "APR-DRG"];

/** The same ranking in TypeScript, for ordering services found by code. */
export function codeTypeRank(type: string): number {
  const index = CODE_TYPE_ORDER.indexOf(type.toUpperCase());
  if (index >= 0) return index;
  if (/DRG$/i.test(type)) return 4;
  if (/^(RC|CDM)$/i.test(type)) return 30;
  return 15;
}
