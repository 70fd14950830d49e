// THE place that decides what an organization may do: its plan and its subscription's state in,
// limits and features out. Every gated action asks here (lib/members for seats, lib/api for API
// calls, the audit export, SSO settings through mayUse(orgId, "sso")).
//
//   decideEntitlements(state, now)       pure: the decision itself (tested case by case)
//   entitlementsIn(db, orgId, now)       inside a transaction you hold (withTenant/withPlatform)
//   entitlementsOf(orgId, now)           in its own tenant transaction
//   mayUse(orgId, feature)               true/false: e.g. mayUse(orgId, "sso"), mayUse(orgId, "saml")
//   assertMayUse(orgId, feature)         throws EntitlementError (code "feature_not_in_plan")
//
// The rules:
//   - status active or trialing (Stripe's trial)     the subscribed plan
//   - past_due or unpaid, until graceEndsAt           the subscribed plan, flagged inGrace
//   - past_due or unpaid after graceEndsAt            Free (the downgrade holds even before the
//                                                     expire-grace job has recorded it)
//   - canceled, incomplete, incomplete_expired, paused, no subscription
//                                                     Free — except an organization that never
//                                                     subscribed, which has Team for
//                                                     BILLING_TRIAL_DAYS after it was created
//                                                     (a trial without a card)
import type { PlatformDb, TenantDb } from "../tenancy";
import { withTenant } from "../tenancy";
import { trialDays as configuredTrialDays } from "./config";
import { PLANS, isPlanId, type Feature, type Plan, type PlanId } from "./plans";

export type EntitlementState =
  | "active" // a paid subscription in good standing
  | "trialing" // Stripe's trial of a paid plan
  | "organization_trial" // a new organization's trial, no subscription yet
  | "grace" // a payment failed; the plan holds until graceEndsAt
  | "free"; // Free, never subscribed (after the trial) or the subscription ended or lapsed

export interface BillingStateInput {
  plan: string;
  status: string;
  graceEndsAt: Date | null;
  trialEndsAt: Date | null;
  stripeSubscriptionId: string | null;
}

export interface Entitlements {
  /** The plan in force now (what limits apply). */
  plan: Plan;
  /** The plan the subscription is for, even when it no longer applies (grace ended). */
  subscribedPlan: PlanId;
  state: EntitlementState;
  /** Why Free applies to an organization that had a paid plan. */
  lapsed: "grace_ended" | "canceled" | "trial_ended" | null;
  graceEndsAt: Date | null;
  trialEndsAt: Date | null;
  seats: number | null;
  watchlists: number | null;
  apiCallsPerMonth: number | null;
  exportsPerMonth: number | null;
  features: readonly Feature[];
}

export type EntitlementErrorCode = "feature_not_in_plan" | "seat_limit" | "api_call_limit" | "export_limit";

/** A refusal because of the plan: the message says what the limit is and how to get more. */
export class EntitlementError extends Error {
  override name = "EntitlementError";
  constructor(
    readonly code: EntitlementErrorCode,
    message: string,
    readonly entitlements: Entitlements,
  ) {
    super(message);
  }
}

const HOLDING = new Set(["active", "trialing"]);
const LATE = new Set(["past_due", "unpaid"]);

function of(plan: Plan, rest: Omit<Entitlements, "plan" | "seats" | "watchlists" | "apiCallsPerMonth" | "exportsPerMonth" | "features">): Entitlements {
  return {
    plan,
    ...rest,
    seats: plan.seats,
    watchlists: plan.watchlists,
    apiCallsPerMonth: plan.apiCallsPerMonth,
    exportsPerMonth: plan.exportsPerMonth,
    features: plan.features,
  };
}

