// What a request costs before the search itself: nothing but memory without a
// key (no database or Redis round trip), and no database for a malformed key.
import { afterEach, describe, expect, it, vi } from "vitest";

const platformCalls = vi.hoisted(() => ({ count: 0 }));

vi.mock("@/lib/tenancy", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/tenancy")>();
  return {
    ...actual,
    withPlatform: (...args: Parameters<typeof actual.withPlatform>) => {
      platformCalls.count++;
      return actual.withPlatform(...args);
    },
  };
});

vi.mock("@/lib/search", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/search")>();
  return { ...actual, searchServices: vi.fn(async () => ({ stub: true })) };
});

const { GET } = await import("@/app/api/v1/search/route");
const { resetApiRateLimiters } = await import("@/lib/api/rate-limit");

afterEach(async () => {
  platformCalls.count = 0;
  await resetApiRateLimiters();
});

const get = (authorization?: string) =>
  GET(new Request("http://localhost/api/v1/search?q=70551", { headers: authorization === undefined ? {} : { authorization } }));

describe("GET /api/v1/search without a key", () => {
  it("never looks anything up in the database before searching", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stub: true });
    expect(platformCalls.count).toBe(0);
  });

  it("refuses a malformed key without a database round trip, and looks a well-formed one up", async () => {
    expect((await get("Bearer nope")).status).toBe(401);
    expect(platformCalls.count).toBe(0);
    // A well-formed key is looked up (and not found: the test database has none).
    expect((await get(`Bearer hpl_live_aaaaaaaa_${"a".repeat(52)}`)).status).toBe(401);
    expect(platformCalls.count).toBe(1);
  });
});
