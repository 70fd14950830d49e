// Billing with Stripe (issue 6, docs/adr/0012): plans, entitlements, metering, Checkout and the
// Customer Portal, webhooks, seats, usage reporting.
export { PLANS, PLAN_IDS, PAID_PLANS, FEATURES, API_CALLS_PRICE, isPlanId, isPaidPlanId, type Plan, type PlanId, type PaidPlanId, type Feature } from "./plans";
export {
  decideEntitlements,
  entitlementsIn,
  entitlementsOf,
  mayUse,
  assertMayUse,
  assertIncludes,
  assertSeatAvailable,
  includes,
  EntitlementError,
  type Entitlements,
  type EntitlementState,
  type EntitlementErrorCode,
} from "./entitlements";
export { consume, consumeIn, periodStart, periodEnd, usageHistory, usageThisPeriod, METRICS, type Metric, type UsageRow } from "./usage";
export { billingConfigured, graceDays, trialDays, BillingNotConfiguredError } from "./config";
export { startCheckout, portalUrl, billingOverview, BillingError, type BillingOverview, type InvoiceSummary, type CheckoutResult } from "./account";
export { seatsChanged, syncSeats } from "./seats";
export { reportUsage, expireGracePeriods } from "./jobs";
export { handleStripeWebhook, HANDLED_EVENTS } from "./webhook";
