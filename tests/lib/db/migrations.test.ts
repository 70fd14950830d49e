// Proves the migration folders produce exactly the database that schema.prisma
// describes: one database is built by our migrator, another straight from the
// schema by Prisma's own schema engine (wasm), and their catalogs are compared.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import pg from "pg";
import { applyMigrations, readMigrations } from "../../../lib/db/migrate/apply";
import { diffSchemasToSql } from "../../../lib/db/migrate/schema-engine";
import { catalogSnapshot } from "../../support/catalog";

const admin = () => new pg.Client({ connectionString: inject("adminDatabaseUrl") });
const urlFor = (db: string) => {
  const u = new URL(inject("adminDatabaseUrl"));
  u.pathname = `/${db}`;
  return u.toString();
};
const suffix = `${process.pid}_${Date.now().toString(36)}`;
const migratedDb = `mig_a_${suffix}`;
const fromSchemaDb = `mig_b_${suffix}`;

async function withDb<T>(db: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: urlFor(db) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  const c = admin();
  await c.connect();
  await c.query(`CREATE DATABASE "${migratedDb}"`);
  await c.query(`CREATE DATABASE "${fromSchemaDb}"`);
  await c.end();
});

afterAll(async () => {
  const c = admin();
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${migratedDb}" WITH (FORCE)`);
  await c.query(`DROP DATABASE IF EXISTS "${fromSchemaDb}" WITH (FORCE)`);
  await c.end();
});

describe("migrations", () => {
  it("build the same database as schema.prisma", async () => {
    const result = await applyMigrations(urlFor(migratedDb));
    expect(result.applied).toEqual(readMigrations().map((m) => m.name));

    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const sql = await diffSchemasToSql(urlFor(fromSchemaDb), schema);
    expect(sql).toContain("CREATE TABLE");
    await withDb(fromSchemaDb, async (c) => {
      await c.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
      await c.query(sql);
    });

    const migrated = await withDb(migratedDb, catalogSnapshot);
    const expected = await withDb(fromSchemaDb, catalogSnapshot);
    expect(migrated.tables.length).toBeGreaterThan(5);
    expect(migrated).toEqual(expected);
  });

  it("are recorded like prisma migrate deploy and re-running applies nothing", async () => {
    const again = await applyMigrations(urlFor(migratedDb));
    expect(again.applied).toEqual([]);
    const rows = await withDb(migratedDb, (c) =>
      c.query(`SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`),
    );
    const expected = readMigrations();
    expect(rows.rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      expected.map((m) => [m.name, m.checksum, 1]),
    );
    expect(rows.rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it("leave nothing behind when a migration fails", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const path = await import("node:path");
    const os = await import("node:os");
    const dir = mkdtempSync(path.join(os.tmpdir(), "mig-"));
    mkdirSync(path.join(dir, "20990101000000_broken"));
    writeFileSync(
      path.join(dir, "20990101000000_broken", "migration.sql"),
      `CREATE TABLE should_not_exist (id int); SELECT * FROM no_such_table;`,
    );
    await expect(applyMigrations(urlFor(migratedDb), { dir })).rejects.toThrow(/20990101000000_broken failed/);
    const left = await withDb(migratedDb, (c) =>
      c.query(`SELECT to_regclass('should_not_exist') AS t, (SELECT count(*) FROM "_prisma_migrations" WHERE migration_name = '20990101000000_broken')::int AS n`),
    );
    expect(left.rows[0]).toEqual({ t: null, n: 0 });
  });
});
