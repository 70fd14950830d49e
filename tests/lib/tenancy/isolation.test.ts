// Tenant isolation as PostgreSQL enforces it (docs/adr/0008): two organizations
// with rows in every organization-owned table, and everything a buggy or
// hostile piece of app code could try from inside withTenant(A) to reach B.
// Runs on the real database (embedded PostgreSQL 18, or the server given by
// DATABASE_URL).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { disconnectPrisma } from "../../../lib/db/client";
import {
  APP_ROLE,
  PLATFORM_ROLE,
  TenancyMisconfiguredError,
  closeTenantConnections,
  tenantDatabaseUrl,
  withPlatform,
  withTenant,
  withTenantClient,
  type TenantDb,
} from "../../../lib/tenancy";
import { testDatabaseUrl, withClient } from "../../support/db";

const A = randomUUID();
const B = randomUUID();
const run = A.slice(0, 8);

// One user in each organization and one in both.
const userA = randomUUID();
const userB = randomUUID();
const userBoth = randomUUID();

interface OrgRows {
  membership: string;
  invitation: string;
  domain: string;
  sso: string;
  apiKey: string;
  audit: bigint;
}
const rows: Record<string, OrgRows> = {};

// The organization-owned tables, how each names its organization, and how many
// rows of it each organization has in the fixtures.
const ORG_TABLES = [
  { table: "organizations", orgColumn: "id", perOrg: 1 },
  { table: "memberships", orgColumn: "organization_id", perOrg: 2 },
  { table: "invitations", orgColumn: "organization_id", perOrg: 1 },
  { table: "organization_domains", orgColumn: "organization_id", perOrg: 1 },
  { table: "sso_connections", orgColumn: "organization_id", perOrg: 1 },
  { table: "api_keys", orgColumn: "organization_id", perOrg: 1 },
  { table: "audit_log", orgColumn: "organization_id", perOrg: 1 },
  { table: "billing_accounts", orgColumn: "organization_id", perOrg: 1 },
  { table: "usage_counters", orgColumn: "organization_id", perOrg: 1 },
  { table: "usage_reports", orgColumn: "organization_id", perOrg: 1 },
] as const;

async function insertOrganization(c: pg.ClientBase, org: string, name: string, members: string[]): Promise<OrgRows> {
  const one = async (sql: string, params: unknown[]) => (await c.query<{ id: string }>(sql, params)).rows[0]!.id;
  await c.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)`, [org, name, `${name.toLowerCase()}-${run}`]);
  // Billing (issue 6): the account mirrored from Stripe, a usage counter and a meter batch.
  await c.query(`INSERT INTO billing_accounts (organization_id, stripe_customer_id, plan, status, updated_at) VALUES ($1, $2, 'team', 'active', now())`, [org, `cus_${name}_${run}`]);
  await c.query(`INSERT INTO usage_counters (organization_id, metric, period_start, count) VALUES ($1, 'api_calls', '2027-01-01', 3)`, [org]);
  await c.query(`INSERT INTO usage_reports (organization_id, period_start, quantity, stripe_customer_id) VALUES ($1, '2027-01-01', 3, $2)`, [org, `cus_${name}_${run}`]);
  const memberships: string[] = [];
  for (const user of members) {
    memberships.push(
      await one(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin') RETURNING id`, [org, user]),
    );
  }
  return {
    membership: memberships[0]!,
    invitation: await one(
      `INSERT INTO invitations (organization_id, email, role, token_hash, expires_at, invited_by_id)
       VALUES ($1, $2, 'viewer', $3, now() + interval '7 days', $4) RETURNING id`,
      [org, `invitee-${name}-${run}@example.org`, `inv-${name}-${run}`, members[0]],
    ),
    domain: await one(`INSERT INTO organization_domains (organization_id, domain) VALUES ($1, $2) RETURNING id`, [
      org,
      `${name.toLowerCase()}-${run}.example.org`,
    ]),
    sso: await one(
      `INSERT INTO sso_connections (organization_id, kind, preset, issuer, client_id, client_secret_encrypted, updated_at)
       VALUES ($1, 'oidc', 'okta', $2, 'client', 'enc:secret', now()) RETURNING id`,
      [org, `https://idp-${name}.example.org`],
    ),
    apiKey: await one(
      `INSERT INTO api_keys (organization_id, name, prefix, key_hash, scopes, created_by_id)
       VALUES ($1, 'ci', 'hp_1234', $2, '{search:read}', $3) RETURNING id`,
      [org, `key-${name}-${run}`, members[0]],
    ),
    audit: BigInt(
      await one(
        `INSERT INTO audit_log (organization_id, actor_user_id, action, target, ip, user_agent, metadata)
         VALUES ($1, $2, 'member.added', 'user', '203.0.113.7', 'vitest', '{"n": 1}') RETURNING id`,
        [org, members[0]],
      ),
    ),
  };
}

