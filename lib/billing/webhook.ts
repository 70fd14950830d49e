// Stripe webhooks (app/api/stripe/webhook/route.ts hands the raw body and signature here).
//
//   1. The signature is checked on the raw body (stripe.webhooks.constructEvent): forged,
//      altered or stale (> 5 minutes) payloads get 400 and change nothing.
//   2. The state the event is about is re-read from the Stripe API (subscription, customer):
//      an event's own copy may be older than one already applied, reads are not.
//   3. One platform transaction records the event id and applies the effect; a second delivery
//      of the same event finds the id and does nothing. Both or neither are committed.
//   4. Anything failing answers 500, so Stripe retries; the retry finds no id and does it all.
//   Emails to admins (a failed payment) are sent after the commit, once per lapse into past_due
//   (pastDueSince was empty), so no retry or duplicate sends them twice.
import type Stripe from "stripe";
import { recordAudit } from "../audit";
import { withPlatform, type PlatformDb } from "../tenancy";
import { stripe as defaultStripe, webhookSecret } from "./config";
import { sendPaymentFailedEmails } from "./mail";
import { applySnapshot, linkCustomer, organizationOfCustomer, snapshotOf, type AppliedChange, type SubscriptionSnapshot } from "./sync";

export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_failed",
  "customer.updated",
] as const;

export interface WebhookResult {
  status: number;
  body: { received: boolean; duplicate?: boolean; ignored?: boolean; error?: string };
}

export interface WebhookOptions {
  client?: Stripe;
  secret?: string;
  now?: () => Date;
}

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

async function fetchSubscription(client: Stripe, id: string, now: () => Date): Promise<SubscriptionSnapshot> {
  const fetchedAt = now();
  return snapshotOf(await client.subscriptions.retrieve(id), fetchedAt);
}

function subscriptionOfInvoice(invoice: Stripe.Invoice): string | null {
  const legacy = (invoice as unknown as { subscription?: string | { id: string } | null }).subscription;
  return idOf(invoice.parent?.subscription_details?.subscription ?? legacy ?? null);
}

/** What an event needs from Stripe before the transaction: read outside it, so no lock waits on the network. */
interface Work {
  organizationHint: string | null;
  customerId: string | null;
  snapshot: SubscriptionSnapshot | null;
  customer: Stripe.Customer | null;
}

async function prepare(client: Stripe, event: Stripe.Event, now: () => Date): Promise<Work> {
  const work: Work = { organizationHint: null, customerId: null, snapshot: null, customer: null };
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      if (session.mode !== "subscription") return work;
      work.organizationHint = session.client_reference_id ?? session.metadata?.organization_id ?? null;
      work.customerId = idOf(session.customer);
      const subscription = idOf(session.subscription);
      if (subscription) work.snapshot = await fetchSubscription(client, subscription, now);
      return work;
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted": {
      work.snapshot = await fetchSubscription(client, event.data.object.id, now);
      work.customerId = work.snapshot.customerId;
      work.organizationHint = work.snapshot.organizationId;
      return work;
    }
    case "invoice.paid":
    case "invoice.payment_failed": {
      const invoice = event.data.object;
      work.customerId = idOf(invoice.customer);
      const subscription = subscriptionOfInvoice(invoice);
      if (subscription) {
        work.snapshot = await fetchSubscription(client, subscription, now);
        work.organizationHint = work.snapshot.organizationId;
      }
      return work;
    }
    case "customer.updated": {
      const customer = await client.customers.retrieve(event.data.object.id);
      if (!("deleted" in customer && customer.deleted)) work.customer = customer as Stripe.Customer;
      work.customerId = event.data.object.id;
      work.organizationHint = (work.customer?.metadata?.organization_id as string | undefined) ?? null;
      return work;
    }
    default:
      return work;
  }
}

/** The organization an event is for: the customer's link when there is one, else the hint we put in metadata. */
async function organizationFor(db: PlatformDb, work: Work): Promise<string | null> {
  const linked = work.customerId ? await organizationOfCustomer(db, work.customerId) : null;
  if (linked) return linked;
  if (!work.organizationHint) return null;
  const exists = await db.organization.findUnique({ where: { id: work.organizationHint }, select: { id: true } });
  return exists ? exists.id : null;
}

