// Entitlements where they are enforced: inviting beyond the plan's seats (lib/members), /api/v1
// calls beyond the month's allowance (the real route handler), audit exports on a plan without
// them (the real route handler), and the SSO check other features call. Refusals change nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "@/lib/apikeys";
import { resetApiRateLimiters } from "@/lib/api/rate-limit";
import { assertMayUse, BillingError, EntitlementError, mayUse, periodStart, startCheckout } from "@/lib/billing";
import { acceptInvitation, inviteMember, MembersError } from "@/lib/members";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { createTestOrganization, createTestUser, deleteTestOrganizations } from "../../support/organizations";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string | null }, org: undefined as string | undefined }));
vi.mock("@/lib/auth", () => ({ currentUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "org" && session.org ? { value: session.org } : undefined) }),
  headers: async () => new Headers({ "user-agent": "vitest" }),
}));

const { GET: auditCsv } = await import("@/app/api/app/audit.csv/route");
const { GET: search } = await import("@/app/api/v1/search/route");

const orgs: string[] = [];

/** An organization past its trial with no subscription (Free), or on a paid plan. */
async function organization(label: string, plan: "free" | "team" | "enterprise") {
  const org = await createTestOrganization(label);
  orgs.push(org.id);
  const owner = await createTestUser(`${label.toLowerCase()}-owner`);
  await withClient(async (c) => {
    await c.query(`UPDATE organizations SET created_at = now() - interval '60 days' WHERE id = $1`, [org.id]);
    await c.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [org.id, owner]);
    if (plan !== "free") {
      await c.query(`INSERT INTO billing_accounts (organization_id, stripe_customer_id, stripe_subscription_id, plan, status, updated_at) VALUES ($1, $2, $3, $4, 'active', now())`, [
        org.id,
        `cus_${randomUUID()}`,
        `sub_${randomUUID()}`,
        plan,
      ]);
    }
  });
  const email = await withClient(async (c) => (await c.query(`SELECT email FROM users WHERE id = $1`, [owner])).rows[0].email as string);
  return { org, owner, email };
}

const count = (sql: string, params: unknown[]) => withClient(async (c) => (await c.query(sql, params)).rows[0].n as number);

beforeAll(async () => {
  await resetApiRateLimiters();
});

afterAll(async () => {
  await deleteTestOrganizations(orgs);
  await resetApiRateLimiters();
  await closeTenantConnections();
});