beforeAll(async () => {
  await withClient(async (c) => {
    for (const [id, who] of [
      [userA, "a"],
      [userB, "b"],
      [userBoth, "both"],
    ] as const) {
      await c.query(
        `INSERT INTO users (id, name, email, totp_secret_encrypted, updated_at) VALUES ($1, $2, $3, 'enc:totp', now())`,
        [id, `User ${who}`, `${who}-${run}@example.org`],
      );
    }
    rows[A] = await insertOrganization(c, A, "Alpha", [userA, userBoth]);
    rows[B] = await insertOrganization(c, B, "Beta", [userB, userBoth]);
    // An event outside any organization (a failed sign-in): only the platform sees it.
    await c.query(`INSERT INTO audit_log (action, target) VALUES ('signin.failed', $1)`, [`nobody-${run}@example.org`]);
  });
});

afterAll(async () => {
  await closeTenantConnections();
  await disconnectPrisma();
  await withClient(async (c) => {
    // Cascades to memberships, invitations, domains, SSO connections and keys.
    await c.query(`DELETE FROM organizations WHERE id = ANY($1::uuid[])`, [[A, B]]);
    await c.query(`DELETE FROM users WHERE id = ANY($1::uuid[])`, [[userA, userB, userBoth]]);
    // The audit rows stay: nothing may delete them (the test database is dropped at the end).
  });
});

/** The error a statement fails with inside its own withTenant(A) transaction. */
async function failureInA(fn: (db: TenantDb) => Promise<unknown>): Promise<Error> {
  try {
    await withTenant(A, fn);
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the statement to fail");
}

/** Same with hand-written SQL on the tenant connection. */
async function sqlFailureInA(sql: string, params: unknown[] = []): Promise<Error> {
  try {
    await withTenantClient(A, (c) => c.query(sql, params));
  } catch (error) {
    return error as Error;
  }
  throw new Error(`expected to fail: ${sql}`);
}

const RLS_VIOLATION = /new row violates row-level security policy/;
// Wording differs between PostgreSQL 15 and 16+; all mean the same refusal.
const NOT_PERMITTED = /permission denied|must be owner|must have admin option|must be superuser/;

const countIn = (c: pg.ClientBase, table: string) =>
  c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`).then((r) => r.rows[0]!.n);

describe("the database roles", () => {
  it("log tenant connections in as a role that owns nothing, cannot bypass row-level security and can become no one else", async () => {
    await withClient(async (c) => {
      const role = await c.query(
        `SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication
           FROM pg_roles WHERE rolname = $1`,
        [APP_ROLE],
      );
      expect(role.rows).toEqual([
        { rolcanlogin: true, rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false },
      ]);
      const memberOf = await c.query(
        `SELECT roleid::regrole::text AS r FROM pg_auth_members WHERE member = $1::regrole`,
        [APP_ROLE],
      );
      expect(memberOf.rows).toEqual([]);
      const owned = await c.query(`SELECT relname FROM pg_class WHERE relowner = $1::regrole`, [APP_ROLE]);
      expect(owned.rows).toEqual([]);
      const platform = await c.query(`SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [
        PLATFORM_ROLE,
      ]);
      expect(platform.rows).toEqual([{ rolcanlogin: false, rolsuper: false, rolbypassrls: false }]);
    });
    const who = await withTenant(A, (tx) =>
      tx.$queryRaw<{ session_user: string; current_user: string }[]>`SELECT session_user::text, current_user::text`,
    );
    expect(who).toEqual([{ session_user: APP_ROLE, current_user: APP_ROLE }]);
  });

  it("enable and force row-level security, with a tenant policy, on every table that has an organization_id", async () => {
    await withClient(async (c) => {
      // Found from the catalog, so a new organization-owned table without policies fails here.
      const owned = await c.query<{ table: string }>(
        `SELECT table_name AS table FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY 1`,
      );
      const tables = ["organizations", ...owned.rows.map((r) => r.table)].sort();
      expect(tables).toEqual(ORG_TABLES.map((t) => t.table).sort());
      for (const table of tables) {
        const rls = await c.query(
          `SELECT relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class WHERE oid = $1::regclass`,
          [table],
        );
        expect(rls.rows, table).toEqual([{ enabled: true, forced: true }]);
        const column = table === "organizations" ? "id" : "organization_id";
        const policies = await c.query<{ cmd: string; qual: string | null; with_check: string | null }>(
          `SELECT cmd, qual, with_check FROM pg_policies WHERE tablename = $1 AND $2 = ANY(roles) ORDER BY cmd`,
          [table, APP_ROLE],
        );
        const rule = `(${column} = tenancy_current_org_id())`;
        if (table === "audit_log") {
          expect(policies.rows, table).toEqual([
            { cmd: "INSERT", qual: null, with_check: rule },
            { cmd: "SELECT", qual: rule, with_check: null },
          ]);
        } else {
          expect(policies.rows, table).toEqual([{ cmd: "ALL", qual: rule, with_check: rule }]);
        }
      }
    });
  });
});

