import { describe, expect, it } from "vitest";
import { createMagicLinkLimiter } from "@/lib/auth/rate-limit";

const from = (ip: string) => new Headers({ "x-forwarded-for": ip });
const limits = { perEmail: { points: 2, durationSeconds: 60 }, perClient: { points: 3, durationSeconds: 60 } } as const;

describe("magic-link rate limit", () => {
  it("limits links per email address, whatever the case or the client", async () => {
    const limiter = createMagicLinkLimiter(limits);
    expect(await limiter.take("a@example.org", from("192.0.2.1"))).toEqual({ allowed: true });
    expect(await limiter.take("A@Example.org ", from("192.0.2.2"))).toEqual({ allowed: true });
    const refused = await limiter.take("a@example.org", from("192.0.2.3"));
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await limiter.take("b@example.org", from("192.0.2.4"))).toEqual({ allowed: true });
  });

  it("limits links per client, whatever the addresses", async () => {
    const limiter = createMagicLinkLimiter(limits);
    for (const email of ["1@example.org", "2@example.org", "3@example.org"]) {
      expect(await limiter.take(email, from("198.51.100.9"))).toEqual({ allowed: true });
    }
    expect((await limiter.take("4@example.org", from("198.51.100.9"))).allowed).toBe(false);
    expect(await limiter.take("4@example.org", from("198.51.100.10"))).toEqual({ allowed: true });
  });
});

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe("magicLinkLimits", () => {
  it("takes the per-client limit from MAGIC_LINK_LIMIT_PER_CLIENT, and ignores nonsense", async () => {
    const { magicLinkLimits, MAGIC_LINK_LIMITS } = await import("@/lib/auth/rate-limit");
    expect(magicLinkLimits(env({}))).toEqual(MAGIC_LINK_LIMITS);
    expect(magicLinkLimits(env({ MAGIC_LINK_LIMIT_PER_CLIENT: "500" })).perClient.points).toBe(500);
    expect(magicLinkLimits(env({ MAGIC_LINK_LIMIT_PER_CLIENT: "500" })).perEmail).toEqual(MAGIC_LINK_LIMITS.perEmail);
    for (const bad of ["0", "-3", "lots", "1.5"]) expect(magicLinkLimits(env({ MAGIC_LINK_LIMIT_PER_CLIENT: bad }))).toEqual(MAGIC_LINK_LIMITS);
  });
});
