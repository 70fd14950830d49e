// POST /api/stripe/webhook through its route handler: the signature is checked on the raw bytes
// (a re-serialized body fails), a good event is applied and acknowledged, a duplicate is
// acknowledged without effect.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { startStripeStandin, type StripeStandin } from "@/lib/billing/standin/server";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../../support/db";
import { createTestOrganization, deleteTestOrganizations } from "../../../support/organizations";

let standin: StripeStandin;
let orgId: string;
const saved = { ...process.env };

beforeAll(async () => {
  standin = await startStripeStandin({ autoDeliver: false });
  Object.assign(process.env, { STRIPE_SECRET_KEY: standin.secretKey, STRIPE_API_URL: standin.url, STRIPE_WEBHOOK_SECRET: standin.webhookSecret });
  orgId = (await createTestOrganization("Hook")).id;
});
afterAll(async () => {
  process.env = saved;
  await deleteTestOrganizations([orgId]);
  await standin.close();
  await closeTenantConnections();
});

const post = (body: string, signature: string | null) =>
  POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body, headers: signature ? { "stripe-signature": signature } : {} }));

describe("POST /api/stripe/webhook", () => {
  it("verifies the signature on the raw body and applies an event once", async () => {
    const client = new Stripe(standin.secretKey, { host: "127.0.0.1", port: standin.port, protocol: "http" });
    const customer = await client.customers.create({ name: "Hook", metadata: { organization_id: orgId } });
    await client.customers.update(customer.id, { email: "accounts@hook.example" });
    const event = standin.held.find((e) => e.type === "customer.updated")!;
    const raw = JSON.stringify(event, null, 2);
    const signature = standin.sign(raw);

    const reserialized = await post(JSON.stringify(JSON.parse(raw)), signature);
    expect(reserialized.status).toBe(400);
    expect((await post(raw, null)).status).toBe(400);

    const ok = await post(raw, signature);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ received: true });
    const again = await post(raw, signature);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    const row = await withClient(async (c) => (await c.query(`SELECT stripe_customer_id, billing_email FROM billing_accounts WHERE organization_id = $1`, [orgId])).rows[0]);
    expect(row).toEqual({ stripe_customer_id: customer.id, billing_email: "accounts@hook.example" });
    const audits = await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = 'billing.customer_updated'`, [orgId])).rows[0].n);
    expect(audits).toBe(1);
  });

  it("acknowledges events it does not handle without doing anything", async () => {
    const event = { id: `evt_${Date.now()}`, object: "event", type: "charge.refunded", created: Math.floor(Date.now() / 1000), data: { object: { id: "ch_1" } } };
    const raw = JSON.stringify(event);
    const res = await post(raw, standin.sign(raw));
    expect(await res.json()).toEqual({ received: true, ignored: true });
  });
});