describe("inside withTenant(A)", () => {
  it("sees only A's rows, counting without any filter", async () => {
    const counts = await withTenant(A, async (tx) => ({
      organizations: await tx.organization.count(),
      memberships: await tx.membership.count(),
      invitations: await tx.invitation.count(),
      organization_domains: await tx.organizationDomain.count(),
      sso_connections: await tx.ssoConnection.count(),
      api_keys: await tx.apiKey.count(),
      audit_log: await tx.auditLog.count(),
      billing_accounts: await tx.billingAccount.count(),
      usage_counters: await tx.usageCounter.count(),
      usage_reports: await tx.usageReport.count(),
    }));
    expect(counts).toEqual(Object.fromEntries(ORG_TABLES.map((t) => [t.table, t.perOrg])));

    const orgIds = await withTenant(A, async (tx) => ({
      organizations: (await tx.organization.findMany()).map((r) => r.id),
      memberships: [...new Set((await tx.membership.findMany()).map((r) => r.organizationId))],
      audit_log: [...new Set((await tx.auditLog.findMany()).map((r) => r.organizationId))],
    }));
    expect(orgIds).toEqual({ organizations: [A], memberships: [A], audit_log: [A] });

    // The same by hand-written SQL, every table.
    const bySql = await withTenantClient(A, async (c) => {
      const out: Record<string, unknown> = {};
      for (const { table, orgColumn } of ORG_TABLES) {
        out[table] = (await c.query(`SELECT count(*)::int AS n, array_agg(DISTINCT ${orgColumn}::text) AS orgs FROM ${table}`)).rows[0];
      }
      return out;
    });
    expect(bySql).toEqual(Object.fromEntries(ORG_TABLES.map((t) => [t.table, { n: t.perOrg, orgs: [A] }])));
  });

  it("finds nothing by B's ids, B's organization id or B's slug (forged identifiers)", async () => {
    const b = rows[B]!;
    const found = await withTenant(A, async (tx) => [
      await tx.organization.findUnique({ where: { id: B } }),
      await tx.organization.findUnique({ where: { slug: `beta-${run}` } }),
      await tx.membership.findUnique({ where: { id: b.membership } }),
      await tx.invitation.findUnique({ where: { tokenHash: `inv-Beta-${run}` } }),
      await tx.organizationDomain.findUnique({ where: { id: b.domain } }),
      await tx.ssoConnection.findUnique({ where: { id: b.sso } }),
      await tx.apiKey.findUnique({ where: { keyHash: `key-Beta-${run}` } }),
      await tx.auditLog.findUnique({ where: { id: b.audit } }),
    ]);
    expect(found).toEqual([null, null, null, null, null, null, null, null]);

    const byOrg = await withTenant(A, async (tx) => [
      ...(await tx.membership.findMany({ where: { organizationId: B } })),
      ...(await tx.invitation.findMany({ where: { organizationId: B } })),
      ...(await tx.organizationDomain.findMany({ where: { organizationId: B } })),
      ...(await tx.ssoConnection.findMany({ where: { organizationId: B } })),
      ...(await tx.apiKey.findMany({ where: { organizationId: B } })),
      ...(await tx.auditLog.findMany({ where: { organizationId: B } })),
      ...(await tx.membership.findMany({ where: { OR: [{ organizationId: B }, { userId: userB }] } })),
    ]);
    expect(byOrg).toEqual([]);

    const bySql = await withTenantClient(A, async (c) => {
      let n = 0;
      for (const { table, orgColumn } of ORG_TABLES) {
        n += (await c.query(`SELECT 1 FROM ${table} WHERE ${orgColumn} = $1`, [B])).rowCount ?? 0;
      }
      // Nor through a join that starts from A's own rows.
      n += (await c.query(`SELECT 1 FROM memberships m JOIN memberships o ON o.user_id = m.user_id WHERE o.organization_id = $1`, [B]))
        .rowCount!;
      return n;
    });
    expect(bySql).toBe(0);
  });

  it("updates and deletes none of B's rows, by id or without any filter", async () => {
    const b = rows[B]!;
    const changed = await withTenant(A, async (tx) => [
      (await tx.organization.updateMany({ where: { id: B }, data: { name: "pwned" } })).count,
      (await tx.membership.updateMany({ where: { id: b.membership }, data: { role: "owner" } })).count,
      (await tx.invitation.updateMany({ where: { organizationId: B }, data: { email: "attacker@example.org" } })).count,
      (await tx.organizationDomain.updateMany({ where: { id: b.domain }, data: { verifiedAt: new Date() } })).count,
      (await tx.ssoConnection.updateMany({ where: { id: b.sso }, data: { enabled: false, issuer: "https://evil" } })).count,
      (await tx.apiKey.updateMany({ where: { id: b.apiKey }, data: { revokedAt: new Date() } })).count,
      (await tx.membership.deleteMany({ where: { organizationId: B } })).count,
      (await tx.invitation.deleteMany({ where: { id: b.invitation } })).count,
      (await tx.organizationDomain.deleteMany({ where: { id: b.domain } })).count,
      (await tx.ssoConnection.deleteMany({ where: { id: b.sso } })).count,
      (await tx.apiKey.deleteMany({ where: { id: b.apiKey } })).count,
      (await tx.organization.deleteMany({ where: { id: B } })).count,
    ]);
    expect(changed).toEqual(Array(12).fill(0));

    // update/delete of a single row it cannot see: "not found" (P2025), not success.
    const notFound = await failureInA((tx) => tx.membership.update({ where: { id: b.membership }, data: { role: "owner" } }));
    expect(notFound).toMatchObject({ code: "P2025" });
    expect(await failureInA((tx) => tx.apiKey.delete({ where: { id: b.apiKey } }))).toMatchObject({ code: "P2025" });

    // Unfiltered UPDATE and DELETE of every table touch A's rows only; rolled back afterwards.
    const touched = await withTenantClient(A, async (c) => {
      const out: Record<string, number> = {};
      for (const { table } of ORG_TABLES) {
        if (table === "audit_log") continue; // not even A's: see the audit log tests
        const column = table === "memberships" ? "role = role" : table === "usage_counters" ? "updated_at = updated_at" : "created_at = created_at";
        const updated = (await c.query(`UPDATE ${table} SET ${column}`)).rowCount!;
        await c.query("SAVEPOINT before_delete");
        const deleted = (await c.query(`DELETE FROM ${table}`)).rowCount!;
        await c.query("ROLLBACK TO SAVEPOINT before_delete");
        out[table] = updated * 10 + deleted;
      }
      await c.query("ROLLBACK"); // undo even the no-op updates; the final COMMIT then has nothing to do
      return out;
    });
    expect(touched).toEqual({
      organizations: 11,
      memberships: 22,
      invitations: 11,
      organization_domains: 11,
      sso_connections: 11,
      api_keys: 11,
      billing_accounts: 11,
      usage_counters: 11,
      usage_reports: 11,
    });

    await withClient(async (c) => {
      const beta = await c.query(
        `SELECT o.name, (SELECT count(*)::int FROM memberships WHERE organization_id = o.id) AS members,
                (SELECT email FROM invitations WHERE organization_id = o.id) AS invitee,
                (SELECT verified_at FROM organization_domains WHERE organization_id = o.id) AS verified,
                (SELECT issuer FROM sso_connections WHERE organization_id = o.id) AS issuer,
                (SELECT revoked_at FROM api_keys WHERE organization_id = o.id) AS revoked
           FROM organizations o WHERE o.id = $1`,
        [B],
      );
      expect(beta.rows).toEqual([
        {
          name: "Beta",
          members: 2,
          invitee: `invitee-Beta-${run}@example.org`,
          verified: null,
          issuer: "https://idp-Beta.example.org",
          revoked: null,
        },
      ]);
      for (const { table, orgColumn, perOrg } of ORG_TABLES) {
        const n = await c.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${orgColumn} = ANY($1::uuid[])`, [[A, B]]);
        expect(n.rows[0].n, table).toBe(perOrg * 2);
      }
    });
  });

  it("cannot insert a row labelled with another organization (WITH CHECK), by Prisma or by SQL", async () => {
    const attempts: [string, (tx: TenantDb) => Promise<unknown>][] = [
      ["organizations", (tx) => tx.organization.create({ data: { id: randomUUID(), name: "Other", slug: `other-${run}` } })],
      ["memberships", (tx) => tx.membership.create({ data: { organizationId: B, userId: userA, role: "owner" } })],
      [
        "invitations",
        (tx) =>
          tx.invitation.create({
            data: { organizationId: B, email: "x@example.org", role: "owner", tokenHash: randomUUID(), expiresAt: new Date() },
          }),
      ],
      ["organization_domains", (tx) => tx.organizationDomain.create({ data: { organizationId: B, domain: `${randomUUID()}.example` } })],
      ["sso_connections", (tx) => tx.ssoConnection.create({ data: { organizationId: B, kind: "saml", samlMetadata: "<x/>" } })],
      [
        "api_keys",
        (tx) => tx.apiKey.create({ data: { organizationId: B, name: "k", prefix: "hp_", keyHash: randomUUID(), scopes: [] } }),
      ],
      ["audit_log", (tx) => tx.auditLog.create({ data: { organizationId: B, action: "forged" } })],
      ["audit_log without organization", (tx) => tx.auditLog.create({ data: { action: "forged" } })],
    ];
    for (const [table, attempt] of attempts) {
      expect((await failureInA(attempt)).message, table).toMatch(RLS_VIOLATION);
    }
    expect((await sqlFailureInA(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [B, userA])).message).toMatch(
      RLS_VIOLATION,
    );
    // Copying B's rows by INSERT … SELECT finds none to copy; labelling A's own rows as B fails.
    expect((await sqlFailureInA(`INSERT INTO api_keys (organization_id, name, prefix, key_hash) SELECT $1, name, prefix, key_hash || 'x' FROM api_keys`, [B])).message).toMatch(
      RLS_VIOLATION,
    );
    await withClient(async (c) => {
      const n = await c.query(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1`, [B]);
      expect(n.rows[0].n).toBe(2);
    });
  });

  it("cannot move its own rows into another organization", async () => {
    const a = rows[A]!;
    expect((await failureInA((tx) => tx.membership.update({ where: { id: a.membership }, data: { organizationId: B } }))).message).toMatch(
      RLS_VIOLATION,
    );
    expect((await failureInA((tx) => tx.apiKey.updateMany({ data: { organizationId: B } }))).message).toMatch(RLS_VIOLATION);
    expect((await sqlFailureInA(`UPDATE organizations SET id = $1`, [randomUUID()])).message).toMatch(RLS_VIOLATION);
  });

  it("sees only the users who are members of A, and never a TOTP secret or sign-in records", async () => {
    const members = await withTenant(A, (tx) =>
      tx.membership.findMany({ select: { user: { select: { id: true, email: true } } }, orderBy: { userId: "asc" } }),
    );
    expect(members.map((m) => m.user.id).sort()).toEqual([userA, userBoth].sort());
    const users = await withTenant(A, (tx) => tx.user.findMany({ select: { id: true } }));
    expect(users.map((u) => u.id).sort()).toEqual([userA, userBoth].sort());
    expect(await withTenant(A, (tx) => tx.user.findUnique({ where: { id: userB }, select: { id: true } }))).toBeNull();

    expect((await sqlFailureInA(`SELECT totp_secret_encrypted FROM users`)).message).toMatch(NOT_PERMITTED);
    expect((await failureInA((tx) => tx.user.findMany())).message).toMatch(NOT_PERMITTED); // all columns include the secret
    for (const table of ["accounts", "sessions", "verification_tokens", "ingestion_runs", "feedback", "_prisma_migrations"]) {
      expect((await sqlFailureInA(`SELECT 1 FROM ${table} LIMIT 1`)).message, table).toMatch(NOT_PERMITTED);
    }
    expect((await sqlFailureInA(`UPDATE users SET is_platform_operator = true WHERE id = $1`, [userA])).message).toMatch(NOT_PERMITTED);
  });

  it("rolls everything back when the callback throws", async () => {
    const email = `rollback-${run}@example.org`;
    await expect(
      withTenant(A, async (tx) => {
        await tx.invitation.create({
          data: { organizationId: A, email, role: "viewer", tokenHash: randomUUID(), expiresAt: new Date() },
        });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await expect(
      withTenantClient(A, async (c) => {
        await c.query(`INSERT INTO invitations (organization_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'viewer', $3, now())`, [
          A,
          email,
          randomUUID(),
        ]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const left = await withClient((c) => c.query(`SELECT 1 FROM invitations WHERE email = $1`, [email]));
    expect(left.rowCount).toBe(0);
  });
});

describe("escapes tried by SQL inside withTenant(A)", () => {
  it("turning row security off makes queries fail instead of showing B's rows", async () => {
    const error = await sqlFailureInA(`SET LOCAL row_security = off; SELECT * FROM memberships`);
    expect(error.message).toMatch(/query would be affected by row-level security policy/);
    const viaPrisma = await failureInA(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL row_security = off`);
      return tx.membership.findMany();
    });
    expect(viaPrisma.message).toMatch(/row-level security/);
  });

  it("RESET ROLE and SET ROLE NONE leave it as priceline_app, still seeing only A", async () => {
    const seen = await withTenantClient(A, async (c) => {
      const out = [];
      for (const statement of ["RESET ROLE", "SET ROLE NONE", "SET LOCAL ROLE NONE", "RESET ALL"]) {
        await c.query(statement);
        const r = await c.query(`SELECT current_user::text AS who, array_agg(DISTINCT organization_id::text) AS orgs FROM memberships`);
        out.push(r.rows[0]);
      }
      return out;
    });
    // RESET ALL also resets the organization setting: then nothing is visible at all.
    expect(seen).toEqual([
      { who: APP_ROLE, orgs: [A] },
      { who: APP_ROLE, orgs: [A] },
      { who: APP_ROLE, orgs: [A] },
      { who: APP_ROLE, orgs: null },
    ]);
  });

  it("cannot become the owner, the platform role or another user", async () => {
    const owner = await withClient((c) => c.query<{ u: string }>(`SELECT current_user::text AS u`)).then((r) => r.rows[0]!.u);
    for (const statement of [
      `SET ROLE "${owner}"`,
      `SET ROLE ${PLATFORM_ROLE}`,
      `SET SESSION AUTHORIZATION "${owner}"`,
      `SELECT set_config('role', '${PLATFORM_ROLE}', false)`,
      `SELECT set_config('session_authorization', '${owner}', false)`,
    ]) {
      expect((await sqlFailureInA(statement)).message, statement).toMatch(/permission denied/);
    }
  });

  it("cannot switch off, drop or rewrite the policies, the trigger or the tables", async () => {
    for (const statement of [
      `ALTER TABLE memberships DISABLE ROW LEVEL SECURITY`,
      `ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY`,
      `DROP POLICY tenant_isolation ON memberships`,
      `CREATE POLICY anything ON memberships FOR SELECT TO ${APP_ROLE} USING (true)`,
      `ALTER POLICY tenant_isolation ON memberships USING (true)`,
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`,
      `CREATE OR REPLACE FUNCTION tenancy_current_org_id() RETURNS uuid LANGUAGE sql AS $$ SELECT NULL::uuid $$`,
      `CREATE TABLE planted (id int)`,
      `GRANT ${PLATFORM_ROLE} TO ${APP_ROLE}`,
      `ALTER ROLE ${APP_ROLE} BYPASSRLS`,
    ]) {
      expect((await sqlFailureInA(statement)).message, statement).toMatch(NOT_PERMITTED);
    }
  });

  it("a COMMIT sent from inside ends the organization's scope: what follows sees nothing", async () => {
    const after = await withTenantClient(A, async (c) => {
      await c.query("COMMIT");
      const counts = [];
      for (const { table } of ORG_TABLES) counts.push(await countIn(c, table));
      return counts;
    });
    expect(after).toEqual(ORG_TABLES.map(() => 0));
    const viaPrisma = await withTenant(A, async (tx) => {
      await tx.$executeRawUnsafe("COMMIT");
      return tx.membership.count();
    });
    expect(viaPrisma).toBe(0);
  });

  it("an organization set for the whole session does not outlive the callback into the next withTenant", async () => {
    const first = await withTenantClient(A, async (c) => {
      await c.query(`SELECT set_config('app.current_org_id', $1, false)`, [B]); // session-wide, not LOCAL
      return (await c.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows[0]!.pid;
    });
    const next = await withTenantClient(A, async (c) => ({
      pid: (await c.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows[0]!.pid,
      orgs: (await c.query(`SELECT array_agg(DISTINCT organization_id::text) AS o FROM memberships`)).rows[0].o,
    }));
    expect(next).toEqual({ pid: first, orgs: [A] }); // same pooled connection, still only A
  });

  it("cannot stop SQL that names another organization itself: the limit of a per-transaction setting (ADR 8)", async () => {
    // Documented, not hidden: code that can run arbitrary SQL on a tenant
    // connection can choose the organization. The role still cannot bypass
    // the policies, change the audit log or read sign-in secrets; parameterized
    // queries are what keeps such SQL out.
    const seen = await withTenantClient(A, async (c) => {
      await c.query(`SELECT set_config('app.current_org_id', $1, true)`, [B]);
      return (await c.query(`SELECT array_agg(DISTINCT organization_id::text) AS o FROM memberships`)).rows[0].o;
    });
    expect(seen).toEqual([B]);
  });
});

describe("with no organization set", () => {
  it("a priceline_app connection sees no organization's rows and can write none", async () => {
    const c = new pg.Client({ connectionString: tenantDatabaseUrl() });
    await c.connect();
    try {
      expect((await c.query(`SELECT current_user::text AS u`)).rows[0].u).toBe(APP_ROLE);
      for (const { table } of ORG_TABLES) expect(await countIn(c, table), table).toBe(0);
      expect(await countIn(c, "users")).toBe(0);
      await c.query(`SET app.current_org_id = ''`);
      for (const { table } of ORG_TABLES) expect(await countIn(c, table), table).toBe(0);
      await expect(c.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [A, userB])).rejects.toThrow(
        RLS_VIOLATION,
      );
      // A malformed setting is an error, never a match.
      await c.query(`SET app.current_org_id = 'not-a-uuid'`);
      await expect(countIn(c, "memberships")).rejects.toThrow(/invalid input syntax for type uuid/);
    } finally {
      await c.end();
    }
  });

  it("withTenant refuses anything but an organization id, and an unknown one sees nothing", async () => {
    for (const bad of ["", "1", `${A}' OR true --`, A.toUpperCase() + "0"]) {
      await expect(withTenant(bad, async () => "ran")).rejects.toThrow(TypeError);
      await expect(withTenantClient(bad, async () => "ran")).rejects.toThrow(TypeError);
    }
    expect(await withTenant(randomUUID(), (tx) => tx.membership.count())).toBe(0);
  });
});

describe("the audit log", () => {
  it("takes and shows A's entries inside withTenant(A)", async () => {
    const entry = await withTenant(A, (tx) =>
      tx.auditLog.create({ data: { organizationId: A, actorUserId: userA, action: "export.csv", ip: "198.51.100.4", metadata: { rows: 10 } } }),
    );
    const seen = await withTenant(A, (tx) => tx.auditLog.findMany({ orderBy: { id: "asc" } }));
    expect(seen.map((e) => e.id)).toEqual([rows[A]!.audit, entry.id]);
    expect(seen[1]).toMatchObject({ organizationId: A, action: "export.csv", ip: "198.51.100.4", metadata: { rows: 10 } });
  });

  it("cannot be updated, deleted or truncated by the app role, not even its own organization's entries", async () => {
    const id = rows[A]!.audit;
    expect((await failureInA((tx) => tx.auditLog.update({ where: { id }, data: { action: "nothing happened" } }))).message).toMatch(
      /permission denied/,
    );
    expect((await failureInA((tx) => tx.auditLog.deleteMany({ where: { id } }))).message).toMatch(/permission denied/);
    expect((await sqlFailureInA(`UPDATE audit_log SET action = 'x'`)).message).toMatch(/permission denied/);
    expect((await sqlFailureInA(`DELETE FROM audit_log`)).message).toMatch(/permission denied/);
    expect((await sqlFailureInA(`TRUNCATE audit_log`)).message).toMatch(/permission denied/);
  });

  it("cannot be updated or deleted through withPlatform either, and the trigger refuses even the owner", async () => {
    await expect(withPlatform((tx) => tx.auditLog.updateMany({ data: { action: "x" } }))).rejects.toThrow(/permission denied/);
    await expect(withPlatform((tx) => tx.auditLog.deleteMany({}))).rejects.toThrow(/permission denied/);
    await withClient(async (c) => {
      for (const statement of [`UPDATE audit_log SET action = 'x'`, `DELETE FROM audit_log`, `TRUNCATE audit_log`]) {
        await expect(c.query(statement), statement).rejects.toThrow(/audit_log is append-only/);
      }
      const n = await c.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'member.added' AND organization_id = ANY($1::uuid[])`, [
        [A, B],
      ]);
      expect(n.rows[0].n).toBe(2);
    });
  });
});

describe("withPlatform", () => {
  it("spans organizations as priceline_platform, including events outside any", async () => {
    const seen = await withPlatform(async (tx) => ({
      who: (await tx.$queryRaw<{ u: string }[]>`SELECT current_user::text AS u`)[0]!.u,
      orgs: (await tx.organization.findMany({ where: { id: { in: [A, B] } }, orderBy: { name: "asc" } })).map((o) => o.name),
      members: await tx.membership.count({ where: { organizationId: { in: [A, B] } } }),
      failedSignIn: await tx.auditLog.count({ where: { organizationId: null, target: `nobody-${run}@example.org` } }),
      key: (await tx.apiKey.findUnique({ where: { keyHash: `key-Beta-${run}` } }))?.organizationId,
    }));
    expect(seen).toEqual({ who: PLATFORM_ROLE, orgs: ["Alpha", "Beta"], members: 4, failedSignIn: 1, key: B });
  });

  it("reaches only the identity and tenancy tables", async () => {
    await expect(withPlatform((tx) => tx.$queryRawUnsafe(`SELECT 1 FROM ingestion_runs LIMIT 1`))).rejects.toThrow(/permission denied/);
    await expect(withPlatform((tx) => tx.$executeRawUnsafe(`ALTER TABLE memberships DISABLE ROW LEVEL SECURITY`))).rejects.toThrow(
      /must be owner/,
    );
  });
});

describe("why tenant connections log in as priceline_app", () => {
  it("on the owner's connection, SET LOCAL ROLE is undone by RESET ROLE and B's rows come back", async () => {
    // This is what withTenant would be if it only switched roles on the
    // owner's connection; see lib/tenancy/connections.ts.
    const seen = await withClient(async (c) => {
      await c.query("BEGIN");
      await c.query(`SELECT set_config('role', $1, true), set_config('app.current_org_id', $2, true)`, [APP_ROLE, A]);
      const scoped = (await c.query(`SELECT array_agg(DISTINCT organization_id::text ORDER BY organization_id::text) AS o FROM memberships WHERE organization_id = ANY($1::uuid[])`, [[A, B]])).rows[0].o;
      await c.query("RESET ROLE");
      const escaped = (await c.query(`SELECT array_agg(DISTINCT organization_id::text ORDER BY organization_id::text) AS o FROM memberships WHERE organization_id = ANY($1::uuid[])`, [[A, B]])).rows[0].o;
      await c.query("ROLLBACK");
      return { scoped, escaped };
    });
    expect(seen).toEqual({ scoped: [A], escaped: [A, B].sort() });
  });

  it("withTenant refuses a tenant connection that logs in as a role able to bypass row-level security", async () => {
    const saved = process.env.TENANT_DATABASE_URL;
    await closeTenantConnections();
    process.env.TENANT_DATABASE_URL = testDatabaseUrl(); // the owner's URL, by mistake
    try {
      await expect(withTenant(A, (tx) => tx.membership.count())).rejects.toThrow(TenancyMisconfiguredError);
      await expect(withTenantClient(A, (c) => c.query("SELECT 1"))).rejects.toThrow(TenancyMisconfiguredError);
    } finally {
      if (saved === undefined) delete process.env.TENANT_DATABASE_URL;
      else process.env.TENANT_DATABASE_URL = saved;
      await closeTenantConnections();
    }
  });
});
