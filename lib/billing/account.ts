// What owners and admins do on /app/billing: start Checkout for a plan (or change the plan of a
// running subscription, prorated), open the Customer Portal (payment methods, cancel, resume),
// and read the overview (plan, seats, usage, next invoice, invoice history). Callers check the
// user's membership and "billing.manage" first (the pages and actions do, server-side).
import type Stripe from "stripe";
import { recordAudit, type RequestOrigin } from "../audit";
import { withPlatform, withTenant } from "../tenancy";
import { stripe } from "./config";
import { entitlementsIn, type Entitlements } from "./entitlements";
import { priceId } from "./prices";
import { PLANS, type PaidPlanId } from "./plans";
import { applySnapshot, snapshotOf } from "./sync";
import { usageThisPeriod, type Metric } from "./usage";

export class BillingError extends Error {
  override name = "BillingError";
  constructor(
    readonly code: "no_customer" | "same_plan" | "not_configured" | "too_many_members",
    message: string,
  ) {
    super(message);
  }
}

const LIVE = new Set(["active", "trialing", "past_due", "unpaid"]);

async function ensureCustomer(client: Stripe, organizationId: string): Promise<string> {
  const found = await withTenant(organizationId, async (db) => ({
    account: await db.billingAccount.findUnique({ where: { organizationId } }),
    org: await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, slug: true } }),
  }));
  if (found.account?.stripeCustomerId) return found.account.stripeCustomerId;
  // One customer per organization even if two admins click at once: the idempotency key makes
  // Stripe answer the second request with the first one's customer.
  const customer = await client.customers.create(
    { name: found.org.name, metadata: { organization_id: organizationId, slug: found.org.slug } },
    { idempotencyKey: `customer-${organizationId}` },
  );
  await withTenant(organizationId, (db) =>
    db.$executeRawUnsafe(
      `INSERT INTO billing_accounts (organization_id, stripe_customer_id, updated_at) VALUES ($1::uuid, $2, now())
       ON CONFLICT (organization_id) DO UPDATE SET stripe_customer_id = COALESCE(billing_accounts.stripe_customer_id, EXCLUDED.stripe_customer_id), updated_at = now()`,
      organizationId,
      customer.id,
    ),
  );
  return customer.id;
}

export type CheckoutResult = { kind: "redirect"; url: string } | { kind: "changed"; plan: PaidPlanId };

/**
 * Subscribes to `plan`: a first subscription goes through Stripe Checkout (subscription mode,
 * a trial when the plan has one and the organization never subscribed); a live subscription
 * changes plan in place with prorations (upgrade or downgrade), and the new state is stored.
 */
export async function startCheckout(
  organizationId: string,
  actorUserId: string,
  plan: PaidPlanId,
  urls: { successUrl: string; cancelUrl: string },
  origin: Partial<RequestOrigin> = {},
): Promise<CheckoutResult> {
  const seats = PLANS[plan].seats;
  const taken = await withTenant(organizationId, async (db) => (await db.membership.count()) + (await db.invitation.count({ where: { acceptedAt: null, expiresAt: { gt: new Date() } } })));
  // A plan with fewer seats than the organization uses is refused before anything changes.
  if (seats !== null && taken > seats) {
    throw new BillingError("too_many_members", `${PLANS[plan].name} has ${seats} seats and the organization has ${taken} members and pending invitations: remove some first.`);
  }
  const client = stripe();
  const customer = await ensureCustomer(client, organizationId);
  const { account, members } = await withTenant(organizationId, async (db) => ({
    account: await db.billingAccount.findUnique({ where: { organizationId } }),
    members: await db.membership.count(),
  }));
  const seatPrice = await priceId(client, plan);
  if (account?.stripeSubscriptionId && LIVE.has(account.status) && account.seatItemId) {
    if (account.plan === plan) throw new BillingError("same_plan", `The organization is already on ${PLANS[plan].name}.`);
    const updated = await client.subscriptions.update(account.stripeSubscriptionId, {
      items: [{ id: account.seatItemId, price: seatPrice, quantity: Math.max(1, members) }],
      proration_behavior: "create_prorations",
      metadata: { organization_id: organizationId },
    });
    const snapshot = snapshotOf(updated, new Date());
    await withPlatform(async (db) => {
      await applySnapshot(db, organizationId, snapshot);
      await recordAudit(db, { action: "billing.checkout_started", organizationId, actorUserId, target: `plan:${plan}`, metadata: { mode: "change", from: account.plan, to: plan }, ...origin });
    });
    return { kind: "changed", plan };
  }
  const firstSubscription = !account?.stripeSubscriptionId;
  const session = await client.checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: organizationId,
    line_items: [{ price: seatPrice, quantity: Math.max(1, members) }, { price: await priceId(client, "api_calls") }],
    subscription_data: {
      metadata: { organization_id: organizationId },
      ...(firstSubscription && PLANS[plan].trialDays > 0 ? { trial_period_days: PLANS[plan].trialDays } : {}),
    },
    metadata: { organization_id: organizationId, plan },
    success_url: urls.successUrl,
    cancel_url: urls.cancelUrl,
  });
  await withTenant(organizationId, (db) =>
    recordAudit(db, { action: "billing.checkout_started", organizationId, actorUserId, target: `plan:${plan}`, metadata: { mode: "checkout", session: session.id }, ...origin }),
  );
  return { kind: "redirect", url: session.url! };
}

