// The Stripe stand-in speaks enough of Stripe's protocol for the real client: bracketed form
// parameters, Stripe-shaped errors the client turns into its error classes, idempotency keys
// replayed, and the API key checked.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseForm } from "@/lib/billing/standin/form";
import { startStripeStandin, type StripeStandin } from "@/lib/billing/standin/server";

let standin: StripeStandin;
let client: Stripe;

beforeAll(async () => {
  standin = await startStripeStandin({ autoDeliver: false });
  client = new Stripe(standin.secretKey, { host: "127.0.0.1", port: standin.port, protocol: "http", maxNetworkRetries: 0 });
});
afterAll(() => standin.close());

describe("the Stripe stand-in", () => {
  it("parses Stripe's bracketed form encoding", () => {
    expect(parseForm("line_items[0][price]=p1&line_items[0][quantity]=2&line_items[1][price]=p2&metadata[organization_id]=o&lookup_keys[]=a&lookup_keys[]=b&mode=subscription")).toEqual({
      line_items: [{ price: "p1", quantity: "2" }, { price: "p2" }],
      metadata: { organization_id: "o" },
      lookup_keys: ["a", "b"],
      mode: "subscription",
    });
  });

  it("answers with Stripe's error shape, which the client raises as its own errors", async () => {
    const missing = await client.customers.retrieve("cus_nope").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ code: "resource_missing", statusCode: 404 });
    const wrongKey = new Stripe("sk_test_wrong", { host: "127.0.0.1", port: standin.port, protocol: "http", maxNetworkRetries: 0 });
    expect(await wrongKey.customers.create({}).catch((e: unknown) => e)).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it("replays a request with the same idempotency key instead of doing it again", async () => {
    const a = await client.customers.create({ name: "A" }, { idempotencyKey: "same-key" });
    const b = await client.customers.create({ name: "A" }, { idempotencyKey: "same-key" });
    expect(b.id).toBe(a.id);
    const c = await client.customers.create({ name: "A" }, { idempotencyKey: "other-key" });
    expect(c.id).not.toBe(a.id);
  });

  it("signs events with Stripe's scheme, which constructEvent accepts", async () => {
    const customer = await client.customers.update((await client.customers.create({ name: "B" })).id, { email: "billing@example.org" });
    const event = standin.held.find((e) => e.type === "customer.updated" && (e.data.object as Stripe.Customer).id === customer.id)!;
    const body = JSON.stringify(event);
    expect(client.webhooks.constructEvent(body, standin.sign(body), standin.webhookSecret).id).toBe(event.id);
  });
});

describe("the stand-in's state file", () => {
  it("keeps customers and subscriptions across a restart", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const stateFile = `${mkdtempSync(`${tmpdir()}/standin-`)}/state.json`;
    const first = await startStripeStandin({ stateFile, secretKey: "sk_test_kept", autoDeliver: false });
    const one = new Stripe("sk_test_kept", { host: "127.0.0.1", port: first.port, protocol: "http", maxNetworkRetries: 0 });
    const customer = await one.customers.create({ name: "Kept" });
    await first.close();
    const second = await startStripeStandin({ stateFile, secretKey: "sk_test_kept", autoDeliver: false });
    const two = new Stripe("sk_test_kept", { host: "127.0.0.1", port: second.port, protocol: "http", maxNetworkRetries: 0 });
    expect((await two.customers.retrieve(customer.id)).id).toBe(customer.id);
    await second.close();
  });
});