async function apply(db: PlatformDb, event: Stripe.Event, work: Work, at: Date): Promise<AppliedChange | null> {
  const organizationId = await organizationFor(db, work);
  if (!organizationId) {
    if (event.type !== "customer.updated") console.warn("Stripe event for no known organization", { event: event.id, type: event.type });
    return null;
  }
  if (work.customerId) await linkCustomer(db, organizationId, work.customerId);
  let change: AppliedChange | null = null;
  if (work.snapshot) change = await applySnapshot(db, organizationId, work.snapshot, at);
  if (event.type === "invoice.paid" || event.type === "invoice.payment_failed") {
    const invoice = event.data.object;
    await recordAudit(db, {
      action: event.type === "invoice.paid" ? "billing.invoice_paid" : "billing.payment_failed",
      organizationId,
      target: `invoice:${invoice.id}`,
      metadata: { amountDue: invoice.amount_due, currency: invoice.currency, attempt: invoice.attempt_count ?? null },
    });
  }
  if (event.type === "customer.updated" && work.customer) {
    await db.billingAccount.update({ where: { organizationId }, data: { billingEmail: work.customer.email ?? null } });
    await recordAudit(db, { action: "billing.customer_updated", organizationId, target: `customer:${work.customer.id}`, metadata: { email: work.customer.email ?? null } });
  }
  return change;
}

export async function handleStripeWebhook(rawBody: string | Buffer, signature: string | null, options: WebhookOptions = {}): Promise<WebhookResult> {
  const client = options.client ?? defaultStripe();
  const now = options.now ?? (() => new Date());
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("No Stripe-Signature header");
    event = client.webhooks.constructEvent(rawBody, signature, options.secret ?? webhookSecret());
  } catch (error) {
    return { status: 400, body: { received: false, error: `Webhook signature verification failed: ${(error as Error).message}` } };
  }
  try {
    const seen = await withPlatform((db) => db.billingEvent.findUnique({ where: { id: event.id }, select: { id: true } }));
    if (seen) return { status: 200, body: { received: true, duplicate: true } };
    const handled = (HANDLED_EVENTS as readonly string[]).includes(event.type);
    const work = handled ? await prepare(client, event, now) : null;
    const at = now();
    const outcome = await withPlatform(async (db) => {
      const inserted = await db.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO billing_events (id, type, stripe_created_at, processed_at) VALUES ($1, $2, $3::timestamptz, now()) ON CONFLICT (id) DO NOTHING RETURNING id`,
        event.id,
        event.type,
        new Date(event.created * 1000).toISOString(),
      );
      if (inserted.length === 0) return { duplicate: true as const };
      return { duplicate: false as const, change: work ? await apply(db, event, work, at) : null };
    });
    if (outcome.duplicate) return { status: 200, body: { received: true, duplicate: true } };
    if (outcome.change?.becamePastDue) {
      // After the commit, once per lapse: a failure to send is logged, not retried by Stripe.
      await sendPaymentFailedEmails(outcome.change.organizationId, outcome.change.graceEndsAt).catch((error: unknown) =>
        console.error("payment-failed email could not be sent", { organization: outcome.change!.organizationId, error: error instanceof Error ? error.message : String(error) }),
      );
    }
    return { status: 200, body: { received: true, ...(handled ? {} : { ignored: true }) } };
  } catch (error) {
    // An event about an object Stripe does not have (deleted since, or made up by someone who
    // holds the signing secret) will never succeed: acknowledged, so it is not retried for days.
    if ((error as { code?: unknown }).code === "resource_missing") {
      console.warn("Stripe webhook names an object Stripe does not have; ignored", { event: event.id, type: event.type });
      return { status: 200, body: { received: true, ignored: true } };
    }
    console.error("Stripe webhook failed; Stripe will retry", { event: event.id, type: event.type, error: error instanceof Error ? error.message : String(error) });
    return { status: 500, body: { received: false, error: "Processing failed; the event will be retried." } };
  }
}
