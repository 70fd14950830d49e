// Billing settings of the end-to-end run, shared by playwright.config.ts (the server's STRIPE_*
// environment) and the stand-in's global setup (stripe-standin-setup.ts).
export function e2eStripePort(env: NodeJS.ProcessEnv = process.env): number {
  if (env.E2E_STRIPE_PORT) return Number(env.E2E_STRIPE_PORT);
  return Number(env.E2E_PORT ?? 3100) + 2000;
}

/** Fixed for the run: the server is started with them, the stand-in expects them. Test values, not secrets. */
export const E2E_STRIPE_SECRET_KEY = "sk_test_e2e_standin";
export const E2E_STRIPE_WEBHOOK_SECRET = "whsec_e2e_standin";

export function e2eStripeEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: E2E_STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
    STRIPE_API_URL: `http://127.0.0.1:${e2eStripePort(env)}`,
  };
}
