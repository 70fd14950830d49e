// How often magic links may be requested: per email address (so nobody can flood an inbox) and
// per client address (so one client cannot spray many inboxes), counted in this process's memory
// like the feedback limiter (lib/feedback/rate-limit, whose client key this reuses: an HMAC of
// the address, never the address itself).
import { createHash } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientKey } from "../feedback/rate-limit";

export interface MagicLinkLimits {
  perEmail: { points: number; durationSeconds: number };
  perClient: { points: number; durationSeconds: number };
}

export const MAGIC_LINK_LIMITS: MagicLinkLimits = {
  perEmail: { points: 5, durationSeconds: 15 * 60 },
  perClient: { points: 20, durationSeconds: 15 * 60 },
};

/** The limits, with MAGIC_LINK_LIMIT_PER_CLIENT (links per client address per 15 minutes) when set. */
export function magicLinkLimits(env: NodeJS.ProcessEnv = process.env): MagicLinkLimits {
  const perClient = Number(env.MAGIC_LINK_LIMIT_PER_CLIENT);
  if (!env.MAGIC_LINK_LIMIT_PER_CLIENT || !Number.isInteger(perClient) || perClient < 1) return MAGIC_LINK_LIMITS;
  return { ...MAGIC_LINK_LIMITS, perClient: { ...MAGIC_LINK_LIMITS.perClient, points: perClient } };
}

export type LinkAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface MagicLinkLimiter {
  take(email: string, headers: Headers): Promise<LinkAllowance>;
}

export function createMagicLinkLimiter(limits: MagicLinkLimits = MAGIC_LINK_LIMITS): MagicLinkLimiter {
  const perEmail = new RateLimiterMemory({ keyPrefix: "link-email", points: limits.perEmail.points, duration: limits.perEmail.durationSeconds });
  const perClient = new RateLimiterMemory({ keyPrefix: "link-client", points: limits.perClient.points, duration: limits.perClient.durationSeconds });
  return {
    async take(email, headers) {
      const emailKey = createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");
      try {
        await perClient.consume(clientKey(headers), 1);
        await perEmail.consume(emailKey, 1);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
  };
}

const globalForLimiter = globalThis as unknown as { pricelineMagicLinkLimiter?: MagicLinkLimiter };

/** The process-wide limiter the sign-in form and Auth.js's sign-in endpoint share. */
export function magicLinkLimiter(): MagicLinkLimiter {
  return (globalForLimiter.pricelineMagicLinkLimiter ??= createMagicLinkLimiter(magicLinkLimits()));
}