/** The Customer Portal for the organization's customer: payment methods, invoices, cancel and resume. */
export async function portalUrl(organizationId: string, returnUrl: string): Promise<string> {
  const account = await withTenant(organizationId, (db) => db.billingAccount.findUnique({ where: { organizationId } }));
  if (!account?.stripeCustomerId) throw new BillingError("no_customer", "Subscribe to a plan first: there is no billing account yet.");
  const session = await stripe().billingPortal.sessions.create({ customer: account.stripeCustomerId, return_url: returnUrl });
  return session.url;
}

export interface InvoiceSummary {
  id: string;
  number: string | null;
  status: string | null;
  total: number;
  currency: string;
  created: Date;
  url: string | null;
  pdf: string | null;
}

export interface BillingOverview {
  entitlements: Entitlements;
  status: string;
  stripeCustomer: boolean;
  cancelAtPeriodEnd: boolean;
  currentPeriodEnd: Date | null;
  seatsUsed: number;
  pendingInvitations: number;
  seatsPaid: number;
  usage: Record<Metric, number>;
  upcoming: { total: number; currency: string; date: Date | null } | null;
  invoices: InvoiceSummary[];
  /** Set when Stripe could not be reached: the local part is still shown. */
  stripeError: string | null;
}

export async function billingOverview(organizationId: string, now: Date = new Date()): Promise<BillingOverview> {
  const local = await withTenant(organizationId, async (db) => ({
    entitlements: await entitlementsIn(db, organizationId, now),
    account: await db.billingAccount.findUnique({ where: { organizationId } }),
    members: await db.membership.count(),
    pending: await db.invitation.count({ where: { acceptedAt: null, expiresAt: { gt: now } } }),
  }));
  const usage = await usageThisPeriod(organizationId, now);
  let upcoming: BillingOverview["upcoming"] = null;
  let invoices: InvoiceSummary[] = [];
  let stripeError: string | null = null;
  const customer = local.account?.stripeCustomerId;
  if (customer) {
    try {
      const client = stripe();
      const list = await client.invoices.list({ customer, limit: 12 });
      invoices = list.data.map((i) => ({
        id: i.id!,
        number: i.number ?? null,
        status: i.status ?? null,
        total: i.total,
        currency: i.currency,
        created: new Date(i.created * 1000),
        url: i.hosted_invoice_url ?? null,
        pdf: i.invoice_pdf ?? null,
      }));
      if (local.account?.stripeSubscriptionId && LIVE.has(local.account.status) && !local.account.cancelAtPeriodEnd) {
        const preview = await client.invoices.createPreview({ customer, subscription: local.account.stripeSubscriptionId });
        upcoming = { total: preview.total, currency: preview.currency, date: preview.next_payment_attempt ? new Date(preview.next_payment_attempt * 1000) : null };
      }
    } catch (error) {
      stripeError = error instanceof Error ? error.message : String(error);
    }
  }
  return {
    entitlements: local.entitlements,
    status: local.account?.status ?? "none",
    stripeCustomer: Boolean(customer),
    cancelAtPeriodEnd: local.account?.cancelAtPeriodEnd ?? false,
    currentPeriodEnd: local.account?.currentPeriodEnd ?? null,
    seatsUsed: local.members,
    pendingInvitations: local.pending,
    seatsPaid: local.account?.seatsPaid ?? 0,
    usage,
    upcoming,
    invoices,
    stripeError,
  };
}
