// A comparable description of a database schema from PostgreSQL's catalogs:
// tables, columns (type, nullability, default), indexes, constraints and enums.
import type pg from "pg";

export interface CatalogSnapshot {
  tables: string[];
  columns: string[];
  indexes: string[];
  constraints: string[];
  enums: string[];
}

export async function catalogSnapshot(c: pg.ClientBase): Promise<CatalogSnapshot> {
  const list = async (sql: string) => (await c.query<{ v: string }>(sql)).rows.map((r) => r.v);
  return {
    tables: await list(`SELECT tablename AS v FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
    columns: await list(`
      SELECT table_name || '.' || column_name || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS v
      FROM information_schema.columns ic
      JOIN pg_attribute a ON a.attrelid = ('public.' || quote_ident(ic.table_name))::regclass AND a.attname = ic.column_name
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`),
    indexes: await list(`SELECT indexdef AS v FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
    constraints: await list(`
      SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS v
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' AND conrelid <> 0 ORDER BY 1`),
    enums: await list(`
      SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS v
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname ORDER BY 1`),
  };
}
