// Gives the test run its own throwaway database: on the machine's PostgreSQL
// when DATABASE_URL is set, otherwise on an embedded PostgreSQL under .data/.
// Either way a fresh database is created, migrated, and dropped afterwards, so
// tests never touch the developer's data.
import type { TestProject } from "vitest/node";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate/apply";
import { configuredDatabaseUrl } from "../../lib/db/url";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let adminUrl: string;
let testDbName: string;

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function setup(project: TestProject) {
  const configured = configuredDatabaseUrl("migrations");
  if (configured) {
    adminUrl = configured;
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/postgres-test", port: 54330, database: "postgres" });
    adminUrl = embedded.url;
  }
  testDbName = `priceline_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${testDbName}"`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, testDbName);
  await applyMigrations(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminDatabaseUrl", adminUrl);
}

export async function teardown() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${testDbName}" WITH (FORCE)`);
  await admin.end();
  await embedded?.stop();
}
