// requireOperator: who reaches /admin, and where everyone else is sent.
import { afterEach, describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string | null },
  session: null as null | { userId: string; isPlatformOperator: boolean; totpEnabled: boolean; secondFactorAt: Date | null },
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));
vi.mock("@/lib/auth/actions", () => ({
  requireUser: async (path: string) => {
    if (!state.user) throw new Error(`redirect:/sign-in?callbackUrl=${encodeURIComponent(path)}`);
    return state.user;
  },
  currentSession: async () => state.session,
  signInPath: (path: string) => `/sign-in?callbackUrl=${encodeURIComponent(path)}`,
}));

const { requireOperator, twoFactorPath } = await import("@/lib/admin/guard");

const user = { id: "u1", email: "op@example.org", name: null };
const session = (patch: Partial<NonNullable<typeof state.session>> = {}) => ({ userId: "u1", isPlatformOperator: true, totpEnabled: true, secondFactorAt: new Date(), ...patch });

afterEach(() => {
  state.user = null;
  state.session = null;
});

describe("requireOperator", () => {
  it("sends a visitor without a session to sign in, coming back", async () => {
    await expect(requireOperator("/admin/users")).rejects.toThrow("redirect:/sign-in?callbackUrl=%2Fadmin%2Fusers");
    state.user = user; // Auth.js found a user but the cookie's session is gone
    await expect(requireOperator("/admin/users")).rejects.toThrow("redirect:/sign-in?callbackUrl=%2Fadmin%2Fusers");
  });

  it("gives everyone who is not an operator the 403 page", async () => {
    state.user = user;
    state.session = session({ isPlatformOperator: false, totpEnabled: true });
    await expect(requireOperator("/admin")).rejects.toThrow("forbidden");
  });

  it("sends an operator without two-factor to enrol", async () => {
    state.user = user;
    state.session = session({ totpEnabled: false, secondFactorAt: null });
    await expect(requireOperator("/admin/runs")).rejects.toThrow("redirect:/app/security?required=operator");
  });

  it("asks an enrolled operator for the code when this session has not passed it", async () => {
    state.user = user;
    state.session = session({ secondFactorAt: null });
    await expect(requireOperator("/admin/runs?before=1.2")).rejects.toThrow(`redirect:/sign-in/two-factor?callbackUrl=${encodeURIComponent("/admin/runs?before=1.2")}`);
  });

  it("lets an operator whose session passed two-factor in", async () => {
    state.user = user;
    state.session = session();
    await expect(requireOperator("/admin")).resolves.toEqual(user);
  });

  it("never builds a return address to another site", () => {
    expect(twoFactorPath("//evil.example")).toBe("/sign-in/two-factor");
    expect(twoFactorPath("/admin/feedback")).toBe("/sign-in/two-factor?callbackUrl=%2Fadmin%2Ffeedback");
  });
});
