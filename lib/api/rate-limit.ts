// Rate limits of /api/v1 (rate-limiter-flexible), counted per fixed window of
// API_RATE_LIMIT_WINDOW_SECONDS:
//
//   per API key        API_RATE_LIMIT_PER_KEY requests. In Redis when REDIS_URL
//                      is set, so every instance shares the count; in this
//                      process's memory otherwise. Should Redis fail, the count
//                      goes on in memory (the insurance limiter) until it is back.
//   per client address API_RATE_LIMIT_PUBLIC requests without a key, always in
//                      memory: the public path must cost no more than a memory
//                      lookup (no network round trip), and its responses are
//                      cacheable for a minute anyway, so a CDN absorbs most of it.
//   failed keys        AUTH_FAILURES_PER_WINDOW requests with a bad key per client
//                      address, in memory: once spent, further keys from there are
//                      refused before they reach the database.
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export const RATE_LIMIT_DEFAULTS = { perKey: 600, public: 60, windowSeconds: 60 } as const;
export const AUTH_FAILURES_PER_WINDOW = 30;

type Environment = Readonly<Record<string, string | undefined>>;

export interface RateLimitConfig {
  perKey: number;
  public: number;
  windowSeconds: number;
  redisUrl: string | undefined;
}

function positiveInteger(env: Environment, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1 (got ${JSON.stringify(raw)}).`);
  }
  return Number(raw);
}

export function rateLimitConfig(env: Environment = process.env): RateLimitConfig {
  return {
    perKey: positiveInteger(env, "API_RATE_LIMIT_PER_KEY", RATE_LIMIT_DEFAULTS.perKey),
    public: positiveInteger(env, "API_RATE_LIMIT_PUBLIC", RATE_LIMIT_DEFAULTS.public),
    windowSeconds: positiveInteger(env, "API_RATE_LIMIT_WINDOW_SECONDS", RATE_LIMIT_DEFAULTS.windowSeconds),
    redisUrl: env.REDIS_URL?.trim() || undefined,
  };
}

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the allowance is whole again. */
  resetSeconds: number;
}

export interface Limiter {
  readonly limit: number;
  /** Counts one request for `key`. */
  consume(key: string): Promise<RateLimitState>;
  /** The state for `key` without counting (allowed: whether a request would be). */
  peek(key: string): Promise<RateLimitState>;
}

function wrap(limiter: RateLimiterAbstract, limit: number, windowSeconds: number): Limiter {
  const state = (res: RateLimiterRes, allowed: boolean): RateLimitState => ({
    allowed,
    limit,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
  return {
    limit,
    async consume(key) {
      try {
        return state(await limiter.consume(key, 1), true);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return state(rejection, false);
        // Only a store failure without insurance gets here: let the request through, loudly.
        console.error("API rate limiter failed", { error: rejection instanceof Error ? rejection.message : String(rejection) });
        return { allowed: true, limit, remaining: limit, resetSeconds: windowSeconds };
      }
    },
    async peek(key) {
      const res = await limiter.get(key).catch(() => null);
      if (!res) return { allowed: true, limit, remaining: limit, resetSeconds: windowSeconds };
      return state(res, res.consumedPoints < limit);
    },
  };
}

export interface ApiRateLimiters {
  perKey: Limiter;
  public: Limiter;
  authFailures: Limiter;
  /** "redis" or "memory": where the per-key count is kept. */
  store: "redis" | "memory";
  close(): Promise<void>;
}

/**
 * Builds the limiters. With a Redis URL it waits for the connection (at most
 * `connectTimeoutMs`), so that counting does not start in memory and move to
 * Redis midway; if Redis cannot be reached the per-key count is kept in memory
 * and that is logged.
 */
export async function createApiRateLimiters(
  config: RateLimitConfig = rateLimitConfig(),
  options: { keyPrefix?: string; connectTimeoutMs?: number } = {},
): Promise<ApiRateLimiters> {
  const prefix = options.keyPrefix ?? "hpl:api";
  const duration = config.windowSeconds;
  const memory = (name: string, points: number) => new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, points, duration });

  let redis: Redis | undefined;
  let perKeyLimiter: RateLimiterAbstract = memory("key", config.perKey);
  let store: "redis" | "memory" = "memory";
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false, // a command while disconnected fails at once (→ the insurance limiter)
      maxRetriesPerRequest: 1,
      connectTimeout: options.connectTimeoutMs ?? 2000,
    });
    redis.on("error", (error: Error) => console.error("API rate limiter: Redis error", { error: error.message }));
    try {
      await redis.connect();
      perKeyLimiter = new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}:key`,
        points: config.perKey,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory("key-insurance", config.perKey),
      });
      store = "redis";
    } catch (error) {
      console.error("API rate limiter: Redis unreachable, counting per key in memory", {
        error: error instanceof Error ? error.message : String(error),
      });
      redis.disconnect();
      redis = undefined;
    }
  }
  return {
    perKey: wrap(perKeyLimiter, config.perKey, duration),
    public: wrap(memory("public", config.public), config.public, duration),
    authFailures: wrap(memory("auth-failures", AUTH_FAILURES_PER_WINDOW), AUTH_FAILURES_PER_WINDOW, duration),
    store,
    async close() {
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}

const globalForLimiters = globalThis as unknown as { pricelineApiLimiters?: Promise<ApiRateLimiters> };

/** The process-wide limiters of /api/v1, configured from the environment on first use. */
export function apiRateLimiters(): Promise<ApiRateLimiters> {
  return (globalForLimiters.pricelineApiLimiters ??= createApiRateLimiters());
}

/** Drops the process-wide limiters (tests; a changed environment takes effect on next use). */
export async function resetApiRateLimiters(): Promise<void> {
  const current = globalForLimiters.pricelineApiLimiters;
  globalForLimiters.pricelineApiLimiters = undefined;
  await (await current?.catch(() => undefined))?.close();
}

/** The X-RateLimit-* headers (and Retry-After when refused) for a state. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "x-ratelimit-limit": String(state.limit),
    "x-ratelimit-remaining": String(state.remaining),
    "x-ratelimit-reset": String(state.resetSeconds),
    ...(state.allowed ? {} : { "retry-after": String(state.resetSeconds) }),
  };
}
