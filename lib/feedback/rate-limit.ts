// Rate limit for feedback submissions: FEEDBACK_RATE_LIMIT.points stored submissions per
// FEEDBACK_RATE_LIMIT.durationSeconds per client, counted in this server process's memory
// (rate-limiter-flexible's RateLimiterMemory; its Redis and Postgres limiters take the same
// options should several instances need to share the count).
//
// A client is the address the nearest proxy reports: the first `x-forwarded-for` entry (Next.js
// sets it to the socket's address when no proxy did; Vercel and most load balancers set it to
// the visitor's address), else `x-real-ip`. IPv6 addresses count by their /64 network, which
// one subscriber usually holds whole. The address is never stored or logged: the key is an
// HMAC of it under a random per-process secret, so not even the in-memory key reveals it.
import { createHmac, randomBytes } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export const FEEDBACK_RATE_LIMIT = { points: 5, durationSeconds: 10 * 60 } as const;

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface FeedbackRateLimiter {
  /** Counts one submission for `key`; refuses once the client's points are spent. */
  take(key: string): Promise<RateLimitVerdict>;
}

export function createFeedbackRateLimiter(
  rule: { points: number; durationSeconds: number } = FEEDBACK_RATE_LIMIT,
): FeedbackRateLimiter {
  const limiter = new RateLimiterMemory({ keyPrefix: "feedback", points: rule.points, duration: rule.durationSeconds });
  return {
    async take(key) {
      try {
        await limiter.consume(key, 1);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        // Only a store failure gets here (never for the memory store): let the visitor through.
        console.error("feedback rate limiter failed", { error: rejection instanceof Error ? rejection.name : "unknown" });
        return { allowed: true };
      }
    },
  };
}

const globalForLimiter = globalThis as unknown as { pricelineFeedbackLimiter?: FeedbackRateLimiter };

/** The process-wide limiter the feedback actions use. */
export function feedbackRateLimiter(): FeedbackRateLimiter {
  return (globalForLimiter.pricelineFeedbackLimiter ??= createFeedbackRateLimiter());
}

/** The client's address as the headers give it (normalized), or null. */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0];
  for (const candidate of [forwarded, headers.get("x-real-ip")]) {
    const address = normalizeAddress(candidate ?? "");
    if (address) return address;
  }
  return null;
}

/** "1.2.3.4", "1.2.3.4:5678", "[::1]:80", "::ffff:1.2.3.4" → the bare address; null if not an IP. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, ""); // zone index
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) value = mapped[1]!;
  if (isIPv4(value)) return value;
  if (isIPv6(value)) return value;
  return null;
}

/** The first four groups of an IPv6 address (its /64 network), e.g. "2001:db8:0:1". */
export function ipv6Network(address: string): string {
  let groups: string[];
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  if (tail === undefined) groups = left;
  else {
    const right = tail ? tail.split(":") : [];
    groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  }
  return groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":");
}

const secret = randomBytes(32);

/**
 * The rate-limit key of the request's client: an HMAC of its address (IPv6: its /64), or of
 * "unknown" when the headers name none (such requests share one allowance).
 */
export function clientKey(headers: Headers): string {
  const address = clientAddress(headers);
  const subject = address === null ? "unknown" : isIPv6(address) ? `${ipv6Network(address)}::/64` : address;
  return createHmac("sha256", secret).update(subject).digest("base64url");
}
