// The /api/v1 rate limiters on their own: configuration, counting, headers, and
// what happens when Redis is configured but cannot be reached.
import { describe, expect, it, vi } from "vitest";
import { createApiRateLimiters, rateLimitConfig, rateLimitHeaders, RATE_LIMIT_DEFAULTS } from "@/lib/api/rate-limit";

describe("rateLimitConfig", () => {
  it("has documented defaults and reads the environment", () => {
    expect(rateLimitConfig({})).toEqual({ perKey: 600, public: 60, windowSeconds: 60, redisUrl: undefined });
    expect(RATE_LIMIT_DEFAULTS).toEqual({ perKey: 600, public: 60, windowSeconds: 60 });
    expect(
      rateLimitConfig({ API_RATE_LIMIT_PER_KEY: "5", API_RATE_LIMIT_PUBLIC: " 7 ", API_RATE_LIMIT_WINDOW_SECONDS: "30", REDIS_URL: "redis://r:6379" }),
    ).toEqual({ perKey: 5, public: 7, windowSeconds: 30, redisUrl: "redis://r:6379" });
  });

  it("refuses values that are not whole numbers of at least 1", () => {
    for (const bad of ["0", "-1", "1.5", "ten", "1e3"]) {
      expect(() => rateLimitConfig({ API_RATE_LIMIT_PUBLIC: bad }), bad).toThrow(/API_RATE_LIMIT_PUBLIC must be a whole number/);
    }
  });
});

describe("createApiRateLimiters", () => {
  it("counts per key in memory without Redis, and refuses past the limit", async () => {
    const limiters = await createApiRateLimiters({ perKey: 2, public: 1, windowSeconds: 60, redisUrl: undefined });
    try {
      expect(limiters.store).toBe("memory");
      expect(await limiters.perKey.consume("k")).toMatchObject({ allowed: true, limit: 2, remaining: 1 });
      expect(await limiters.perKey.consume("k")).toMatchObject({ allowed: true, remaining: 0 });
      const refused = await limiters.perKey.consume("k");
      expect(refused).toMatchObject({ allowed: false, remaining: 0 });
      expect(refused.resetSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.resetSeconds).toBeLessThanOrEqual(60);
      expect(await limiters.perKey.consume("other")).toMatchObject({ allowed: true });
      expect(await limiters.public.consume("k")).toMatchObject({ allowed: true, limit: 1 });
      expect(await limiters.public.peek("k")).toMatchObject({ allowed: false });
      expect(await limiters.public.peek("never seen")).toMatchObject({ allowed: true, remaining: 1 });
    } finally {
      await limiters.close();
    }
  });

  it("keeps counting in memory when Redis cannot be reached, and says so", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const limiters = await createApiRateLimiters(
      { perKey: 1, public: 1, windowSeconds: 60, redisUrl: "redis://127.0.0.1:1" },
      { connectTimeoutMs: 500 },
    );
    try {
      expect(limiters.store).toBe("memory");
      expect(await limiters.perKey.consume("k")).toMatchObject({ allowed: true });
      expect(await limiters.perKey.consume("k")).toMatchObject({ allowed: false });
      expect(errors.mock.calls.some(([message]) => String(message).includes("Redis unreachable"))).toBe(true);
    } finally {
      errors.mockRestore();
      await limiters.close();
    }
  });

  it.runIf(Boolean(process.env.REDIS_URL))("counts per key in Redis when REDIS_URL is set, shared between limiters", async () => {
    const config = { ...rateLimitConfig(), perKey: 2 };
    const keyPrefix = `hpl:test:${process.pid}:${Date.now()}`;
    const [one, two] = await Promise.all([createApiRateLimiters(config, { keyPrefix }), createApiRateLimiters(config, { keyPrefix })]);
    try {
      expect([one.store, two.store]).toEqual(["redis", "redis"]);
      expect(await one.perKey.consume("k")).toMatchObject({ allowed: true });
      expect(await two.perKey.consume("k")).toMatchObject({ allowed: true });
      // Like two server instances: the second one sees the first one's requests.
      expect(await one.perKey.consume("k")).toMatchObject({ allowed: false });
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe("rateLimitHeaders", () => {
  it("gives X-RateLimit-* always and Retry-After when refused", () => {
    expect(rateLimitHeaders({ allowed: true, limit: 10, remaining: 3, resetSeconds: 42 })).toEqual({
      "x-ratelimit-limit": "10",
      "x-ratelimit-remaining": "3",
      "x-ratelimit-reset": "42",
    });
    expect(rateLimitHeaders({ allowed: false, limit: 10, remaining: 0, resetSeconds: 7 })).toMatchObject({ "retry-after": "7" });
  });
});
