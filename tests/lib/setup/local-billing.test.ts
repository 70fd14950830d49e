// `npm run dev` / `npm start` without STRIPE_SECRET_KEY: the local Stripe stand-in is started
// with the plans' catalog, said so in the log, and its keys handed to Next.js; with a key
// configured nothing is started.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { prepareLocalBilling } from "@/lib/setup/local-billing";

describe("prepareLocalBilling", () => {
  it("starts a logged local stand-in with the catalog when no STRIPE_SECRET_KEY is set", async () => {
    const lines: string[] = [];
    const local = await prepareLocalBilling("3999", {}, (l) => lines.push(l), `${mkdtempSync(`${tmpdir()}/billing-`)}/standin.json`);
    try {
      expect(Object.keys(local.env).sort()).toEqual(["STRIPE_API_URL", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]);
      expect(lines.join("\n")).toMatch(/LOCAL STRIPE STAND-IN on http:\/\/127\.0\.0\.1:\d+ \(not Stripe; nothing is charged\)/);
      const url = new URL(local.env.STRIPE_API_URL!);
      const client = new Stripe(local.env.STRIPE_SECRET_KEY!, { host: url.hostname, port: Number(url.port), protocol: "http" });
      const prices = await client.prices.list({ lookup_keys: ["priceline_team_seat_monthly", "priceline_api_calls_metered"] });
      expect(prices.data).toHaveLength(2);
    } finally {
      await local.stop();
    }
  });

  it("does nothing when a Stripe key is configured", async () => {
    const local = await prepareLocalBilling("3999", { STRIPE_SECRET_KEY: "sk_test_x" }, () => undefined);
    expect(local.env).toEqual({});
  });
});
