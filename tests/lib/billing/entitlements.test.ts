// The one decision (lib/billing/entitlements): plan and subscription state in, what is allowed out.
import { describe, expect, it } from "vitest";
import { decideEntitlements, includes, PLANS } from "@/lib/billing";

const now = new Date("2027-03-10T12:00:00Z");
const created = new Date("2027-01-01T00:00:00Z");
const account = (over: Partial<Parameters<typeof decideEntitlements>[0] & object> = {}) => ({
  plan: "team",
  status: "active",
  graceEndsAt: null,
  trialEndsAt: null,
  stripeSubscriptionId: "sub_1",
  ...over,
});

describe("decideEntitlements", () => {
  it("gives an active or trialing subscription its plan", () => {
    expect(decideEntitlements(account(), created, now, 14)).toMatchObject({ state: "active", plan: PLANS.team, seats: 25 });
    expect(decideEntitlements(account({ plan: "enterprise", status: "trialing" }), created, now, 14)).toMatchObject({ state: "trialing", seats: null });
  });

  it("keeps the plan while a failed payment is within its grace period, and gives Free after it", () => {
    const late = account({ status: "past_due", graceEndsAt: new Date("2027-03-12T00:00:00Z") });
    expect(decideEntitlements(late, created, now, 14)).toMatchObject({ state: "grace", plan: PLANS.team });
    const after = decideEntitlements(late, created, new Date("2027-03-12T00:00:01Z"), 14);
    expect(after).toMatchObject({ state: "free", plan: PLANS.free, subscribedPlan: "team", lapsed: "grace_ended", seats: 1 });
    expect(decideEntitlements(account({ status: "unpaid", graceEndsAt: null }), created, now, 14).plan.id).toBe("free");
  });

  it("gives Free to a canceled or never-completed subscription", () => {
    for (const status of ["canceled", "incomplete", "incomplete_expired", "paused"]) {
      expect(decideEntitlements(account({ status }), created, now, 14)).toMatchObject({ plan: PLANS.free, lapsed: "canceled" });
    }
  });

  it("gives a new organization that never subscribed Team until its trial ends, then Free", () => {
    const fresh = new Date("2027-03-01T00:00:00Z");
    expect(decideEntitlements(null, fresh, now, 14)).toMatchObject({ state: "organization_trial", plan: PLANS.team, trialEndsAt: new Date("2027-03-15T00:00:00Z") });
    expect(decideEntitlements(null, created, now, 14)).toMatchObject({ state: "free", lapsed: "trial_ended" });
    expect(decideEntitlements(null, fresh, now, 0)).toMatchObject({ state: "free", lapsed: null });
  });

  it("puts SSO and SAML on Enterprise only", () => {
    expect(includes(decideEntitlements(account({ plan: "enterprise" }), created, now, 14), "sso")).toBe(true);
    expect(includes(decideEntitlements(account({ plan: "enterprise" }), created, now, 14), "saml")).toBe(true);
    expect(includes(decideEntitlements(account(), created, now, 14), "sso")).toBe(false);
    expect(includes(decideEntitlements(null, created, now, 14), "saml")).toBe(false);
  });
});
