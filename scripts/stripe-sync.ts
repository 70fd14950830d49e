// `npm run stripe:sync`: creates or updates the Stripe products, prices (by lookup key) and the
// API-call billing meter that lib/billing/plans.ts describes, in the account STRIPE_SECRET_KEY
// names (STRIPE_API_URL for a stand-in). Safe to run again: it changes only what differs. The
// app finds the prices by lookup key at run time, so nothing needs copying into the environment.
import { createStripe } from "../lib/billing/config";
import { syncCatalog } from "../lib/billing/catalog";

const result = await syncCatalog(createStripe());
for (const p of result.products) console.log(`product ${p.id}: ${p.created ? "created" : "up to date"}`);
console.log(`meter ${result.meter.id}: ${result.meter.created ? "created" : "up to date"}`);
for (const p of result.prices) console.log(`price ${p.lookupKey} = ${p.id}: ${p.created ? "created" : "up to date"}`);
