// The plans, in one place: what each costs in Stripe (by lookup key) and what it allows. The
// entitlements (entitlements.ts) read these limits; scripts/stripe-sync.ts creates the Stripe
// products, prices and the API-call meter from them. Price ids are never written here: they are
// found by lookup key at run time (or taken from STRIPE_PRICE_* when set; see prices.ts).

export const PLAN_IDS = ["free", "team", "enterprise"] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export const FEATURES = ["search", "api", "export", "watchlists", "sso", "saml"] as const;
export type Feature = (typeof FEATURES)[number];

export interface Plan {
  id: PlanId;
  name: string;
  /** Most members (people) the organization may have; null: no limit. */
  seats: number | null;
  watchlists: number | null;
  /** /api/v1 calls with an API key per calendar month (UTC); null: no limit. */
  apiCallsPerMonth: number | null;
  /** Audit-log CSV exports per calendar month (UTC); null: no limit. */
  exportsPerMonth: number | null;
  features: readonly Feature[];
  /** Per seat per month, in cents (shown on /pricing; Stripe's price is the one charged). */
  seatPriceCents: number;
  /** Stripe's lookup key of the per-seat price; null for Free (no subscription). */
  seatLookupKey: string | null;
  /** Days of trial Checkout gives a first subscription to this plan. */
  trialDays: number;
}

export const PLANS: Readonly<Record<PlanId, Plan>> = {
  free: {
    id: "free",
    name: "Free",
    seats: 1,
    watchlists: 0,
    apiCallsPerMonth: 1_000,
    exportsPerMonth: 0,
    features: ["search", "api"],
    seatPriceCents: 0,
    seatLookupKey: null,
    trialDays: 0,
  },
  team: {
    id: "team",
    name: "Team",
    seats: 25,
    watchlists: 50,
    apiCallsPerMonth: 100_000,
    exportsPerMonth: 100,
    features: ["search", "api", "export", "watchlists"],
    seatPriceCents: 4_900,
    seatLookupKey: "priceline_team_seat_monthly",
    trialDays: 14,
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise",
    seats: null,
    watchlists: null,
    apiCallsPerMonth: null,
    exportsPerMonth: null,
    features: ["search", "api", "export", "watchlists", "sso", "saml"],
    seatPriceCents: 14_900,
    seatLookupKey: "priceline_enterprise_seat_monthly",
    trialDays: 14,
  },
};

/** The metered price of API calls on paid plans, per call reported to the meter. */
export const API_CALLS_PRICE = {
  lookupKey: "priceline_api_calls_metered",
  /** Stripe's unit_amount_decimal, in cents: $0.10 per 1,000 calls. */
  unitAmountDecimal: "0.01",
  meterEventName: "priceline_api_calls",
} as const;

export const PAID_PLANS = ["team", "enterprise"] as const satisfies readonly PlanId[];
export type PaidPlanId = (typeof PAID_PLANS)[number];

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === "string" && (PLAN_IDS as readonly string[]).includes(value);
}

export function isPaidPlanId(value: unknown): value is PaidPlanId {
  return typeof value === "string" && (PAID_PLANS as readonly string[]).includes(value);
}

/** The plan a Stripe price's lookup key stands for, if it is one of ours. */
export function planForLookupKey(lookupKey: string | null | undefined): PaidPlanId | null {
  return PAID_PLANS.find((id) => PLANS[id].seatLookupKey === lookupKey) ?? null;
}
