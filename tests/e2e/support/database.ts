// The e2e server's database, for specs that set up what a UI elsewhere covers (an identity
// provider's connection, an operator flag): DATABASE_URL when the run has one, else the embedded
// PostgreSQL `npm start` is running (lib/setup/database), which startEmbeddedPostgres finds and
// reuses without starting another.
import { configuredDatabaseUrl } from "../../../lib/db/url";
import { startEmbeddedPostgres } from "../../../lib/db/embedded";
import { EMBEDDED_DATA_DIR } from "../../../lib/setup/database";

/** Points this process's library calls (lib/…) at the server's database; returns its URL. */
export async function useServerDatabase(): Promise<string> {
  const url = configuredDatabaseUrl("app") ?? (await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR })).url;
  process.env.DATABASE_URL = url;
  return url;
}
