// A comparable description of a database schema from PostgreSQL's catalogs:
// tables, columns (type, nullability, default), indexes, constraints and enums,
// and what tenant isolation adds (docs/adr/0008): row-level security flags,
// policies, privileges granted to other roles, triggers and functions.
import type pg from "pg";

export interface CatalogSnapshot {
  tables: string[];
  columns: string[];
  indexes: string[];
  constraints: string[];
  enums: string[];
  rowSecurity: string[];
  policies: string[];
  privileges: string[];
  triggers: string[];
  functions: string[];
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
    rowSecurity: await list(`
      SELECT relname || ' enabled=' || relrowsecurity || ' forced=' || relforcerowsecurity AS v
      FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY 1`),
    policies: await list(`
      SELECT tablename || ' ' || policyname || ' ' || permissive || ' ' || roles::text || ' ' || cmd
             || ' using(' || coalesce(qual, '') || ') check(' || coalesce(with_check, '') || ')' AS v
      FROM pg_policies WHERE schemaname = 'public' ORDER BY 1`),
    // Grants to roles other than the owner, on tables, sequences and columns,
    // one line each so the order they were granted in does not matter.
    privileges: await list(`
      SELECT c.relname || ' ' || a.grantee::regrole::text || ' ' || a.privilege_type AS v
        FROM pg_class c, aclexplode(c.relacl) a
       WHERE c.relnamespace = 'public'::regnamespace AND a.grantee <> c.relowner
      UNION ALL
      SELECT c.relname || '.' || att.attname || ' ' || a.grantee::regrole::text || ' ' || a.privilege_type
        FROM pg_class c JOIN pg_attribute att ON att.attrelid = c.oid, aclexplode(att.attacl) a
       WHERE c.relnamespace = 'public'::regnamespace AND att.attacl IS NOT NULL
      UNION ALL
      SELECT 'schema public ' || a.grantee::regrole::text || ' ' || a.privilege_type
        FROM pg_namespace n, aclexplode(n.nspacl) a
       WHERE n.nspname = 'public' AND a.grantee <> n.nspowner AND a.grantee <> 0
      ORDER BY 1`),
    triggers: await list(`
      SELECT pg_get_triggerdef(oid) AS v FROM pg_trigger
       WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace) ORDER BY 1`),
    // The project's own functions (not those of extensions such as pg_trgm).
    functions: await list(`
      SELECT pg_get_functiondef(p.oid) AS v FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
       ORDER BY 1`),
  };
}
