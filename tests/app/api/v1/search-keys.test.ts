// /api/v1/search with and without an API key, through the real route handler:
// the status and JSON of every kind of bad key, scope enforcement, and the rate
// limits per key and per address. Runs with Redis when REDIS_URL is set (the
// per-key count is then kept there) and in memory otherwise.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { GET } from "@/app/api/v1/search/route";
import { createApiKey, revokeApiKey } from "@/lib/apikeys";
import { apiRateLimiters, AUTH_FAILURES_PER_WINDOW, resetApiRateLimiters } from "@/lib/api/rate-limit";
import { disconnectPrisma } from "@/lib/db/client";
import { closeTenantConnections } from "@/lib/tenancy";
import { resetDatabase, withClient } from "../../../support/db";
import { createTestOrganization, deleteTestOrganizations, type TestOrganization } from "../../../support/organizations";
import { seedSearchFixtures } from "../../../support/search-fixtures";

let org: TestOrganization;
let address = 0;
/** A fresh client address per test, so the per-address counts do not carry over. */
let ip: string;

function get(options: { key?: string; authorization?: string; ip?: string; query?: string } = {}) {
  const headers = new Headers({ "x-forwarded-for": options.ip ?? ip });
  if (options.key !== undefined) headers.set("authorization", `Bearer ${options.key}`);
  if (options.authorization !== undefined) headers.set("authorization", options.authorization);
  return GET(new Request(`http://localhost/api/v1/search${options.query ?? "?q=70551"}`, { headers }));
}

const saved = { ...process.env };

beforeAll(async () => {
  await resetDatabase();
  await withClient((c) => seedSearchFixtures(c));
  org = await createTestOrganization("Keyholder");
});

beforeEach(async () => {
  ip = `198.51.100.${++address}`;
  await resetApiRateLimiters();
});

