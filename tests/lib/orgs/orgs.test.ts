// Organizations on the real database: validation, creation with the creator as owner (inside the
// new organization's tenant scope), the audit row, slug uniqueness, and membership checks that
// keep forged and foreign organization ids out.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/client";
import { allOrganizations, createOrganization, membershipIn, membershipsOf, organizationOverview, parseOrganizationInput } from "@/lib/orgs";
import { chooseCurrentOrganization } from "@/lib/orgs/current";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";

const run = randomUUID().slice(0, 8);
const alice = randomUUID();
const bob = randomUUID();

beforeAll(async () => {
  await withClient(async (c) => {
    for (const [id, name] of [[alice, "alice"], [bob, "bob"]] as const) {
      await c.query(`INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, [id, `${name}-${run}@example.org`]);
    }
  });
});

afterAll(async () => {
  await closeTenantConnections();
  await disconnectPrisma();
});

describe("parseOrganizationInput", () => {
  it("accepts a name and a slug, trimmed and the slug lower-cased", () => {
    expect(parseOrganizationInput({ name: "  Acme Health  ", slug: " Acme-Health " })).toEqual({
      ok: true,
      value: { name: "Acme Health", slug: "acme-health" },
    });
  });

  it.each([
    [{ name: "", slug: "acme" }, { name: "nameRequired" }],
    [{ name: "   ", slug: "acme" }, { name: "nameRequired" }],
    [{ name: "x".repeat(101), slug: "acme" }, { name: "nameTooLong" }],
    [{ name: "Acme", slug: "" }, { slug: "slugRequired" }],
    [{ name: "Acme", slug: "ab" }, { slug: "slugLength" }],
    [{ name: "Acme", slug: "a".repeat(41) }, { slug: "slugLength" }],
    [{ name: "Acme", slug: "acme health" }, { slug: "slugFormat" }],
    [{ name: "Acme", slug: "acme--health" }, { slug: "slugFormat" }],
    [{ name: "Acme", slug: "-acme" }, { slug: "slugFormat" }],
    [{ name: "Acme", slug: "acmé" }, { slug: "slugFormat" }],
    [{ name: "Acme", slug: "admin" }, { slug: "slugReserved" }],
    [{ name: undefined, slug: undefined }, { name: "nameRequired", slug: "slugRequired" }],
  ])("refuses %j with %j", (input, errors) => {
    expect(parseOrganizationInput(input)).toEqual({ ok: false, errors });
  });
});

describe("createOrganization", () => {
  let orgId: string;

  it("creates the organization with its creator as owner and audits it", async () => {
    const result = await createOrganization(alice, { name: "Acme Health", slug: `acme-${run}` }, { ip: "203.0.113.9", userAgent: "vitest" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    orgId = result.organization.id;
    expect(result.organization).toMatchObject({ name: "Acme Health", slug: `acme-${run}`, role: "owner" });
    const rows = await withClient(async (c) => ({
      org: (await c.query(`SELECT name, slug FROM organizations WHERE id = $1`, [orgId])).rows,
      members: (await c.query(`SELECT user_id, role FROM memberships WHERE organization_id = $1`, [orgId])).rows,
      audit: (await c.query(`SELECT action, actor_user_id, organization_id, target, host(ip) AS ip, user_agent, metadata FROM audit_log WHERE organization_id = $1`, [orgId])).rows,
    }));
    expect(rows.org).toEqual([{ name: "Acme Health", slug: `acme-${run}` }]);
    expect(rows.members).toEqual([{ user_id: alice, role: "owner" }]);
    expect(rows.audit).toEqual([
      {
        action: "organization.created",
        actor_user_id: alice,
        organization_id: orgId,
        target: `organization:${orgId}`,
        ip: "203.0.113.9",
        user_agent: "vitest",
        metadata: { name: "Acme Health", slug: `acme-${run}` },
      },
    ]);
  });

  it("refuses a slug that is taken, whoever took it, and creates nothing", async () => {
    const result = await createOrganization(bob, { name: "Other", slug: `ACME-${run}` });
    expect(result).toEqual({ ok: false, errors: { slug: "slugTaken" } });
    const count = await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM memberships WHERE user_id = $1`, [bob])).rows[0].n);
    expect(count).toBe(0);
  });

  it("refuses invalid input before touching the database", async () => {
    expect(await createOrganization(bob, { name: "", slug: "x" })).toEqual({ ok: false, errors: { name: "nameRequired", slug: "slugLength" } });
  });

  it("lists a user's organizations only, with their role", async () => {
    const second = await createOrganization(alice, { name: "Beta Clinic", slug: `beta-${run}` });
    expect(second.ok).toBe(true);
    const mine = await membershipsOf(alice);
    expect(mine.map((m) => [m.name, m.role])).toEqual([
      ["Acme Health", "owner"],
      ["Beta Clinic", "owner"],
    ]);
    expect(await membershipsOf(bob)).toEqual([]);
    // The remembered organization wins when it is one of them; anything else falls back to the first.
    expect(chooseCurrentOrganization(mine, mine[1]!.id)?.name).toBe("Beta Clinic");
    expect(chooseCurrentOrganization(mine, randomUUID())?.name).toBe("Acme Health");
    expect(chooseCurrentOrganization([], undefined)).toBeNull();
  });

  it("checks membership before reading an organization: non-members and forged ids get nothing", async () => {
    expect(await membershipIn(alice, orgId)).toBe("owner");
    expect(await membershipIn(bob, orgId)).toBeNull();
    expect(await membershipIn(alice, randomUUID())).toBeNull();
    expect(await membershipIn(alice, "not-a-uuid' OR '1'='1")).toBeNull();
    expect(await membershipIn(alice, undefined)).toBeNull();
    expect(await organizationOverview(bob, orgId)).toBeNull();
    const overview = await organizationOverview(alice, orgId);
    expect(overview).toMatchObject({ id: orgId, name: "Acme Health", role: "owner" });
    expect(overview?.members).toEqual([{ userId: alice, email: `alice-${run}@example.org`, name: null, role: "owner" }]);
  });

  it("lists every organization for operators, with member counts", async () => {
    const all = await allOrganizations();
    expect(all.find((o) => o.id === orgId)).toMatchObject({ name: "Acme Health", slug: `acme-${run}`, members: 1 });
    expect(all.filter((o) => o.slug.endsWith(run)).map((o) => o.name).sort()).toEqual(["Acme Health", "Beta Clinic"]);
  });
});
