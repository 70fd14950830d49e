// Billing against the local Stripe stand-in (lib/billing/standin), with the real `stripe`
// client: Checkout to an upgraded organization, webhook events replayed, duplicated, reordered
// and forged, a processing failure retried, a failed payment through grace to Free (with the
// admins' email through a real SMTP sink), seats following members, usage reported in batches.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingOverview, entitlementsOf, expireGracePeriods, handleStripeWebhook, reportUsage, startCheckout, syncSeats, consume, portalUrl } from "@/lib/billing";
import { syncCatalog } from "@/lib/billing/catalog";
import { startStripeStandin, type StripeStandin } from "@/lib/billing/standin/server";
import { startMailSink, type MailSink } from "@/lib/mail/sink";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { createTestOrganization, createTestUser, deleteTestOrganizations } from "../../support/organizations";

let standin: StripeStandin;
let sink: MailSink;
const orgs: string[] = [];
const saved = { ...process.env };

async function send(event: Stripe.Event, options: { client?: Stripe; signature?: string; body?: string } = {}) {
  const body = options.body ?? JSON.stringify(event);
  return handleStripeWebhook(body, options.signature ?? standin.sign(body), { client: options.client });
}

/** Delivers every held event in order (or as given) and clears the queue. */
async function deliverHeld(order: (events: Stripe.Event[]) => Stripe.Event[] = (e) => e) {
  const events = order(standin.held.splice(0));
  const results = [];
  for (const e of events) results.push(await send(e));
  return { events, results };
}

async function organizationWithOwner(label: string) {
  const org = await createTestOrganization(label);
  orgs.push(org.id);
  const owner = await createTestUser(`${label.toLowerCase()}-owner`);
  await withClient((c) => c.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`, [org.id, owner]));
  return { org, owner };
}

async function subscribe(orgId: string, owner: string, plan: "team" | "enterprise" = "team") {
  const result = await startCheckout(orgId, owner, plan, { successUrl: "http://app.test/app/billing?checkout=success", cancelUrl: "http://app.test/pricing" });
  expect(result.kind).toBe("redirect");
  const sessionId = new URL((result as { url: string }).url).pathname.split("/").pop()!;
  const session = await standin.completeCheckout(sessionId);
  return { sessionId, subscriptionId: session.subscription as string };
}

const account = (orgId: string) => withClient(async (c) => (await c.query(`SELECT * FROM billing_accounts WHERE organization_id = $1`, [orgId])).rows[0]);
const auditCount = (orgId: string, action: string) =>
  withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1 AND action = $2`, [orgId, action])).rows[0].n as number);

beforeAll(async () => {
  standin = await startStripeStandin({ autoDeliver: false });
  sink = await startMailSink({ port: 0 });
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: standin.secretKey,
    STRIPE_API_URL: standin.url,
    STRIPE_WEBHOOK_SECRET: standin.webhookSecret,
    SMTP_URL: sink.url,
    BILLING_GRACE_DAYS: "7",
  });
  await syncCatalog(new Stripe(standin.secretKey, { host: "127.0.0.1", port: standin.port, protocol: "http" }));
});

afterAll(async () => {
  process.env = saved;
  await deleteTestOrganizations(orgs);
  await standin.close();
  await sink.close();
  await closeTenantConnections();
});

describe("the catalog sync", () => {
  it("is idempotent: a second run creates nothing", async () => {
    const again = await syncCatalog(new Stripe(standin.secretKey, { host: "127.0.0.1", port: standin.port, protocol: "http" }));
    expect(again.products.every((p) => !p.created)).toBe(true);
    expect(again.meter.created).toBe(false);
    expect(again.prices.every((p) => !p.created)).toBe(true);
  });
});

