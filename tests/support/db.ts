// Helpers for integration tests: the run's database URL and table resets.
import { inject } from "vitest";
import pg from "pg";
import { payerChargeRows, payerPlanJoin } from "../../lib/db/charges-sql";

export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

/** Run SQL against the test database with a short-lived client. */
export async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Empties every domain table (not the migrations history). */
export async function resetDatabase(): Promise<void> {
  await withClient((c) =>
    c.query(
      `TRUNCATE hospitals, hospital_locations, mrf_files, items, standard_charges, payer_plans, ingestion_runs, quarantined_rows, charge_changes, feedback, search_words RESTART IDENTITY CASCADE`,
    ),
  );
}

/**
 * The loaded charges flattened back to one row per payer charge (or per standard
 * charge without payers), as a tall CSV lists them, in file order (`id`). Use as
 * `FROM (${TALL_ROWS}) sc`.
 */
export const TALL_ROWS = `
  SELECT row_number() OVER (ORDER BY sc.id, pc.position) AS id, sc.id AS charge_id,
         sc.hospital_id, sc.item_id, sc.mrf_file_id, sc.setting, sc.modifiers, sc.drug_unit, sc.drug_unit_type,
         sc.gross, sc.discounted_cash, sc.minimum, sc.maximum, sc.generic_notes, sc.billing_class,
         pp.payer_name, pp.plan_name, pc.negotiated_dollar, pc.negotiated_percentage, pc.negotiated_algorithm,
         pc.methodology, pc.median_amount, pc.percentile_10, pc.percentile_90, pc.allowed_count, pc.notes AS payer_notes
    FROM standard_charges sc
    LEFT JOIN LATERAL ${payerChargeRows("sc")} ON true
    ${payerPlanJoin("sc")}`;

/** Every item's codes as rows (hospital_id, item_id, position, code, code_type). Use as `FROM (${ITEM_CODES}) ic`. */
export const ITEM_CODES = `
  SELECT i.hospital_id, i.id AS item_id, u.position, u.code, u.code_type
    FROM items i, unnest(i.codes, i.code_types) WITH ORDINALITY AS u(code, code_type, position)`;
