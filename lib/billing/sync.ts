// Mirroring Stripe's state into billing_accounts. The subscription is always re-read from the
// Stripe API (never taken from an event's copy), and a read older than the one stored never
// overwrites it: the result is Stripe's newest state whatever order events arrive in.
import type Stripe from "stripe";
import { recordAudit } from "../audit";
import type { PlatformDb } from "../tenancy";
import { graceDays } from "./config";
import { isApiCallsPrice, planOfPrice } from "./prices";
import type { PlanId } from "./plans";

export interface SubscriptionSnapshot {
  subscriptionId: string;
  customerId: string;
  organizationId: string | null;
  plan: PlanId;
  status: string;
  seatItemId: string | null;
  seats: number;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  trialEndsAt: Date | null;
  cancelAtPeriodEnd: boolean;
  fetchedAt: Date;
}

const date = (seconds: number | null | undefined) => (typeof seconds === "number" ? new Date(seconds * 1000) : null);
const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

export function snapshotOf(subscription: Stripe.Subscription, fetchedAt: Date): SubscriptionSnapshot {
  let plan: PlanId = "free";
  let seatItem: Stripe.SubscriptionItem | undefined;
  for (const item of subscription.items.data) {
    const found = planOfPrice(item.price);
    if (found) {
      plan = found;
      seatItem = item;
    } else if (!isApiCallsPrice(item.price)) {
      console.warn("Stripe subscription has an item with an unknown price", { subscription: subscription.id, price: item.price.id });
    }
  }
  const ended = subscription.status === "canceled" || subscription.status === "incomplete_expired";
  return {
    subscriptionId: subscription.id,
    customerId: idOf(subscription.customer)!,
    organizationId: subscription.metadata?.organization_id || null,
    plan: ended ? "free" : plan,
    status: subscription.status,
    seatItemId: seatItem?.id ?? null,
    seats: seatItem?.quantity ?? 0,
    currentPeriodStart: date(seatItem?.current_period_start),
    currentPeriodEnd: date(seatItem?.current_period_end),
    trialEndsAt: date(subscription.trial_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    fetchedAt,
  };
}

export interface AppliedChange {
  organizationId: string;
  planChanged: { from: string; to: string } | null;
  statusChanged: { from: string; to: string } | null;
  /** The subscription became past due in this change: the admins are told. */
  becamePastDue: boolean;
  graceEndsAt: Date | null;
  stale: boolean;
}

const LATE = new Set(["past_due", "unpaid"]);

/**
 * Stores a subscription snapshot for its organization, inside the platform transaction that
 * also records the webhook event. Locks the organization's billing row first, so two deliveries
 * processed at once apply in the order of their reads from Stripe.
 */
export async function applySnapshot(db: PlatformDb, organizationId: string, snap: SubscriptionSnapshot, now: Date = new Date()): Promise<AppliedChange> {
  await db.$queryRawUnsafe(
    `INSERT INTO billing_accounts (organization_id, updated_at) VALUES ($1::uuid, now()) ON CONFLICT (organization_id) DO NOTHING`,
    organizationId,
  );
  await db.$queryRawUnsafe(`SELECT 1 FROM billing_accounts WHERE organization_id = $1::uuid FOR UPDATE`, organizationId);
  const current = (await db.billingAccount.findUnique({ where: { organizationId } }))!;
  const unchanged: AppliedChange = { organizationId, planChanged: null, statusChanged: null, becamePastDue: false, graceEndsAt: current.graceEndsAt, stale: true };
  if (current.stripeSyncedAt && current.stripeSyncedAt > snap.fetchedAt) return unchanged;
  // A different subscription than the one we hold: only a live one replaces it (an old,
  // canceled subscription's late event must not end the new one).
  if (current.stripeSubscriptionId && current.stripeSubscriptionId !== snap.subscriptionId && (snap.status === "canceled" || snap.status === "incomplete_expired")) {
    return unchanged;
  }
  const late = LATE.has(snap.status);
  const becamePastDue = late && !current.pastDueSince;
  const pastDueSince = late ? (current.pastDueSince ?? now) : null;
  const graceEndsAt = late ? (current.graceEndsAt ?? new Date(now.getTime() + graceDays() * 86_400_000)) : null;
  await db.billingAccount.update({
    where: { organizationId },
    data: {
      stripeCustomerId: snap.customerId,
      stripeSubscriptionId: snap.subscriptionId,
      plan: snap.plan,
      status: snap.status,
      seatItemId: snap.seatItemId,
      seatsPaid: snap.seats,
      currentPeriodStart: snap.currentPeriodStart,
      currentPeriodEnd: snap.currentPeriodEnd,
      trialEndsAt: snap.trialEndsAt,
      cancelAtPeriodEnd: snap.cancelAtPeriodEnd,
      pastDueSince,
      graceEndsAt,
      stripeSyncedAt: snap.fetchedAt,
    },
  });
  const change: AppliedChange = {
    organizationId,
    planChanged: current.plan !== snap.plan ? { from: current.plan, to: snap.plan } : null,
    statusChanged: current.status !== snap.status ? { from: current.status, to: snap.status } : null,
    becamePastDue,
    graceEndsAt,
    stale: false,
  };
  if (change.planChanged) {
    await recordAudit(db, {
      action: "billing.plan_changed",
      organizationId,
      target: `subscription:${snap.subscriptionId}`,
      metadata: { ...change.planChanged, status: snap.status },
    });
  }
  if (change.statusChanged) {
    await recordAudit(db, {
      action: "billing.subscription_status_changed",
      organizationId,
      target: `subscription:${snap.subscriptionId}`,
      metadata: { ...change.statusChanged, plan: snap.plan, ...(graceEndsAt ? { graceEndsAt: graceEndsAt.toISOString() } : {}) },
    });
  }
  return change;
}

/** Links a Stripe customer to an organization (first Checkout), keeping an existing link. */
export async function linkCustomer(db: PlatformDb, organizationId: string, customerId: string): Promise<void> {
  await db.$queryRawUnsafe(
    `INSERT INTO billing_accounts (organization_id, stripe_customer_id, updated_at) VALUES ($1::uuid, $2, now())
     ON CONFLICT (organization_id) DO UPDATE SET stripe_customer_id = COALESCE(billing_accounts.stripe_customer_id, EXCLUDED.stripe_customer_id), updated_at = now()`,
    organizationId,
    customerId,
  );
}

export async function organizationOfCustomer(db: PlatformDb, customerId: string): Promise<string | null> {
  return (await db.billingAccount.findUnique({ where: { stripeCustomerId: customerId }, select: { organizationId: true } }))?.organizationId ?? null;
}