describe("Checkout and webhooks", () => {
  it("upgrades the organization once the signed events arrive, and a replay changes nothing", async () => {
    const { org, owner } = await organizationWithOwner("Checkout");
    const { subscriptionId } = await subscribe(org.id, owner);
    const { events, results } = await deliverHeld();
    expect(events.map((e) => e.type)).toEqual(["customer.subscription.created", "invoice.paid", "checkout.session.completed"]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const row = await account(org.id);
    expect(row).toMatchObject({ plan: "team", status: "trialing", stripe_subscription_id: subscriptionId, seats_paid: 1 });
    expect((await entitlementsOf(org.id)).state).toBe("trialing");
    expect(await auditCount(org.id, "billing.plan_changed")).toBe(1);

    // The same events again (Stripe retries, duplicates): all acknowledged, none applied twice.
    for (const e of events) expect((await send(e)).body).toMatchObject({ received: true, duplicate: true });
    expect(await auditCount(org.id, "billing.plan_changed")).toBe(1);
    expect(await auditCount(org.id, "billing.invoice_paid")).toBe(1);
    const processed = await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM billing_events WHERE id = ANY($1)`, [events.map((e) => e.id)])).rows[0].n);
    expect(processed).toBe(3);

    // Two deliveries of one event at the same time: one applies it.
    const change = await standin.payInvoice(subscriptionId);
    const twice = await Promise.all([send(change[0]!), send(change[0]!)]);
    expect(twice.map((r) => r.status)).toEqual([200, 200]);
    expect(await auditCount(org.id, "billing.invoice_paid")).toBe(2);
    standin.held.splice(0);
  });

  it("ends in Stripe's newest state whatever order the events arrive in", async () => {
    const { org, owner } = await organizationWithOwner("Reorder");
    const { subscriptionId } = await subscribe(org.id, owner);
    const first = standin.held.splice(0);
    // The app knows the subscription from checkout.session.completed alone (re-read from Stripe).
    expect((await send(first.find((e) => e.type === "checkout.session.completed")!)).status).toBe(200);
    // Upgrade in place (prorated), then deliver everything else newest first.
    const changed = await startCheckout(org.id, owner, "enterprise", { successUrl: "http://app.test/s", cancelUrl: "http://app.test/c" });
    expect(changed).toEqual({ kind: "changed", plan: "enterprise" });
    const later = standin.held.splice(0);
    expect(later.map((e) => e.type)).toEqual(["customer.subscription.updated"]);
    for (const e of [...first, ...later].reverse()) expect((await send(e)).status).toBe(200);
    expect(await account(org.id)).toMatchObject({ plan: "enterprise", stripe_subscription_id: subscriptionId });
    expect((await entitlementsOf(org.id)).features).toContain("sso");
    // An old event's own copy says "team": it is never trusted over the re-read subscription.
    const stale = first.find((e) => e.type === "customer.subscription.created")!;
    expect(((stale.data.object as Stripe.Subscription).items.data[0]!.price.lookup_key)).toBe("priceline_team_seat_monthly");
  });

  it("refuses forged, altered and unsigned payloads, and stores nothing for them", async () => {
    const { org, owner } = await organizationWithOwner("Forged");
    await subscribe(org.id, owner);
    const [event] = standin.held.splice(0);
    const body = JSON.stringify(event);
    const forged = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: "whsec_not_the_secret" });
    expect((await send(event!, { signature: forged })).status).toBe(400);
    expect((await send(event!, { body: body.replace("trialing", "active"), signature: standin.sign(body) })).status).toBe(400);
    expect((await handleStripeWebhook(body, null)).status).toBe(400);
    const old = standin.sign(body, Math.floor(Date.now() / 1000) - 3600);
    expect((await send(event!, { signature: old })).status).toBe(400);
    expect(await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM billing_events WHERE id = $1`, [event!.id])).rows[0].n)).toBe(0);
    expect(await account(org.id)).toMatchObject({ plan: "free" }); // the customer is linked, nothing else
  });

  it("acknowledges, and changes nothing for, a signed event about a subscription Stripe does not have", async () => {
    const { org, owner } = await organizationWithOwner("Phantom");
    await subscribe(org.id, owner);
    const [real] = standin.held.splice(0).filter((e) => e.type.startsWith("customer.subscription."));
    const before = await account(org.id);
    const phantom = structuredClone(real!) as Stripe.Event;
    phantom.id = `evt_phantom_${Date.now()}`;
    (phantom.data.object as { id: string }).id = "sub_does_not_exist";
    const response = await send(phantom);
    expect(response).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await account(org.id)).toEqual(before);
  });

  it("answers 500 when Stripe cannot be reached, records nothing, and applies the retry once", async () => {
    const { org, owner } = await organizationWithOwner("Retry");
    await subscribe(org.id, owner);
    const [created] = standin.held.splice(0);
    const unreachable = new Stripe(standin.secretKey, { host: "127.0.0.1", port: 9, protocol: "http", maxNetworkRetries: 0 });
    const failed = await send(created!, { client: unreachable });
    expect(failed.status).toBe(500);
    expect(await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM billing_events WHERE id = $1`, [created!.id])).rows[0].n)).toBe(0);
    expect((await send(created!)).status).toBe(200);
    expect((await send(created!)).body.duplicate).toBe(true);
    expect(await account(org.id)).toMatchObject({ plan: "team" });
    expect(await auditCount(org.id, "billing.plan_changed")).toBe(1);
  });
});

describe("a failed payment", () => {
  it("keeps the plan through the grace period, emails the admins once, then the organization is on Free", async () => {
    const { org, owner } = await organizationWithOwner("Dunning");
    const ownerEmail = await withClient(async (c) => (await c.query(`SELECT email FROM users WHERE id = $1`, [owner])).rows[0].email as string);
    const { subscriptionId } = await subscribe(org.id, owner);
    await deliverHeld();
    const before = sink.messages.length;
    await standin.failPayment(subscriptionId);
    const { events } = await deliverHeld();
    for (const e of events) expect((await send(e)).body.duplicate).toBe(true);
    const row = await account(org.id);
    expect(row).toMatchObject({ status: "past_due", plan: "team" });
    expect(row.grace_ends_at.getTime() - row.past_due_since.getTime()).toBe(7 * 86_400_000);
    expect(await entitlementsOf(org.id)).toMatchObject({ state: "grace", plan: { id: "team" } });
    const mails = sink.messages.slice(before);
    expect(mails.map((m) => m.to)).toEqual([[ownerEmail.toLowerCase()]]);
    expect(mails[0]!.subject).toContain("payment");
    expect(mails[0]!.text).toContain("/app/billing");

    const after = new Date(row.grace_ends_at.getTime() + 1000);
    expect(await entitlementsOf(org.id, after)).toMatchObject({ state: "free", lapsed: "grace_ended", seats: 1 });
    expect((await expireGracePeriods(new Date(row.grace_ends_at.getTime() - 1000))).downgraded).not.toContain(org.id);
    const expired = await expireGracePeriods(after);
    expect(expired.downgraded).toContain(org.id);
    expect(await account(org.id)).toMatchObject({ plan: "free", status: "canceled" });
    expect(await auditCount(org.id, "billing.downgraded")).toBe(1);
    const { events: cancel } = await deliverHeld();
    expect(cancel.map((e) => e.type)).toEqual(["customer.subscription.deleted"]);
    expect(await account(org.id)).toMatchObject({ plan: "free", status: "canceled" });
  });

  it("is over when the invoice is paid within the grace period", async () => {
    const { org, owner } = await organizationWithOwner("Recover");
    const { subscriptionId } = await subscribe(org.id, owner);
    await deliverHeld();
    await standin.failPayment(subscriptionId);
    await deliverHeld();
    await standin.payInvoice(subscriptionId);
    // Delivered newest first: the re-read subscription is active either way.
    await deliverHeld((e) => e.reverse());
    expect(await account(org.id)).toMatchObject({ status: "active", past_due_since: null, grace_ends_at: null });
  });
});

describe("seats, usage and the overview", () => {
  it("sets the subscription's seats to the member count, prorated", async () => {
    const { org, owner } = await organizationWithOwner("Seats");
    const { subscriptionId } = await subscribe(org.id, owner);
    await deliverHeld();
    const second = await createTestUser("seats-second");
    await withClient((c) => c.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'analyst')`, [org.id, second]));
    expect(await syncSeats(org.id)).toBe(2);
    const sub = standin.objects.get(subscriptionId)!;
    const item = standin.objects.get((sub._items as string[])[0]!)!;
    expect(item.quantity).toBe(2);
    expect(await account(org.id)).toMatchObject({ seats_paid: 2 });
    expect(await auditCount(org.id, "billing.seats_changed")).toBe(1);
    standin.held.splice(0);
  });

  it("reports API calls to the meter in batches that count once", async () => {
    const { org, owner } = await organizationWithOwner("Metered");
    await subscribe(org.id, owner);
    await deliverHeld();
    const customer = (await account(org.id)).stripe_customer_id as string;
    for (let i = 0; i < 5; i++) await consume(org.id, "api_calls");
    const first = await reportUsage();
    expect(first.failed).toBe(0);
    const mine = () => standin.meterEvents.filter((e) => (e.payload as Record<string, string>).stripe_customer_id === customer);
    expect(mine().map((e) => (e.payload as Record<string, string>).value)).toEqual(["5"]);
    await reportUsage();
    expect(mine()).toHaveLength(1); // nothing new, nothing sent again
    // A batch that was sent but not marked (a crash in between) is sent again and counted once.
    const batch = await withClient(async (c) => (await c.query(`UPDATE usage_reports SET sent_at = NULL WHERE organization_id = $1 RETURNING id`, [org.id])).rows[0].id);
    await reportUsage();
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.identifier).toBe(batch);
    expect(await withClient(async (c) => (await c.query(`SELECT sent_at FROM usage_reports WHERE id = $1`, [batch])).rows[0].sent_at)).not.toBeNull();
    const overview = await billingOverview(org.id);
    expect(overview).toMatchObject({ seatsUsed: 1, usage: { api_calls: 5 }, stripeError: null });
    expect(overview.invoices.length).toBeGreaterThan(0);
    expect(overview.upcoming?.total).toBe(4_900); // one Team seat; 5 calls at $0.0001 round to 0 cents
    expect(await portalUrl(org.id, "http://app.test/app/billing")).toMatch(new RegExp(`^${standin.url}/portal/`));
  });

  it("does not bill calls made without a paid subscription", async () => {
    const { org } = await organizationWithOwner("Unbilled");
    await consume(org.id, "api_calls");
    const result = await reportUsage();
    expect(result.unbillable).toBeGreaterThanOrEqual(1);
    expect(await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM usage_reports WHERE organization_id = $1`, [org.id])).rows[0].n)).toBe(0);
  });
});

