// Playwright's global setup: the local Stripe stand-in (lib/billing/standin) for the whole run, on
// the port and with the keys the server's STRIPE_* environment names, with the plans' catalog,
// delivering its signed webhooks to the server under test.
import { createStripe } from "../../../lib/billing/config";
import { syncCatalog } from "../../../lib/billing/catalog";
import { startStripeStandin } from "../../../lib/billing/standin/server";
import { E2E_STRIPE_SECRET_KEY, E2E_STRIPE_WEBHOOK_SECRET, e2eStripeEnv, e2eStripePort } from "./stripe";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const standin = await startStripeStandin({
    port: e2eStripePort(),
    secretKey: E2E_STRIPE_SECRET_KEY,
    webhookSecret: E2E_STRIPE_WEBHOOK_SECRET,
    webhookUrl: `http://127.0.0.1:${port}/api/stripe/webhook`,
  });
  await syncCatalog(createStripe(e2eStripeEnv()));
  return () => standin.close();
}
