// Gives the test run its own throwaway database: on the machine's PostgreSQL
// when DATABASE_URL is set, otherwise on an embedded PostgreSQL under .data/.
// Either way a fresh database is created, migrated, and dropped afterwards, so
// tests never touch the developer's data.
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate/apply";
import { configuredDatabaseUrl } from "../../lib/db/url";
import { provisionAppRoleLogin } from "../../lib/tenancy/provision";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

const TEST_CLUSTERS = ".data/test-postgres";
let embedded: EmbeddedDatabase | undefined;
let embeddedDir: string | undefined;

/** Clusters left by runs that were killed before their teardown. */
function removeAbandonedClusters() {
  if (!existsSync(TEST_CLUSTERS)) return;
  for (const name of readdirSync(TEST_CLUSTERS)) {
    const pid = Number(name);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (!alive) rmSync(path.join(TEST_CLUSTERS, name), { recursive: true, force: true });
  }
}
let adminUrl: string | undefined;
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
    // One cluster per run, so parallel runs (two terminals, an editor's test
    // runner) never stop each other's server.
    removeAbandonedClusters();
    embeddedDir = path.join(TEST_CLUSTERS, String(process.pid));
    embedded = await startEmbeddedPostgres({ dataDir: embeddedDir, port: 0, database: "postgres" });
    adminUrl = embedded.url;
  }
  testDbName = `priceline_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${testDbName}"`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, testDbName);
  await applyMigrations(databaseUrl);
  // The tenant connections log in as priceline_app, as the app's do (lib/setup/database.ts).
  await provisionAppRoleLogin(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminDatabaseUrl", adminUrl);
}

export async function teardown() {
  if (!adminUrl) return; // set-up failed before a server existed
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${testDbName}" WITH (FORCE)`);
  await admin.end();
  await embedded?.stop();
  if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
}
