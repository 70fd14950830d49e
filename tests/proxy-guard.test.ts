// The proxy as the first guard of /app, /admin and /api/app, on the real database: no session,
// forged, expired and valid session cookies, the cookie name over https, and public paths that
// never reach the database.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { disconnectPrisma } from "../lib/db/client";
import { withClient } from "./support/db";

const lookups = vi.hoisted(() => ({ count: 0 }));
vi.mock("../lib/auth/session-check", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../lib/auth/session-check")>();
  return {
    ...actual,
    checkSession: (...args: Parameters<typeof actual.checkSession>) => {
      lookups.count++;
      return actual.checkSession(...args);
    },
  };
});

const { proxy } = await import("../proxy");

const user = randomUUID();
const live = `live-${randomUUID()}`;
const expired = `expired-${randomUUID()}`;

beforeAll(async () => {
  await withClient(async (c) => {
    await c.query(`INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, [user, `proxy-${user.slice(0, 8)}@example.org`]);
    await c.query(`INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, now() + interval '1 day', now())`, [live, user]);
    await c.query(`INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, now() - interval '1 minute', now())`, [expired, user]);
  });
});

afterAll(disconnectPrisma);
beforeEach(() => {
  lookups.count = 0;
  delete process.env.AUTH_URL;
});

const request = (path: string, cookie?: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost:3000${path}`, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
const passed = (response: Response) => response.headers.get("x-middleware-next") === "1";

describe("private pages", () => {
  it("redirect to sign-in with the page as the return address, without a session", async () => {
    const response = await proxy(request("/app/settings?tab=sso"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://localhost:3000/sign-in?callbackUrl=${encodeURIComponent("/app/settings?tab=sso")}`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it.each([
    ["a forged token", "authjs.session-token=forged-0123456789abcdef0123"],
    ["an expired session", `authjs.session-token=${expired}`],
    ["an empty cookie", "authjs.session-token="],
    ["a live token under another cookie's name", `next-auth.session-token=${live}`],
  ])("redirect with %s", async (_name, cookie) => {
    const response = await proxy(request("/admin", cookie));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sign-in?callbackUrl=%2Fadmin");
  });

  it("redirect however the path is spelled, and a middleware-subrequest header changes nothing", async () => {
    for (const path of ["/%61pp", "/APP", "/search/..%2fapp", "/_next/data/build/app.json"]) {
      expect((await proxy(request(path))).status, path).toBe(303);
    }
    const spoofed = await proxy(request("/app", undefined, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware" }));
    expect(spoofed.status).toBe(303);
  });

  it("redirect React Server Component and prefetch requests, and server action posts, like the page", async () => {
    const rsc = await proxy(request("/app/members?_rsc=1x2y3", undefined, { RSC: "1", "Next-Router-State-Tree": "%5B%22%22%5D", "Next-Router-Prefetch": "1" }));
    expect(rsc.status).toBe(303);
    const action = await proxy(
      new NextRequest("http://localhost:3000/app/members", { method: "POST", headers: { "Next-Action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain" }, body: "[]" }),
    );
    expect(action.status).toBe(303);
    expect(action.headers.get("location")).toBe("http://localhost:3000/sign-in?callbackUrl=%2Fapp%2Fmembers");
  });

  it("pass with a live session", async () => {
    const response = await proxy(request("/app", `authjs.session-token=${live}`));
    expect(passed(response)).toBe(true);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("over https, read only the __Secure- cookie", async () => {
    process.env.AUTH_URL = "https://prices.example";
    expect((await proxy(request("/app", `authjs.session-token=${live}`))).status).toBe(303);
    expect(passed(await proxy(request("/app", `__Secure-authjs.session-token=${live}`)))).toBe(true);
  });
});

describe("private APIs", () => {
  it("answer 401 JSON without a valid session", async () => {
    for (const cookie of [undefined, "authjs.session-token=forged-0123456789abcdef0123", `authjs.session-token=${expired}`]) {
      const response = await proxy(request("/api/app/me", cookie));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "unauthorized" });
    }
  });

  it("pass with a live session", async () => {
    expect(passed(await proxy(request("/api/app/me", `authjs.session-token=${live}`)))).toBe(true);
  });
});

describe("public paths", () => {
  it("pass without looking at the session or the database, whatever the cookie", async () => {
    for (const path of ["/", "/search?q=70551", "/sign-in?callbackUrl=%2Fapp", "/api/v1/search?q=470", "/api/auth/csrf", "/apps"]) {
      expect(passed(await proxy(request(path, "authjs.session-token=forged-0123456789abcdef0123"))), path).toBe(true);
    }
    expect(lookups.count).toBe(0);
    await proxy(request("/app"));
    expect(lookups.count).toBe(1);
  });
});
