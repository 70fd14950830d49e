// Billing's periodic work, run by `npm run priceline -- billing <command>` (cron it, e.g. every
// 15 minutes for report-usage, hourly for expire-grace):
//
//   reportUsage()          API calls counted since the last run become batches (usage_reports),
//                          each sent to Stripe's billing meter as one meter event whose
//                          identifier is the batch id: a batch sent twice (a crash between
//                          sending and marking it sent) is counted once by Stripe. Calls of
//                          organizations without a paid subscription are not billable and are
//                          marked reported without a batch.
//   expireGracePeriods()   subscriptions still unpaid when their grace period ends are canceled
//                          in Stripe and recorded as Free ("billing.downgraded"). The
//                          entitlements already treat them as Free from that instant (on read),
//                          so this job only makes Stripe and the record agree.
import { recordAudit } from "../audit";
import { withPlatform } from "../tenancy";
import { stripe } from "./config";
import { API_CALLS_PRICE } from "./plans";

const BILLABLE = new Set(["active", "trialing", "past_due", "unpaid"]);

export interface ReportUsageResult {
  batches: number;
  sent: number;
  calls: number;
  unbillable: number;
  failed: number;
}

export async function reportUsage(now: Date = new Date()): Promise<ReportUsageResult> {
  const result: ReportUsageResult = { batches: 0, sent: 0, calls: 0, unbillable: 0, failed: 0 };
  // 1. Close batches: in one transaction, so a counter's calls go into exactly one batch.
  await withPlatform(async (db) => {
    const counters = await db.$queryRawUnsafe<{ organization_id: string; period_start: Date; count: number; reported: number }[]>(
      `SELECT organization_id, period_start, count, reported FROM usage_counters
        WHERE metric = 'api_calls' AND count > reported FOR UPDATE`,
    );
    for (const c of counters) {
      const account = await db.billingAccount.findUnique({ where: { organizationId: c.organization_id } });
      const quantity = c.count - c.reported;
      if (account?.stripeCustomerId && account.stripeSubscriptionId && account.plan !== "free" && BILLABLE.has(account.status)) {
        await db.usageReport.create({ data: { organizationId: c.organization_id, periodStart: c.period_start, quantity, stripeCustomerId: account.stripeCustomerId } });
        result.batches += 1;
      } else {
        result.unbillable += quantity;
      }
      await db.usageCounter.update({
        where: { organizationId_metric_periodStart: { organizationId: c.organization_id, metric: "api_calls", periodStart: c.period_start } },
        data: { reported: c.count },
      });
    }
  });
  // 2. Send every batch not yet sent (this run's and any a failed run left).
  const pending = await withPlatform((db) => db.usageReport.findMany({ where: { sentAt: null }, orderBy: { createdAt: "asc" } }));
  const client = stripe();
  for (const batch of pending) {
    try {
      try {
        await client.billing.meterEvents.create({
          event_name: API_CALLS_PRICE.meterEventName,
          identifier: batch.id,
          timestamp: Math.floor(now.getTime() / 1000),
          payload: { stripe_customer_id: batch.stripeCustomerId, value: String(batch.quantity) },
        });
      } catch (error) {
        // Stripe already has an event with this identifier: an earlier run sent it and crashed
        // before marking it. It is counted once; mark it sent.
        if ((error as { code?: string }).code !== "resource_already_exists") throw error;
      }
      await withPlatform((db) => db.usageReport.update({ where: { id: batch.id }, data: { sentAt: new Date() } }));
      result.sent += 1;
      result.calls += batch.quantity;
    } catch (error) {
      result.failed += 1;
      console.error("meter event batch not sent; the next run sends it again", { batch: batch.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

export interface ExpireGraceResult {
  downgraded: string[];
  failed: string[];
}

export async function expireGracePeriods(now: Date = new Date()): Promise<ExpireGraceResult> {
  const due = await withPlatform((db) =>
    db.billingAccount.findMany({ where: { graceEndsAt: { lte: now }, status: { in: ["past_due", "unpaid"] }, plan: { not: "free" } } }),
  );
  const result: ExpireGraceResult = { downgraded: [], failed: [] };
  for (const account of due) {
    try {
      if (account.stripeSubscriptionId) await stripe().subscriptions.cancel(account.stripeSubscriptionId);
      await withPlatform(async (db) => {
        await db.billingAccount.update({
          where: { organizationId: account.organizationId },
          data: { plan: "free", status: "canceled", graceEndsAt: null, pastDueSince: null, cancelAtPeriodEnd: false, stripeSyncedAt: new Date() },
        });
        await recordAudit(db, {
          action: "billing.downgraded",
          organizationId: account.organizationId,
          target: account.stripeSubscriptionId ? `subscription:${account.stripeSubscriptionId}` : null,
          metadata: { from: account.plan, to: "free", reason: "grace_period_ended", graceEndedAt: account.graceEndsAt?.toISOString() ?? null },
        });
      });
      result.downgraded.push(account.organizationId);
    } catch (error) {
      result.failed.push(account.organizationId);
      console.error("could not end a lapsed subscription", { organization: account.organizationId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
