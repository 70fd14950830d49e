// The billing server actions refuse analysts and viewers (and non-members) on the server, before
// anything reaches Stripe; an admin's Checkout goes to the hosted page.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startStripeStandin, type StripeStandin } from "@/lib/billing/standin/server";
import { syncCatalog } from "@/lib/billing/catalog";
import { createStripe } from "@/lib/billing/config";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { createTestOrganization, createTestUser, deleteTestOrganizations } from "../../support/organizations";

const session = vi.hoisted(() => ({ user: { id: "", email: "", name: null as string | null } }));
vi.mock("@/lib/auth", () => ({ requireUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { to });
  },
}));

const { checkoutAction, portalAction } = await import("@/app/(app)/app/billing/actions");

let standin: StripeStandin;
let orgId: string;
const users: Record<"admin" | "analyst" | "viewer" | "outsider", string> = { admin: "", analyst: "", viewer: "", outsider: "" };
const saved = { ...process.env };

beforeAll(async () => {
  standin = await startStripeStandin({ autoDeliver: false });
  Object.assign(process.env, { STRIPE_SECRET_KEY: standin.secretKey, STRIPE_API_URL: standin.url, STRIPE_WEBHOOK_SECRET: standin.webhookSecret, AUTH_URL: "http://app.test" });
  await syncCatalog(createStripe());
  orgId = (await createTestOrganization("Actions")).id;
  for (const role of Object.keys(users) as (keyof typeof users)[]) {
    users[role] = await createTestUser(`actions-${role}`);
    if (role !== "outsider") await withClient((c) => c.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, $3)`, [orgId, users[role], role]));
  }
});
afterAll(async () => {
  process.env = saved;
  await deleteTestOrganizations([orgId]);
  await standin.close();
  await closeTenantConnections();
});

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const where = (p: Promise<unknown>) => p.then(() => null, (e: { to?: string }) => e.to ?? String(e));

describe("billing actions", () => {
  it("refuse analysts, viewers and non-members, and reach no Stripe", async () => {
    for (const role of ["analyst", "viewer", "outsider"] as const) {
      session.user = { id: users[role], email: `${role}@example.org`, name: null };
      expect(await where(checkoutAction(form({ organization: orgId, plan: "team" })))).toBe("/app/billing?error=forbidden");
      expect(await where(portalAction(form({ organization: orgId })))).toBe("/app/billing?error=forbidden");
    }
    expect([...standin.objects.values()].filter((o) => o.object === "checkout.session" || o.object === "customer")).toEqual([]);
  });

  it("send an admin to the hosted checkout page", async () => {
    session.user = { id: users.admin, email: "admin@example.org", name: null };
    expect(await where(checkoutAction(form({ organization: orgId, plan: "bogus" })))).toBe("/app/billing?error=invalid_plan");
    const to = await where(checkoutAction(form({ organization: orgId, plan: "enterprise" })));
    expect(to).toMatch(new RegExp(`^${standin.url}/checkout/cs_test_`));
  });
});