export function decideEntitlements(
  account: BillingStateInput | null,
  organizationCreatedAt: Date,
  now: Date = new Date(),
  trialDays: number = configuredTrialDays(),
): Entitlements {
  const subscribed: PlanId = account && isPlanId(account.plan) ? account.plan : "free";
  const status = account?.status ?? "none";
  const base = { subscribedPlan: subscribed, graceEndsAt: account?.graceEndsAt ?? null, trialEndsAt: account?.trialEndsAt ?? null };
  if (subscribed !== "free" && HOLDING.has(status)) {
    return of(PLANS[subscribed], { ...base, state: status === "trialing" ? "trialing" : "active", lapsed: null });
  }
  if (subscribed !== "free" && LATE.has(status)) {
    if (account?.graceEndsAt && now < account.graceEndsAt) return of(PLANS[subscribed], { ...base, state: "grace", lapsed: null });
    return of(PLANS.free, { ...base, state: "free", lapsed: "grace_ended" });
  }
  const neverSubscribed = !account?.stripeSubscriptionId;
  const trialEnd = new Date(organizationCreatedAt.getTime() + trialDays * 86_400_000);
  if (neverSubscribed && trialDays > 0) {
    if (now < trialEnd) return of(PLANS.team, { ...base, subscribedPlan: "free", state: "organization_trial", lapsed: null, trialEndsAt: trialEnd });
    return of(PLANS.free, { ...base, state: "free", lapsed: "trial_ended", trialEndsAt: trialEnd });
  }
  return of(PLANS.free, { ...base, state: "free", lapsed: neverSubscribed ? null : "canceled" });
}

export function includes(entitlements: Entitlements, feature: Feature): boolean {
  return entitlements.features.includes(feature);
}

/** The entitlements inside a transaction already scoped to the organization (or the platform). */
export async function entitlementsIn(db: TenantDb | PlatformDb, organizationId: string, now: Date = new Date()): Promise<Entitlements> {
  const [organization, account] = await Promise.all([
    db.organization.findUnique({ where: { id: organizationId }, select: { createdAt: true } }),
    db.billingAccount.findUnique({ where: { organizationId } }),
  ]);
  if (!organization) throw new Error(`No organization ${organizationId}`);
  return decideEntitlements(account, organization.createdAt, now);
}

export function entitlementsOf(organizationId: string, now: Date = new Date()): Promise<Entitlements> {
  return withTenant(organizationId, (db) => entitlementsIn(db, organizationId, now));
}

const FEATURE_NAMES: Record<Feature, string> = {
  search: "Search",
  api: "The API",
  export: "Exports",
  watchlists: "Watchlists",
  sso: "Single sign-on",
  saml: "SAML single sign-on",
};

function plansWith(feature: Feature): string {
  return Object.values(PLANS)
    .filter((p) => p.features.includes(feature))
    .map((p) => p.name)
    .join(" and ");
}

/**
 * Whether the organization's plan includes `feature` now, e.g. `await mayUse(orgId, "sso")`
 * before showing or saving SSO settings (Enterprise only).
 */
export async function mayUse(organizationId: string, feature: Feature, now: Date = new Date()): Promise<boolean> {
  return includes(await entitlementsOf(organizationId, now), feature);
}

/** Throws an EntitlementError with a sentence naming the plans that include `feature`. */
export function assertIncludes(entitlements: Entitlements, feature: Feature): void {
  if (includes(entitlements, feature)) return;
  throw new EntitlementError(
    "feature_not_in_plan",
    `${FEATURE_NAMES[feature]} is not included in the ${entitlements.plan.name} plan: upgrade to ${plansWith(feature)} at /app/billing.`,
    entitlements,
  );
}

export async function assertMayUse(organizationId: string, feature: Feature, now: Date = new Date()): Promise<Entitlements> {
  const entitlements = await entitlementsOf(organizationId, now);
  assertIncludes(entitlements, feature);
  return entitlements;
}

/**
 * Seats: members plus pending invitations may not exceed the plan's seats. Call inside the
 * transaction that adds the member or invitation (lib/members), so the count and the insert
 * see the same rows. `replacing` is an address whose pending invitation the new one replaces.
 */
export async function assertSeatAvailable(db: TenantDb, organizationId: string, options: { replacing?: string; accepting?: boolean; now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const entitlements = await entitlementsIn(db, organizationId, now);
  if (entitlements.seats === null) return;
  // Serialize seat checks per organization: two invitations at once cannot both take the last seat.
  await db.$queryRawUnsafe(`SELECT 1 FROM organizations WHERE id = $1::uuid FOR UPDATE`, organizationId);
  const members = await db.membership.count();
  const pending = options.accepting
    ? 0
    : await db.invitation.count({ where: { acceptedAt: null, expiresAt: { gt: now }, ...(options.replacing ? { email: { not: options.replacing } } : {}) } });
  if (members + pending + 1 > entitlements.seats) {
    throw new EntitlementError(
      "seat_limit",
      `The ${entitlements.plan.name} plan has ${entitlements.seats} seat${entitlements.seats === 1 ? "" : "s"} and ${members + pending} ${members + pending === 1 ? "is" : "are"} taken (members and pending invitations). Upgrade at /app/billing for more.`,
      entitlements,
    );
  }
}
