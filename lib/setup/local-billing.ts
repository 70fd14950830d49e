// What `npm run dev` and `npm start` add so that billing works on a fresh clone with no Stripe
// account: without STRIPE_SECRET_KEY, the local Stripe stand-in (lib/billing/standin) is started,
// given the plans' products, prices and meter (the same sync as `npm run stripe:sync`), and set
// to deliver its signed webhooks to this app. Loudly logged: nothing is ever charged.
import { createStripe } from "../billing/config";
import { syncCatalog } from "../billing/catalog";
import { startStripeStandin } from "../billing/standin/server";

export const STANDIN_PORT = 12111;
/** The stand-in's customers, subscriptions and invoices, kept across restarts (git-ignored). */
export const STANDIN_STATE_FILE = ".data/stripe-standin.json";

export interface LocalBilling {
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function prepareLocalBilling(appPort: string, env: Readonly<Record<string, string | undefined>> = process.env, log: (line: string) => void = console.log, stateFile: string = STANDIN_STATE_FILE): Promise<LocalBilling> {
  if (env.STRIPE_SECRET_KEY?.trim()) return { env: {}, stop: async () => undefined };
  const webhookUrl = `http://127.0.0.1:${appPort}/api/stripe/webhook`;
  // The same keys on every start, so a restarted server and the kept state agree.
  const start = (port: number) => startStripeStandin({ port, webhookUrl, log, stateFile, secretKey: "sk_test_local_standin", webhookSecret: "whsec_local_standin" });
  let standin;
  try {
    standin = await start(STANDIN_PORT);
  } catch {
    standin = await start(0); // taken (another checkout running)
  }
  const added = { STRIPE_SECRET_KEY: standin.secretKey, STRIPE_API_URL: standin.url, STRIPE_WEBHOOK_SECRET: standin.webhookSecret };
  await syncCatalog(createStripe(added));
  log(
    `No STRIPE_SECRET_KEY set: billing uses a LOCAL STRIPE STAND-IN on ${standin.url} (not Stripe; nothing is charged). ` +
      `Its checkout page has a Pay button; its webhooks go to ${webhookUrl}. Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET for real billing.`,
  );
  return { env: added, stop: standin.close };
}
