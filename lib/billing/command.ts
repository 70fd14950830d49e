// `npm run priceline -- billing <report-usage|expire-grace|sync-seats>`: billing's periodic
// jobs (lib/billing/jobs.ts), for cron. A thin wrapper: the database is prepared as for the
// other commands, the Stripe client is configured from STRIPE_SECRET_KEY / STRIPE_API_URL.
import { parseArgs } from "node:util";
import { disconnectPrisma } from "../db/client";
import { prepareDatabase } from "../setup/database";
import { closeTenantConnections, withPlatform } from "../tenancy";
import { billingConfigured } from "./config";
import { expireGracePeriods, reportUsage } from "./jobs";
import { syncSeats } from "./seats";

const HELP = `Usage: npm run priceline -- billing <command> [--json]

  billing report-usage   report API calls counted since the last run to Stripe's billing meter,
                         in batches with one identifier each (a batch sent twice counts once);
                         run it every few minutes
  billing expire-grace   cancel subscriptions whose payment failed and whose grace period
                         (BILLING_GRACE_DAYS) has ended, and record the downgrade to Free;
                         run it hourly (the entitlements already apply Free from that instant)
  billing sync-seats     set every subscription's seat quantity to its member count (prorated)

Needs STRIPE_SECRET_KEY (and STRIPE_API_URL for a stand-in). Exit codes: 0 done, 1 some work
failed (logged; the next run retries it), 2 bad usage or not configured.`;

export async function runBillingCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" }, help: { type: "boolean" } } });
  const [sub] = positionals;
  if (values.help || sub === "help") {
    console.log(HELP);
    return 0;
  }
  if (!["report-usage", "expire-grace", "sync-seats"].includes(sub ?? "")) {
    console.error(`${sub ? `Unknown billing command "${sub}".` : "Name a billing command."}\n\n${HELP}`);
    return 2;
  }
  if (!billingConfigured()) {
    console.error("STRIPE_SECRET_KEY is not set: there is no Stripe account to report to.");
    return 2;
  }
  const db = await prepareDatabase((line) => console.error(line));
  process.env.DATABASE_URL ??= db.url;
  const print = (text: string, json: unknown) => console.log(values.json ? JSON.stringify(json) : text);
  try {
    if (sub === "report-usage") {
      const r = await reportUsage();
      print(`Usage reported: ${r.sent} batch(es), ${r.calls} API call(s); ${r.unbillable} call(s) not billable; ${r.failed} batch(es) failed.`, r);
      return r.failed ? 1 : 0;
    }
    if (sub === "expire-grace") {
      const r = await expireGracePeriods();
      print(`Downgraded to Free: ${r.downgraded.length}; failed: ${r.failed.length}.`, r);
      return r.failed.length ? 1 : 0;
    }
    const orgs = await withPlatform((db) => db.billingAccount.findMany({ where: { stripeSubscriptionId: { not: null } }, select: { organizationId: true } }));
    let failed = 0;
    for (const { organizationId } of orgs) {
      try {
        await syncSeats(organizationId);
      } catch (error) {
        failed += 1;
        console.error(`seats of ${organizationId}: ${(error as Error).message}`);
      }
    }
    print(`Seats synced for ${orgs.length - failed} organization(s); ${failed} failed.`, { synced: orgs.length - failed, failed });
    return failed ? 1 : 0;
  } finally {
    await closeTenantConnections();
    await disconnectPrisma();
    await db.stop();
  }
}
