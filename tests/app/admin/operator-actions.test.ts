// The operator area's server action and pages with a real session row: requireOperator turns
// away non-operators (403), sends operators without two-factor to enrol and those whose session
// has not passed it to the code page, and lets a checked operator change a feedback status.
import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sessionDetails } from "@/lib/auth/sessions";
import { safeCallbackPath } from "@/lib/auth/guard";
import { disconnectPrisma } from "@/lib/db/client";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";
import { navigationMock, outcome } from "../../support/session-mocks";

const state = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null }, token: undefined as string | undefined }));
vi.mock("next/navigation", () => navigationMock());
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/lib/auth/actions", () => ({
  requireUser: async (path: string) => {
    if (!state.user) throw Object.assign(new Error("redirect"), {});
    void path;
    return state.user;
  },
  currentSession: async () => sessionDetails(state.token),
  currentSessionToken: async () => state.token,
  signInPath: (path: string) => `/sign-in?callbackUrl=${encodeURIComponent(safeCallbackPath(path) ?? "/app")}`,
}));

const { changeFeedbackStatusAction } = await import("@/app/(app)/admin/feedback/actions");
const { resetTwoFactorAction } = await import("@/app/(app)/admin/users/actions");
const AdminUsersPage = (await import("@/app/(app)/admin/users/page")).default;

const run = randomUUID().slice(0, 8);
const people = { plain: randomUUID(), bare: randomUUID(), unchecked: randomUUID(), checked: randomUUID() };
const tokenOf = (name: string) => `op-${name}-${run}-0123456789abcdef`;
let feedbackId = 0;

beforeAll(async () => {
  await withClient(async (c) => {
    for (const [name, id] of Object.entries(people)) {
      const operator = name !== "plain";
      const enrolled = name === "unchecked" || name === "checked";
      await c.query(`INSERT INTO users (id, email, is_platform_operator, totp_enabled_at, updated_at) VALUES ($1, $2, $3, $4, now())`, [
        id,
        `${name}-${run}@ops.example`,
        operator,
        enrolled ? new Date() : null,
      ]);
      await c.query(`INSERT INTO sessions (session_token, user_id, expires, second_factor_at, updated_at) VALUES ($1, $2, now() + interval '1 day', $3, now())`, [
        tokenOf(name),
        id,
        name === "checked" ? new Date() : null,
      ]);
    }
    feedbackId = (await c.query(`INSERT INTO feedback (kind, page, message, locale) VALUES ('wrong_price', '/h/x', $1, 'en') RETURNING id`, [`ops-${run}`])).rows[0].id;
  });
});
beforeEach(() => {
  state.user = null;
  state.token = undefined;
});
afterAll(async () => {
  await withClient((c) => c.query(`DELETE FROM feedback WHERE id = $1`, [feedbackId]));
  await closeTenantConnections();
  await disconnectPrisma();
});

const as = (name: keyof typeof people) => {
  state.user = { id: people[name], email: `${name}-${run}@ops.example`, name: null };
  state.token = tokenOf(name);
};
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const statusOf = async () => withClient(async (c) => (await c.query(`SELECT status FROM feedback WHERE id = $1`, [feedbackId])).rows[0].status as string);

describe("the feedback status action", () => {
  it("refuses everyone but an operator whose session passed two-factor, and changes nothing", async () => {
    as("plain");
    expect(await outcome(() => changeFeedbackStatusAction(form({ id: String(feedbackId), status: "reviewed" })))).toBe("forbidden");
    as("bare");
    expect(await outcome(() => changeFeedbackStatusAction(form({ id: String(feedbackId), status: "reviewed" })))).toBe("/app/security?required=operator");
    as("unchecked");
    expect(await outcome(() => changeFeedbackStatusAction(form({ id: String(feedbackId), status: "reviewed" })))).toBe(
      "/sign-in/two-factor?callbackUrl=%2Fadmin%2Ffeedback",
    );
    expect(await statusOf()).toBe("new");
  });

  it("lets a checked operator change the status, and goes back to the filtered queue", async () => {
    as("checked");
    expect(await outcome(() => changeFeedbackStatusAction(form({ id: String(feedbackId), status: "reviewed", filter: "new" })))).toBe(
      `/admin/feedback?status=new&done=${feedbackId}&to=reviewed#feedback-${feedbackId}`,
    );
    expect(await statusOf()).toBe("reviewed");
    expect(await outcome(() => changeFeedbackStatusAction(form({ id: String(feedbackId), status: "closed" })))).toBe("/admin/feedback?error=notChanged");
    expect(await statusOf()).toBe("reviewed");
  });
});

describe("turning off a user's two-factor", () => {
  const enabled = async (id: string) =>
    withClient(async (c) => (await c.query(`SELECT totp_enabled_at FROM users WHERE id = $1`, [id])).rows[0].totp_enabled_at !== null);

  it("is refused to a non-operator and to an operator whose session has not passed the code", async () => {
    as("plain");
    expect(await outcome(() => resetTwoFactorAction(form({ user: people.unchecked })))).toBe("forbidden");
    as("unchecked");
    expect(await outcome(() => resetTwoFactorAction(form({ user: people.checked })))).toBe("/sign-in/two-factor?callbackUrl=%2Fadmin%2Fusers");
    expect(await enabled(people.checked)).toBe(true);
  });

  it("lets a checked operator turn it off for someone else, never for themselves, and logs who did it", async () => {
    as("checked");
    expect(await outcome(() => resetTwoFactorAction(form({ user: people.checked })))).toBe("/admin/users?error=notReset");
    expect(await enabled(people.checked)).toBe(true);
    expect(await outcome(() => resetTwoFactorAction(form({ user: people.unchecked, q: run })))).toBe(`/admin/users?q=${run}&done=reset`);
    expect(await enabled(people.unchecked)).toBe(false);
    expect(await outcome(() => resetTwoFactorAction(form({ user: people.unchecked })))).toBe("/admin/users?error=notReset");
    const logged = await withClient(
      async (c) => (await c.query(`SELECT actor_user_id, target, metadata FROM audit_log WHERE action = 'auth.two_factor_disabled' AND target = $1`, [`user:${people.unchecked}`])).rows,
    );
    expect(logged).toEqual([{ actor_user_id: people.checked, target: `user:${people.unchecked}`, metadata: { by: "operator" } }]);
  });
});

describe("the users page", () => {
  it("is the 403 page for a non-operator and renders for a checked operator", async () => {
    as("plain");
    expect(await outcome(() => AdminUsersPage({ searchParams: Promise.resolve({ q: run }) }))).toBe("forbidden");
    as("bare");
    expect(await outcome(() => AdminUsersPage({ searchParams: Promise.resolve({ q: run }) }))).toBe("/app/security?required=operator");
    as("checked");
    const html = renderToStaticMarkup(await AdminUsersPage({ searchParams: Promise.resolve({ q: run }) }));
    expect(html).toContain(`checked-${run}@ops.example`);
    expect(html).toContain(`plain-${run}@ops.example`);
    expect(html).toContain("4 users found.");
  });
});