afterEach(() => {
  for (const name of ["API_RATE_LIMIT_PER_KEY", "API_RATE_LIMIT_PUBLIC", "API_RATE_LIMIT_WINDOW_SECONDS"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

afterAll(async () => {
  await resetApiRateLimiters();
  await deleteTestOrganizations([org.id]);
  await closeTenantConnections();
  await disconnectPrisma();
});

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = await response.json();
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  return body.error.message as string;
}

describe("GET /api/v1/search with an API key", () => {
  it("answers a valid key exactly as a public request, privately and with its rate-limit headers", async () => {
    const { key } = await createApiKey(org.id, { name: "valid" });
    const keyed = await get({ key });
    const pub = await get();
    expect(keyed.status).toBe(200);
    expect(pub.status).toBe(200);
    expect(await keyed.json()).toEqual(await pub.json());
    expect(keyed.headers.get("cache-control")).toBe("private, no-store");
    expect(pub.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(pub.headers.get("vary")?.toLowerCase()).toContain("authorization");
    expect(keyed.headers.get("x-ratelimit-limit")).toBe("600");
    expect(keyed.headers.get("x-ratelimit-remaining")).toBe("599");
    expect(Number(keyed.headers.get("x-ratelimit-reset"))).toBeGreaterThan(0);
    expect(pub.headers.get("x-ratelimit-limit")).toBe("60");
    expect(pub.headers.get("x-ratelimit-remaining")).toBe("59");
  });

  it("keeps the 400 of a bad parameter for keyed requests", async () => {
    const { key } = await createApiKey(org.id, { name: "bad-param" });
    const response = await get({ key, query: "?q=mri&limit=0" });
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "limit" });
  });

  it("refuses malformed Authorization headers with 401, never as public access", async () => {
    for (const authorization of ["", "Bearer", "Basic dXNlcjpwYXNz", "Bearer not-a-key", "Bearer hpl_live_short", "Token hpl_live_aaaaaaaa_x"]) {
      const response = await get({ authorization });
      const message = await expectError(response, 401, "malformed_api_key");
      expect(message).toContain("Bearer");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
    }
  });

  it("refuses unknown and forged keys with 401", async () => {
    const real = await createApiKey(org.id, { name: "real" });
    const secret = real.key.slice(real.prefix.length + 1);
    const another = await createApiKey(org.id, { name: "another" });
    await expectError(await get({ key: `hpl_live_aaaaaaaa_${"a".repeat(52)}` }), 401, "invalid_api_key");
    await expectError(await get({ key: `${real.prefix}_${"q".repeat(52)}` }), 401, "invalid_api_key");
    await expectError(await get({ key: `${another.prefix}_${secret}` }), 401, "invalid_api_key");
    expect((await get({ key: real.key })).status).toBe(200);
  });

  it("refuses a revoked key with 401 from the next request on", async () => {
    const created = await createApiKey(org.id, { name: "soon revoked" });
    expect((await get({ key: created.key })).status).toBe(200);
    await revokeApiKey(org.id, { prefix: created.prefix });
    const message = await expectError(await get({ key: created.key }), 401, "revoked_api_key");
    expect(message).toContain("revoked");
  });

  it("refuses a key without the search:read scope with 403", async () => {
    const created = await createApiKey(org.id, { name: "no scope" });
    await withClient((c) => c.query(`UPDATE api_keys SET scopes = '{reports:read}' WHERE id = $1`, [created.id]));
    const response = await get({ key: created.key });
    const message = await expectError(response, 403, "insufficient_scope");
    expect(message).toContain("search:read");
    expect(response.headers.get("www-authenticate")).toBe('Bearer error="insufficient_scope", scope="search:read"');
  });

  it("updates the key's last use", async () => {
    const created = await createApiKey(org.id, { name: "used" });
    await get({ key: created.key });
    const { rows } = await withClient((c) => c.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [created.id]));
    expect(rows[0].last_used_at).toBeInstanceOf(Date);
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After once a key's allowance is spent; other keys and public access go on", async () => {
    process.env.API_RATE_LIMIT_PER_KEY = "3";
    await resetApiRateLimiters();
    const limited = await createApiKey(org.id, { name: "limited" });
    const other = await createApiKey(org.id, { name: "other" });
    for (let i = 0; i < 3; i++) {
      const ok = await get({ key: limited.key });
      expect(ok.status).toBe(200);
      expect(ok.headers.get("x-ratelimit-remaining")).toBe(String(2 - i));
    }
    const refused = await get({ key: limited.key });
    const message = await expectError(refused, 429, "rate_limited");
    expect(message).toContain("API key");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get("x-ratelimit-limit")).toBe("3");
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    // Another key, a public request from the same address, and the same key from elsewhere.
    expect((await get({ key: other.key })).status).toBe(200);
    expect((await get()).status).toBe(200);
    expect((await get({ key: limited.key, ip: "192.0.2.200" })).status).toBe(429);

    const limiters = await apiRateLimiters();
    expect(limiters.store).toBe(process.env.REDIS_URL ? "redis" : "memory");
    if (process.env.REDIS_URL) {
      // The count is in Redis, where every instance sees it.
      const redis = new Redis(process.env.REDIS_URL);
      try {
        expect(await redis.get(`hpl:api:key:${limited.id}`)).toBe("5"); // three allowed, two refused
      } finally {
        redis.disconnect();
      }
    }
  });

  it("limit public requests per client address, leaving other addresses and keys alone", async () => {
    process.env.API_RATE_LIMIT_PUBLIC = "2";
    await resetApiRateLimiters();
    const { key } = await createApiKey(org.id, { name: "unaffected" });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    const refused = await get();
    await expectError(refused, 429, "rate_limited");
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await get({ ip: "192.0.2.77" })).status).toBe(200);
    expect((await get({ key })).status).toBe(200);
  });

  it("stop an address that keeps sending bad keys before the database", async () => {
    for (let i = 0; i < AUTH_FAILURES_PER_WINDOW; i++) {
      expect((await get({ key: `hpl_live_aaaaaaaa_${"a".repeat(52)}` })).status).toBe(401);
    }
    await expectError(await get({ key: "anything" }), 429, "rate_limited");
    expect((await get({ ip: "192.0.2.78", key: "anything" })).status).toBe(401);
  });

  it("refuse a misconfigured limit with a 500, not silently", async () => {
    process.env.API_RATE_LIMIT_PER_KEY = "lots";
    await resetApiRateLimiters();
    await expectError(await get(), 500, "internal_error");
  });
});
