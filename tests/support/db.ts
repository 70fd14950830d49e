// Helpers for integration tests: the run's database URL and table resets.
import { inject } from "vitest";
import pg from "pg";

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
      `TRUNCATE hospitals, hospital_locations, mrf_files, items, item_codes, standard_charges, ingestion_runs, quarantined_rows, charge_changes RESTART IDENTITY CASCADE`,
    ),
  );
}
