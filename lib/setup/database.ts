// Finds or starts the database for a local run and brings its schema up to date.
import pg from "pg";
import { startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate/apply";
import { configuredDatabaseUrl, redactUrl } from "../db/url";
import { backfillHospitalCoordinates } from "../geo/backfill";
// Only the provisioning module: db:migrate runs before the Prisma client is generated.
import { provisionAppRoleLogin } from "../tenancy/provision";

export interface ReadyDatabase {
  /** Connection string for the app. */
  url: string;
  /** Connection string for migrations (direct, not pooled). */
  migrationUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const EMBEDDED_DATA_DIR = ".data/postgres";

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<ReadyDatabase> {
  const appUrl = configuredDatabaseUrl("app");
  const migrationUrl = configuredDatabaseUrl("migrations");
  let ready: ReadyDatabase;
  if (appUrl && migrationUrl) {
    log(`Database: ${redactUrl(appUrl)}`);
    ready = { url: appUrl, migrationUrl, embedded: false, stop: async () => undefined };
  } else {
    log(`No DATABASE_URL set: starting the embedded PostgreSQL in ${EMBEDDED_DATA_DIR} …`);
    const db = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: 54320, log });
    log(`Embedded PostgreSQL ready: ${db.url}`);
    ready = { url: db.url, migrationUrl: db.url, embedded: true, stop: db.stop };
  }
  const { applied } = await applyMigrations(ready.migrationUrl, { log });
  log(applied.length ? `Applied ${applied.length} migration(s).` : "Schema is up to date.");
  // Tenant connections log in as priceline_app (docs/adr/0008).
  await provisionAppRoleLogin(ready.migrationUrl);
  await fillMissingCoordinates(ready.migrationUrl, log);
  return ready;
}

/** Places hospital locations loaded before ingestion geocoded them; silent when there are none. */
async function fillMissingCoordinates(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { filled } = await backfillHospitalCoordinates(client);
    if (filled) log(`Placed ${filled} hospital location(s) on the map from their ZIP code or city.`);
  } finally {
    await client.end();
  }
}
