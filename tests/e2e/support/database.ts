// The database of the server the specs run against, for specs that set up or check rows
// directly (or set up what a UI elsewhere covers: an identity provider's connection): DATABASE_URL
// when set, else the embedded PostgreSQL `npm start` runs (its port is in the data folder's
// postmaster.pid; user, password and database as lib/db/embedded.ts has them).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { configuredDatabaseUrl } from "../../../lib/db/url";

const EMBEDDED_DATA_DIR = ".data/postgres";

export function serverDatabaseUrl(): string {
  const configured = configuredDatabaseUrl("app");
  if (configured) return configured;
  const pidFile = path.join(EMBEDDED_DATA_DIR, "postmaster.pid");
  if (!existsSync(pidFile)) throw new Error(`No DATABASE_URL and no embedded PostgreSQL running in ${EMBEDDED_DATA_DIR}`);
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`Unreadable port in ${pidFile}`);
  return `postgresql://postgres:postgres@127.0.0.1:${port}/priceline`;
}

/** Points this process's library calls (lib/…) at the server's database; returns its URL. */
export async function useServerDatabase(): Promise<string> {
  const url = serverDatabaseUrl();
  process.env.DATABASE_URL = url;
  return url;
}

export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One query on the server's database. */
export async function serverQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return withDatabase(async (client) => (await client.query<T>(sql, params)).rows);
}
