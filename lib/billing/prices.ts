// Price ids at run time: STRIPE_PRICE_TEAM / STRIPE_PRICE_ENTERPRISE / STRIPE_PRICE_API_CALLS
// when set, otherwise Stripe's price with the plan's lookup key (set by `npm run stripe:sync`),
// looked up once per process. Price ids are never in the code.
import type Stripe from "stripe";
import { API_CALLS_PRICE, PLANS, type PaidPlanId } from "./plans";

const ENV_NAMES: Record<PaidPlanId | "api_calls", string> = {
  team: "STRIPE_PRICE_TEAM",
  enterprise: "STRIPE_PRICE_ENTERPRISE",
  api_calls: "STRIPE_PRICE_API_CALLS",
};

const cache = new Map<string, string>();

export function lookupKeyOf(what: PaidPlanId | "api_calls"): string {
  return what === "api_calls" ? API_CALLS_PRICE.lookupKey : PLANS[what].seatLookupKey!;
}

export async function priceId(client: Stripe, what: PaidPlanId | "api_calls", env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const configured = env[ENV_NAMES[what]]?.trim();
  if (configured) return configured;
  const lookupKey = lookupKeyOf(what);
  const cached = cache.get(lookupKey);
  if (cached) return cached;
  const found = await client.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  const price = found.data[0];
  if (!price) throw new Error(`No active Stripe price with lookup key ${lookupKey}: run \`npm run stripe:sync\` or set ${ENV_NAMES[what]}.`);
  cache.set(lookupKey, price.id);
  return price.id;
}

/** Which plan a price is, by its lookup key or a configured id. */
export function planOfPrice(price: Pick<Stripe.Price, "id" | "lookup_key">, env: NodeJS.ProcessEnv = process.env): PaidPlanId | null {
  for (const plan of ["team", "enterprise"] as const) {
    if (price.lookup_key === PLANS[plan].seatLookupKey) return plan;
    if (env[ENV_NAMES[plan]]?.trim() === price.id) return plan;
  }
  return null;
}

export function isApiCallsPrice(price: Pick<Stripe.Price, "id" | "lookup_key">, env: NodeJS.ProcessEnv = process.env): boolean {
  return price.lookup_key === API_CALLS_PRICE.lookupKey || env.STRIPE_PRICE_API_CALLS?.trim() === price.id;
}

export function clearPriceCache(): void {
  cache.clear();
}
