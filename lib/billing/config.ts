// Billing's configuration, from the environment (README, Configuration):
//
//   STRIPE_SECRET_KEY        the Stripe API key (sk_…). Unset under `npm run dev` / `npm start`:
//                            the local stand-in (lib/billing/standin) is started and used instead.
//   STRIPE_WEBHOOK_SECRET    the signing secret of the webhook endpoint (whsec_…)
//   STRIPE_API_URL           where the Stripe API is; default https://api.stripe.com. The stand-in
//                            and the tests point it at http://127.0.0.1:<port>.
//   STRIPE_PRICE_TEAM, STRIPE_PRICE_ENTERPRISE, STRIPE_PRICE_API_CALLS
//                            optional price ids; without them the prices are found by their lookup
//                            keys (lib/billing/plans.ts) at run time, as `npm run stripe:sync` set them.
//   BILLING_GRACE_DAYS       days a paid plan holds after a failed payment (default 7)
//   BILLING_TRIAL_DAYS       days of Team a new organization has before it must subscribe (default
//                            14; 0 turns it off)
import Stripe from "stripe";

type Environment = Readonly<Record<string, string | undefined>>;

export class BillingNotConfiguredError extends Error {
  override name = "BillingNotConfiguredError";
}

export const DEFAULT_GRACE_DAYS = 7;
export const DEFAULT_TRIAL_DAYS = 14;

function days(env: Environment, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new RangeError(`${name} must be a whole number of days (got ${JSON.stringify(raw)}).`);
  return Number(raw);
}

export function graceDays(env: Environment = process.env): number {
  return days(env, "BILLING_GRACE_DAYS", DEFAULT_GRACE_DAYS);
}

export function trialDays(env: Environment = process.env): number {
  return days(env, "BILLING_TRIAL_DAYS", DEFAULT_TRIAL_DAYS);
}

export function billingConfigured(env: Environment = process.env): boolean {
  return Boolean(env.STRIPE_SECRET_KEY?.trim());
}

export function webhookSecret(env: Environment = process.env): string {
  const secret = env.STRIPE_WEBHOOK_SECRET?.trim();
  if (!secret) throw new BillingNotConfiguredError("STRIPE_WEBHOOK_SECRET is not set: webhooks cannot be verified.");
  return secret;
}

/** A Stripe client for `env` (host, port and protocol from STRIPE_API_URL when set). */
export function createStripe(env: Environment = process.env): Stripe {
  const key = env.STRIPE_SECRET_KEY?.trim();
  if (!key) throw new BillingNotConfiguredError("Billing is not configured: set STRIPE_SECRET_KEY (or start the app with `npm run dev` / `npm start`, which run a local stand-in).");
  const base = env.STRIPE_API_URL?.trim();
  const where = base ? new URL(base) : null;
  return new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "hospital-priceline" },
    ...(where
      ? {
          host: where.hostname,
          port: Number(where.port || (where.protocol === "http:" ? 80 : 443)),
          protocol: where.protocol === "http:" ? "http" : "https",
        }
      : {}),
  });
}

const cache = globalThis as unknown as { pricelineStripe?: { key: string; client: Stripe } };

/** The process's Stripe client, rebuilt when the key or address changes (tests). */
export function stripe(): Stripe {
  const fingerprint = `${process.env.STRIPE_SECRET_KEY ?? ""}|${process.env.STRIPE_API_URL ?? ""}`;
  if (cache.pricelineStripe?.key !== fingerprint) cache.pricelineStripe = { key: fingerprint, client: createStripe() };
  return cache.pricelineStripe.client;
}
