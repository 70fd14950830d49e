// /app/security's actions and the /sign-in/two-factor action with a real session row: enrol,
// confirm (the session is marked), sign in again and pass the code step (a wrong code, a
// replayed code, a return address to another site), and disable with a current code.
import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionDetails } from "@/lib/auth/sessions";
import { APP_HOME, safeCallbackPath } from "@/lib/auth/guard";
import { disconnectPrisma } from "@/lib/db/client";
import { totpCode } from "@/lib/security/totp";
import { createTwoFactorLimiter, setTwoFactorLimiter } from "@/lib/security/two-factor";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { navigationMock, outcome } from "../../support/session-mocks";

const state = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null }, token: undefined as string | undefined }));
vi.mock("next/navigation", () => navigationMock());
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "198.51.100.44" }), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/lib/auth", () => ({
  APP_HOME,
  safeCallbackPath,
  requireUser: async () => state.user!,
  currentSession: async () => sessionDetails(state.token),
  currentSessionToken: async () => state.token,
}));

const security = await import("@/app/(app)/app/security/actions");
const { verifyTwoFactorAction } = await import("@/app/(auth)/sign-in/two-factor/actions");
const SecurityPage = (await import("@/app/(app)/app/security/page")).default;

const run = randomUUID().slice(0, 8);
const user = { id: randomUUID(), email: `sec-${run}@example.org`, name: null };
const first = `sec-a-${run}-0123456789abcdef`;
const second = `sec-b-${run}-0123456789abcdef`;

beforeAll(async () => {
  setTwoFactorLimiter(createTwoFactorLimiter({ points: 10, durationSeconds: 60 }));
  await withClient(async (c) => {
    await c.query(`INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, [user.id, user.email]);
    for (const token of [first, second]) {
      await c.query(`INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, now() + interval '1 day', now())`, [token, user.id]);
    }
  });
  state.user = user;
});
afterAll(async () => {
  await closeTenantConnections();
  await disconnectPrisma();
});

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const render = async (params: Record<string, string> = {}) => renderToStaticMarkup(await SecurityPage({ searchParams: Promise.resolve(params) }));
let secret = "";
let confirmed = "";

describe("/app/security", () => {
  it("starts enrolment and shows the setup key and link", async () => {
    state.token = first;
    expect(await render()).toContain("Two-factor sign-in is <strong>off</strong>.");
    expect(await outcome(() => security.startEnrolmentAction(form({ required: "operator" })))).toBe("/app/security?required=operator&step=confirm#two-factor");
    const html = await render({ required: "operator" });
    expect(html).toContain("Two-factor sign-in is required for operators");
    secret = /secret=([A-Z2-7]+)/.exec(html)![1]!;
    expect(html).toContain(`otpauth://totp/`);
  });

  it("refuses a wrong code, then turns two-factor on and marks this session", async () => {
    expect(await outcome(() => security.confirmEnrolmentAction(form({ code: "000000" })))).toBe("/app/security?error=invalid_code&field=confirm#two-factor");
    expect(await render({ error: "invalid_code", field: "confirm" })).toContain("That code is not right.");
    confirmed = totpCode(secret);
    expect(await outcome(() => security.confirmEnrolmentAction(form({ code: confirmed, required: "operator" })))).toBe(
      "/app/security?required=operator&done=enabled#two-factor",
    );
    expect((await sessionDetails(first))?.secondFactorAt).toBeInstanceOf(Date);
    expect((await sessionDetails(second))?.secondFactorAt).toBeNull();
    const html = await render({ done: "enabled", required: "operator" });
    expect(html).toContain("Continue to the operator area");
    expect(html).toContain("This browser");
    expect(html).toContain("Another browser or device");
  });

  it("asks for the code in another session: a wrong one, a used one, then the next one", async () => {
    state.token = second;
    expect(await outcome(() => verifyTwoFactorAction(form({ code: "000000", callbackUrl: "/admin/users" })))).toBe(
      "/sign-in/two-factor?error=invalid_code&callbackUrl=%2Fadmin%2Fusers",
    );
    // The code that confirmed enrolment was used already.
    expect(await outcome(() => verifyTwoFactorAction(form({ code: confirmed, callbackUrl: "/admin/users" })))).toBe(
      "/sign-in/two-factor?error=replayed_code&callbackUrl=%2Fadmin%2Fusers",
    );
    expect((await sessionDetails(second))?.secondFactorAt).toBeNull();
    const next = totpCode(secret, Date.now() + 30_000);
    expect(await outcome(() => verifyTwoFactorAction(form({ code: next, callbackUrl: "//evil.example/" })))).toBe(APP_HOME);
    expect((await sessionDetails(second))?.secondFactorAt).toBeInstanceOf(Date);
  });

  it("turns two-factor off only with a current code", async () => {
    expect(await outcome(() => security.disableTwoFactorAction(form({ code: "123" })))).toBe("/app/security?error=invalid_code&field=disable#two-factor");
    // A minute and a half later (only the clock is faked), the app shows a new code.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 90_000 });
    try {
      expect(await outcome(() => security.disableTwoFactorAction(form({ code: totpCode(secret) })))).toBe("/app/security?done=disabled#two-factor");
    } finally {
      vi.useRealTimers();
    }
    const actions = await withClient(async (c) => (await c.query(`SELECT action FROM audit_log WHERE actor_user_id = $1 ORDER BY id`, [user.id])).rows.map((r) => r.action));
    expect(actions).toEqual([
      "auth.two_factor_enabled",
      "auth.two_factor_failed",
      "auth.two_factor_failed",
      "auth.two_factor_passed",
      "auth.two_factor_failed",
      "auth.two_factor_disabled",
    ]);
  });
});
