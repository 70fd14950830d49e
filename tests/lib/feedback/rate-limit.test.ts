// The feedback rate limit: 5 submissions per 10 minutes per client, keyed by a hash of the
// client's address (never the address itself).
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  FEEDBACK_RATE_LIMIT,
  clientAddress,
  clientKey,
  createFeedbackRateLimiter,
  ipv6Network,
  normalizeAddress,
} from "@/lib/feedback/rate-limit";

const headers = (h: Record<string, string>) => new Headers(h);

afterEach(() => {
  vi.useRealTimers();
});

describe("the rule", () => {
  it("is 5 submissions per 10 minutes", () => {
    expect(FEEDBACK_RATE_LIMIT).toEqual({ points: 5, durationSeconds: 600 });
  });

  it("lets 5 through, refuses the 6th with the wait, and counts clients apart", async () => {
    const limiter = createFeedbackRateLimiter();
    const a = clientKey(headers({ "x-forwarded-for": "203.0.113.7" }));
    const b = clientKey(headers({ "x-forwarded-for": "203.0.113.8" }));
    for (let i = 0; i < 5; i++) expect(await limiter.take(a)).toEqual({ allowed: true });
    const refused = await limiter.take(a);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(590);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
    }
    expect(await limiter.take(b)).toEqual({ allowed: true });
  });

  it("gives the allowance back once the window has passed", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    const limiter = createFeedbackRateLimiter({ points: 2, durationSeconds: 60 });
    const key = clientKey(headers({ "x-real-ip": "198.51.100.1" }));
    await limiter.take(key);
    await limiter.take(key);
    expect((await limiter.take(key)).allowed).toBe(false);
    vi.advanceTimersByTime(61_000);
    expect(await limiter.take(key)).toEqual({ allowed: true });
  });
});

describe("the client", () => {
  it("is the first x-forwarded-for entry, else x-real-ip", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" }))).toBe("203.0.113.7");
    expect(clientAddress(headers({ "x-real-ip": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientAddress(headers({ "x-forwarded-for": "garbage", "x-real-ip": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientAddress(headers({}))).toBeNull();
  });

  it("normalizes ports, brackets, zones and IPv4-mapped IPv6", () => {
    expect(normalizeAddress("203.0.113.7:5050")).toBe("203.0.113.7");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("unknown")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });

  it("counts IPv6 addresses by their /64 network", () => {
    expect(ipv6Network("2001:db8:0:1::1")).toBe("2001:db8:0:1");
    expect(ipv6Network("2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:0:1");
    expect(ipv6Network("::1")).toBe("0:0:0:0");
    const one = clientKey(headers({ "x-forwarded-for": "2001:db8:0:1::1" }));
    const sameNetwork = clientKey(headers({ "x-forwarded-for": "2001:db8:0:1:ffff::2" }));
    const otherNetwork = clientKey(headers({ "x-forwarded-for": "2001:db8:0:2::1" }));
    expect(sameNetwork).toBe(one);
    expect(otherNetwork).not.toBe(one);
  });

  it("is keyed by a hash that does not contain the address", () => {
    const key = clientKey(headers({ "x-forwarded-for": "203.0.113.7" }));
    expect(key).toBe(clientKey(headers({ "x-forwarded-for": "203.0.113.7:1234" })));
    expect(key).not.toContain("203.0.113.7");
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Requests that name no address share one allowance.
    expect(clientKey(headers({}))).toBe(clientKey(headers({ "x-forwarded-for": "nonsense" })));
  });
});
