// The Stripe catalog the plans need (scripts/stripe-sync.ts, `npm run stripe:sync`): a product
// per paid plan and one for API calls, the API-call billing meter, and the prices by lookup key.
// Idempotent: products have fixed ids, the meter is found by its event name, and a price is kept
// while its amount and meter match; otherwise a new price takes the lookup key over
// (transfer_lookup_key) and the old one is deactivated — Stripe prices cannot change amount.
import Stripe from "stripe";
import { API_CALLS_PRICE, PAID_PLANS, PLANS } from "./plans";

export interface CatalogResult {
  products: { id: string; created: boolean }[];
  meter: { id: string; created: boolean };
  prices: { lookupKey: string; id: string; created: boolean }[];
}

async function ensureProduct(client: Stripe, id: string, name: string, description: string): Promise<{ id: string; created: boolean }> {
  try {
    const found = await client.products.retrieve(id);
    if (found.name !== name || found.description !== description) await client.products.update(id, { name, description });
    return { id, created: false };
  } catch (error) {
    if ((error as { code?: string }).code !== "resource_missing") throw error;
    await client.products.create({ id, name, description, metadata: { managed_by: "hospital-priceline" } });
    return { id, created: true };
  }
}

async function ensurePrice(
  client: Stripe,
  lookupKey: string,
  wanted: { product: string; unit_amount?: number; unit_amount_decimal?: string; meter?: string },
): Promise<{ lookupKey: string; id: string; created: boolean }> {
  const existing = (await client.prices.list({ lookup_keys: [lookupKey], limit: 1 })).data[0];
  const same =
    existing &&
    existing.active &&
    (wanted.unit_amount === undefined || existing.unit_amount === wanted.unit_amount) &&
    (wanted.unit_amount_decimal === undefined || String(existing.unit_amount_decimal) === wanted.unit_amount_decimal) &&
    (wanted.meter === undefined || existing.recurring?.meter === wanted.meter);
  if (same) return { lookupKey, id: existing.id, created: false };
  const price = await client.prices.create({
    product: wanted.product,
    currency: "usd",
    lookup_key: lookupKey,
    transfer_lookup_key: true,
    ...(wanted.unit_amount !== undefined ? { unit_amount: wanted.unit_amount } : {}),
    ...(wanted.unit_amount_decimal !== undefined ? { unit_amount_decimal: Stripe.Decimal.from(wanted.unit_amount_decimal) } : {}),
    recurring: wanted.meter ? { interval: "month", usage_type: "metered", meter: wanted.meter } : { interval: "month", usage_type: "licensed" },
    metadata: { managed_by: "hospital-priceline" },
  });
  if (existing) await client.prices.update(existing.id, { active: false });
  return { lookupKey, id: price.id, created: true };
}

export async function syncCatalog(client: Stripe): Promise<CatalogResult> {
  const products = [];
  for (const plan of PAID_PLANS) {
    products.push(await ensureProduct(client, `priceline_${plan}`, `Hospital Priceline ${PLANS[plan].name}`, `${PLANS[plan].name} plan, per seat per month`));
  }
  products.push(await ensureProduct(client, "priceline_api_calls", "Hospital Priceline API calls", "Calls to /api/v1 with an API key"));
  const meters = await client.billing.meters.list({ limit: 100 });
  let meter = meters.data.find((m) => m.event_name === API_CALLS_PRICE.meterEventName);
  const meterCreated = !meter;
  meter ??= await client.billing.meters.create({
    display_name: "API calls",
    event_name: API_CALLS_PRICE.meterEventName,
    default_aggregation: { formula: "sum" },
    customer_mapping: { type: "by_id", event_payload_key: "stripe_customer_id" },
    value_settings: { event_payload_key: "value" },
  });
  const prices = [];
  for (const plan of PAID_PLANS) {
    prices.push(await ensurePrice(client, PLANS[plan].seatLookupKey!, { product: `priceline_${plan}`, unit_amount: PLANS[plan].seatPriceCents }));
  }
  prices.push(await ensurePrice(client, API_CALLS_PRICE.lookupKey, { product: "priceline_api_calls", unit_amount_decimal: API_CALLS_PRICE.unitAmountDecimal, meter: meter.id }));
  return { products, meter: { id: meter.id, created: meterCreated }, prices };
}
