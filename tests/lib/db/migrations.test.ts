// Proves the migration folders produce exactly the database that schema.prisma
// describes: one database is built by our migrator, another straight from the
// schema by Prisma's own schema engine (wasm), and their catalogs are compared.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import pg from "pg";
import { applyMigrations, readMigrations } from "../../../lib/db/migrate/apply";
import { diffSchemasToSql } from "../../../lib/db/migrate/schema-engine";
import { payerChargeRows, payerPlanJoin } from "../../../lib/db/charges-sql";
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
    // What Prisma cannot declare (extensions, expression indexes) is listed in one file.
    const extras = readFileSync("prisma/sql-extras.sql", "utf8");
    await withDb(fromSchemaDb, async (c) => {
      await c.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`); // schema.prisma's trigram index needs it first
      await c.query(sql);
      await c.query(extras);
    });

    const migrated = await withDb(migratedDb, catalogSnapshot);
    const expected = await withDb(fromSchemaDb, catalogSnapshot);
    expect(migrated.tables.length).toBeGreaterThan(5);
    // Tenant isolation (docs/adr/0008) is part of what must match.
    expect(migrated.policies.length).toBeGreaterThan(10);
    expect(migrated.rowSecurity.filter((t) => t.endsWith("forced=true")).length).toBe(11);
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

  it("carry tall-style charge rows over into standard charges with their payer charges and payer plans", async () => {
    const { cpSync, mkdtempSync } = await import("node:fs");
    const path = await import("node:path");
    const os = await import("node:os");
    const db = `mig_c_${suffix}`;
    const c0 = admin();
    await c0.connect();
    await c0.query(`CREATE DATABASE "${db}"`);
    await c0.end();
    try {
      // The database as the first migration left it, with data in the old one-table shape.
      const dir = mkdtempSync(path.join(os.tmpdir(), "mig-"));
      const first = readMigrations()[0]!.name;
      cpSync(path.join("prisma/migrations", first), path.join(dir, first), { recursive: true });
      await applyMigrations(urlFor(db), { dir });
      await withDb(db, async (c) => {
        await c.query(`INSERT INTO hospitals (id, slug, name, updated_at) VALUES (1, 'h', 'H', now())`);
        await c.query(`INSERT INTO mrf_files (id, hospital_id, source, file_name, cms_version, format, content_hash, byte_size, last_updated_on)
                       VALUES (7, 1, 's', 'f.csv', '3.0.0', 'csv_tall', repeat('a', 64), 1, '2026-01-01')`);
        await c.query(`INSERT INTO items (hospital_id, id, mrf_file_id, description, item_key) VALUES (1, 10, 7, 'MRI', 'CPT:70551'), (1, 11, 7, 'Aspirin', 'NDC:1')`);
        await c.query(`INSERT INTO standard_charges (hospital_id, id, item_id, mrf_file_id, setting, gross, discounted_cash, payer_name, plan_name, negotiated_dollar, methodology) VALUES
          (1, 1, 10, 7, 'outpatient', 900, 500, 'Aetna', 'PPO', 610, 'fee schedule'),
          (1, 2, 10, 7, 'outpatient', 900, 500, 'Cigna', NULL, 700, 'fee schedule'),
          (1, 3, 10, 7, 'inpatient', 1900, NULL, 'Aetna', 'PPO', 1610, 'case rate'),
          (1, 4, 11, 7, 'outpatient', 5, 2, NULL, NULL, NULL, NULL)`);
      });
      await applyMigrations(urlFor(db));
      await withDb(db, async (c) => {
        const charges = await c.query(`SELECT id - 7 * 10000000000::bigint AS n, item_id::int, setting, gross::text FROM standard_charges ORDER BY id`);
        expect(charges.rows).toEqual([
          { n: "1", item_id: 10, setting: "outpatient", gross: "900.00" },
          { n: "2", item_id: 10, setting: "inpatient", gross: "1900.00" },
          { n: "3", item_id: 11, setting: "outpatient", gross: "5.00" },
        ]);
        const rates = await c.query(`
          SELECT sc.setting, pc.position::int, pp.payer_name, pp.plan_name, pc.negotiated_dollar::text, pc.methodology
            FROM standard_charges sc
            JOIN LATERAL ${payerChargeRows("sc")} ON true
            ${payerPlanJoin("sc")}
           ORDER BY sc.id, pc.position`);
        expect(rates.rows).toEqual([
          { setting: "outpatient", position: 1, payer_name: "Aetna", plan_name: "PPO", negotiated_dollar: "610.00", methodology: "fee schedule" },
          { setting: "outpatient", position: 2, payer_name: "Cigna", plan_name: null, negotiated_dollar: "700.00", methodology: "fee schedule" },
          { setting: "inpatient", position: 1, payer_name: "Aetna", plan_name: "PPO", negotiated_dollar: "1610.00", methodology: "case rate" },
        ]);
        // Arrays no payer charge has a value for are NULL, as the loader writes them.
        const empty = await c.query(`SELECT count(*)::int AS n FROM standard_charges WHERE negotiated_percentages IS NOT NULL OR (item_id = 11 AND plan_nos IS NOT NULL)`);
        expect(empty.rows[0].n).toBe(0);
      });
    } finally {
      const c1 = admin();
      await c1.connect();
      await c1.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      await c1.end();
    }
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
