// POST /api/stripe/webhook — Stripe's events. The raw body goes to lib/billing unparsed (the
// signature is over its exact bytes); 400 for a bad signature, 500 when processing failed (Stripe
// retries), 200 otherwise, including for an event already processed.
import { handleStripeWebhook } from "@/lib/billing";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const raw = Buffer.from(await request.arrayBuffer());
  const result = await handleStripeWebhook(raw, request.headers.get("stripe-signature"));
  return Response.json(result.body, { status: result.status, headers: { "cache-control": "no-store" } });
}
