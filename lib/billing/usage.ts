// Metered use per organization and calendar month (UTC): every /api/v1 call with an API key
// ("api_calls") and every audit export ("exports"). Counting and the limit check are one
// statement, so concurrent calls can never go past the plan's limit and a refused call is not
// counted.
import type { PlatformDb, TenantDb } from "../tenancy";
import { withTenant } from "../tenancy";
import { EntitlementError, entitlementsIn, type Entitlements } from "./entitlements";

export const METRICS = ["api_calls", "exports"] as const;
export type Metric = (typeof METRICS)[number];

/** The first instant of `now`'s calendar month, UTC: the metering period. */
export function periodStart(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export function periodEnd(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

function limitOf(entitlements: Entitlements, metric: Metric): number | null {
  return metric === "api_calls" ? entitlements.apiCallsPerMonth : entitlements.exportsPerMonth;
}

function refusal(entitlements: Entitlements, metric: Metric, limit: number): EntitlementError {
  const plan = entitlements.plan.name;
  return metric === "api_calls"
    ? new EntitlementError(
        "api_call_limit",
        `The ${plan} plan includes ${limit.toLocaleString("en-US")} API calls a month and this organization has used them. The allowance renews on the 1st (UTC); upgrade at /app/billing for more.`,
        entitlements,
      )
    : new EntitlementError(
        "export_limit",
        limit === 0
          ? `Exports are not included in the ${plan} plan: upgrade to Team or Enterprise at /app/billing.`
          : `The ${plan} plan includes ${limit} exports a month and this organization has used them. Upgrade at /app/billing for more.`,
        entitlements,
      );
}

/**
 * Counts one use of `metric` if the plan allows another this month, inside `db`'s transaction;
 * throws EntitlementError (nothing counted) when it does not. Returns the count so far.
 */
export async function consumeIn(db: TenantDb | PlatformDb, organizationId: string, metric: Metric, now: Date = new Date()): Promise<number> {
  const entitlements = await entitlementsIn(db, organizationId, now);
  const limit = limitOf(entitlements, metric);
  if (limit === 0) throw refusal(entitlements, metric, limit);
  const rows = await db.$queryRawUnsafe<{ count: number }[]>(
    `INSERT INTO usage_counters (organization_id, metric, period_start, count, updated_at)
          VALUES ($1::uuid, $2, $3::timestamptz, 1, now())
     ON CONFLICT (organization_id, metric, period_start)
       DO UPDATE SET count = usage_counters.count + 1, updated_at = now()
       WHERE $4::int IS NULL OR usage_counters.count < $4::int
     RETURNING count`,
    organizationId,
    metric,
    periodStart(now).toISOString(),
    limit,
  );
  if (rows.length === 0) throw refusal(entitlements, metric, limit!);
  return rows[0]!.count;
}

export function consume(organizationId: string, metric: Metric, now: Date = new Date()): Promise<number> {
  return withTenant(organizationId, (db) => consumeIn(db, organizationId, metric, now));
}

export interface UsageRow {
  metric: Metric;
  periodStart: Date;
  count: number;
  reported: number;
}

/** This and earlier periods' counters, newest first (at most `months`). */
export async function usageHistory(organizationId: string, months = 6): Promise<UsageRow[]> {
  const rows = await withTenant(organizationId, (db) =>
    db.usageCounter.findMany({ orderBy: [{ periodStart: "desc" }, { metric: "asc" }], take: months * METRICS.length }),
  );
  return rows.map((r) => ({ metric: r.metric as Metric, periodStart: r.periodStart, count: r.count, reported: r.reported }));
}

export async function usageThisPeriod(organizationId: string, now: Date = new Date()): Promise<Record<Metric, number>> {
  const rows = await withTenant(organizationId, (db) => db.usageCounter.findMany({ where: { periodStart: periodStart(now) } }));
  const out: Record<Metric, number> = { api_calls: 0, exports: 0 };
  for (const r of rows) if ((METRICS as readonly string[]).includes(r.metric)) out[r.metric as Metric] = r.count;
  return out;
}