describe("seats", () => {
  it("refuses an invitation beyond the plan's seats, with a clear message, and creates nothing", async () => {
    const { org, owner } = await organization("Solo", "free");
    const refused = await inviteMember(org.id, { userId: owner }, { email: `two-${randomUUID()}@example.org`, role: "viewer" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MembersError);
    expect(refused).toMatchObject({ code: "seat_limit" });
    expect((refused as Error).message).toMatch(/Free plan has 1 seat.*Upgrade at \/app\/billing/);
    expect(await count(`SELECT count(*)::int AS n FROM invitations WHERE organization_id = $1`, [org.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = 'member.invited'`, [org.id])).toBe(0);
  });

  it("lets a paid plan invite, and refuses to accept an invitation once the seats are gone", async () => {
    const { org, owner } = await organization("Crowded", "team");
    const invitee = await createTestUser("crowded-invitee");
    const inviteeEmail = await withClient(async (c) => {
      await c.query(`UPDATE users SET email_verified = now() WHERE id = $1`, [invitee]);
      return (await c.query(`SELECT email FROM users WHERE id = $1`, [invitee])).rows[0].email as string;
    });
    const { token } = await inviteMember(org.id, { userId: owner }, { email: inviteeEmail, role: "viewer" });
    // The subscription lapses before the invitation is used: Free has one seat, the owner's.
    await withClient((c) => c.query(`UPDATE billing_accounts SET status = 'canceled', plan = 'free' WHERE organization_id = $1`, [org.id]));
    const refused = await acceptInvitation(token, { id: invitee, email: inviteeEmail, emailVerified: new Date() }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "seat_limit" });
    expect(await count(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1`, [org.id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM invitations WHERE organization_id = $1 AND accepted_at IS NULL`, [org.id])).toBe(1);
  });
});

describe("plan changes", () => {
  it("refuse a plan with fewer seats than the organization uses, before anything reaches Stripe", async () => {
    const { org, owner } = await organization("Large", "enterprise");
    await withClient((c) =>
      c.query(
        `WITH u AS (INSERT INTO users (email, updated_at) SELECT 'large-' || g || '-' || $2 || '@example.org', now() FROM generate_series(1, 25) g RETURNING id)
         INSERT INTO memberships (organization_id, user_id, role) SELECT $1, id, 'viewer' FROM u`,
        [org.id, randomUUID().slice(0, 8)],
      ),
    );
    const refused = await startCheckout(org.id, owner, "team", { successUrl: "http://x/s", cancelUrl: "http://x/c" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BillingError);
    expect(refused).toMatchObject({ code: "too_many_members" });
    expect((refused as Error).message).toBe("Team has 25 seats and the organization has 26 members and pending invitations: remove some first.");
  });
});

describe("API calls", () => {
  it("counts every call with a key and answers 402 past the plan's monthly calls, without counting it", async () => {
    const { org } = await organization("Caller", "free");
    const { key } = await createApiKey(org.id, { name: "ci" });
    const call = () => search(new Request("http://localhost/api/v1/search?q=70551", { headers: { authorization: `Bearer ${key}`, "x-forwarded-for": "198.51.100.77" } }));
    expect((await call()).status).toBe(200);
    const counted = () => count(`SELECT count AS n FROM usage_counters WHERE organization_id = $1 AND metric = 'api_calls' AND period_start = $2`, [org.id, periodStart()]);
    expect(await counted()).toBe(1);
    await withClient((c) => c.query(`UPDATE usage_counters SET count = 1000 WHERE organization_id = $1`, [org.id]));
    const refused = await call();
    expect(refused.status).toBe(402);
    const body = await refused.json();
    expect(body.error.code).toBe("api_call_limit");
    expect(body.error.message).toMatch(/Free plan includes 1,000 API calls a month/);
    expect(await counted()).toBe(1000);
    // Public calls (no key) are not metered.
    expect((await search(new Request("http://localhost/api/v1/search?q=70551", { headers: { "x-forwarded-for": "198.51.100.78" } }))).status).toBe(200);
    expect(await counted()).toBe(1000);
  });
});

describe("exports", () => {
  it("refuses the audit export on Free (402) and logs nothing; Team exports and counts it", async () => {
    const free = await organization("NoExport", "free");
    session.user = { id: free.owner, email: free.email, name: null };
    session.org = free.org.id;
    const refused = await auditCsv(new Request("http://localhost/api/app/audit.csv"));
    expect(refused.status).toBe(402);
    expect(await refused.json()).toMatchObject({ error: "export_limit" });
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = 'audit.exported'`, [free.org.id])).toBe(0);

    const team = await organization("Exporter", "team");
    session.user = { id: team.owner, email: team.email, name: null };
    session.org = team.org.id;
    expect((await auditCsv(new Request("http://localhost/api/app/audit.csv"))).status).toBe(200);
    expect(await count(`SELECT count AS n FROM usage_counters WHERE organization_id = $1 AND metric = 'exports'`, [team.org.id])).toBe(1);
  });
});

describe("SSO", () => {
  it("is for Enterprise only: mayUse and assertMayUse", async () => {
    const team = await organization("TeamSso", "team");
    const enterprise = await organization("EntSso", "enterprise");
    expect(await mayUse(team.org.id, "sso")).toBe(false);
    expect(await mayUse(team.org.id, "saml")).toBe(false);
    expect(await mayUse(enterprise.org.id, "sso")).toBe(true);
    const refused = await assertMayUse(team.org.id, "saml").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EntitlementError);
    expect((refused as Error).message).toBe("SAML single sign-on is not included in the Team plan: upgrade to Enterprise at /app/billing.");
  });
});
