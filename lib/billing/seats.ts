// Seats follow membership: the subscription's seat item quantity is the number of members,
// updated with prorations whenever someone joins or leaves (lib/members calls seatsChanged after
// its transaction commits). A failure here never undoes the membership change: it is logged, and
// the next change or `npm run priceline -- billing sync-seats` brings Stripe up to date.
import { recordAudit } from "../audit";
import { withPlatform, withTenant } from "../tenancy";
import { billingConfigured, stripe } from "./config";

const LIVE = new Set(["active", "trialing", "past_due", "unpaid"]);

/** Sets the seat quantity to the member count; returns the quantity now in Stripe, or null when there is no subscription. */
export async function syncSeats(organizationId: string): Promise<number | null> {
  const { account, members } = await withTenant(organizationId, async (db) => ({
    account: await db.billingAccount.findUnique({ where: { organizationId } }),
    members: await db.membership.count(),
  }));
  if (!account?.stripeSubscriptionId || !account.seatItemId || !LIVE.has(account.status)) return null;
  const quantity = Math.max(1, members);
  if (account.seatsPaid === quantity) return quantity;
  const item = await stripe().subscriptionItems.update(account.seatItemId, { quantity, proration_behavior: "create_prorations" });
  await withPlatform(async (db) => {
    await db.billingAccount.update({ where: { organizationId }, data: { seatsPaid: item.quantity ?? quantity } });
    await recordAudit(db, { action: "billing.seats_changed", organizationId, target: `subscription:${account.stripeSubscriptionId}`, metadata: { from: account.seatsPaid, to: item.quantity ?? quantity } });
  });
  return item.quantity ?? quantity;
}

/** The hook lib/members calls after a member joins or leaves: best effort, never throws. */
export async function seatsChanged(organizationId: string): Promise<void> {
  if (!billingConfigured()) return;
  try {
    await syncSeats(organizationId);
  } catch (error) {
    console.error("Could not update the seat quantity in Stripe", { organization: organizationId, error: error instanceof Error ? error.message : String(error) });
  }
}
