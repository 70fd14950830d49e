// The e2e server's database, for specs that set up what a UI elsewhere covers (an identity
// provider's connection, an operator flag): DATABASE_URL when the run has one, else the embedded
// PostgreSQL `npm start` is running (lib/setup/database), which startEmbeddedPostgres finds and
// reuses without starting another.
import pg from "pg";
import { configuredDatabaseUrl } from "../../../lib/db/url";
import { startEmbeddedPostgres } from "../../../lib/db/embedded";
import { EMBEDDED_DATA_DIR } from "../../../lib/setup/database";

/** Points this process's library calls (lib/…) at the server's database; returns its URL. */
export async function useServerDatabase(): Promise<string> {
  const url = configuredDatabaseUrl("app") ?? (await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR })).url;
  process.env.DATABASE_URL = url;
  return url;
}

/** One query on the server's database (call useServerDatabase first). */
export async function serverQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Call useServerDatabase() in beforeAll first.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
