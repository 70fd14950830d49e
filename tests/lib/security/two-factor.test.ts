// Two-factor (lib/security/two-factor) against the real database: enrolment stores the seed
// sealed, the first code turns it on and marks the session, wrong and replayed codes are refused
// and counted, the limit stops guessing, disabling needs a current code, and every outcome is in
// the audit log.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/client";
import { openSecret } from "@/lib/security/secrets";
import { totpCode } from "@/lib/security/totp";
import {
  cancelEnrolment,
  confirmEnrolment,
  createTwoFactorLimiter,
  disableTwoFactor,
  pendingEnrolment,
  setTwoFactorLimiter,
  startEnrolment,
  twoFactorStatus,
  verifySecondFactor,
} from "@/lib/security/two-factor";
import { withClient } from "../../support/db";

const run = randomUUID().slice(0, 8);
const user = { id: randomUUID(), email: `tf-${run}@example.org` };
const other = { id: randomUUID(), email: `tf2-${run}@example.org` };
const token = `tf-session-${run}-0123456789abcdef`;
const T0 = new Date("2026-12-01T12:00:00Z");
const at = (steps: number) => new Date(T0.getTime() + steps * 30_000);
const origin = { ip: "198.51.100.20", userAgent: "vitest" };

async function userRow(id: string) {
  return withClient(
    async (c) =>
      (await c.query(`SELECT totp_secret_encrypted, totp_enabled_at, totp_last_step FROM users WHERE id = $1`, [id])).rows[0] as {
        totp_secret_encrypted: string | null;
        totp_enabled_at: Date | null;
        totp_last_step: string | null;
      },
  );
}
const secondFactorAt = () =>
  withClient(async (c) => (await c.query(`SELECT second_factor_at FROM sessions WHERE session_token = $1`, [token])).rows[0]?.second_factor_at as Date | null);
const auditActions = (id: string) =>
  withClient(async (c) => (await c.query(`SELECT action, metadata, host(ip) AS ip FROM audit_log WHERE actor_user_id = $1 ORDER BY id`, [id])).rows);

beforeAll(async () => {
  await withClient(async (c) => {
    for (const u of [user, other]) await c.query(`INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, [u.id, u.email]);
    await c.query(`INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, now() + interval '1 day', now())`, [token, user.id]);
  });
});
beforeEach(() => setTwoFactorLimiter(createTwoFactorLimiter({ points: 3, durationSeconds: 60 })));
afterAll(disconnectPrisma);

describe("two-factor enrolment", () => {
  let secret = "";

  it("stores a pending seed sealed for this user only, and shows it again until confirmed", async () => {
    expect(await twoFactorStatus(user.id)).toEqual({ enabled: false, enabledAt: null, pending: false });
    const enrolment = await startEnrolment(user);
    secret = enrolment.secret;
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Hospital%20Priceline:tf-/);
    expect(enrolment.uri).toContain(`secret=${secret}`);
    const row = await userRow(user.id);
    expect(row.totp_secret_encrypted).toMatch(/^v1:/);
    expect(row.totp_secret_encrypted).not.toContain(secret);
    expect(openSecret(row.totp_secret_encrypted!, `users.totp_secret:${user.id}`)).toBe(secret);
    // Copied into another user's row, the sealed seed does not open.
    expect(() => openSecret(row.totp_secret_encrypted!, `users.totp_secret:${other.id}`)).toThrow();
    expect(row.totp_enabled_at).toBeNull();
    expect(await twoFactorStatus(user.id)).toMatchObject({ enabled: false, pending: true });
    expect(await pendingEnrolment(user)).toEqual(enrolment);
  });

  it("refuses a wrong confirmation code and leaves two-factor off", async () => {
    const wrong = totpCode(secret, at(10).getTime());
    expect(await confirmEnrolment(user.id, wrong, { sessionToken: token, now: T0 })).toEqual({ ok: false, reason: "invalid_code" });
    expect(await confirmEnrolment(user.id, "12345", { sessionToken: token, now: T0 })).toEqual({ ok: false, reason: "invalid_code" });
    expect((await userRow(user.id)).totp_enabled_at).toBeNull();
    expect(await secondFactorAt()).toBeNull();
  });

  it("turns two-factor on with the first good code and marks the session", async () => {
    const result = await confirmEnrolment(user.id, totpCode(secret, T0.getTime()), { sessionToken: token, now: T0, ...origin });
    expect(result).toEqual({ ok: true });
    const row = await userRow(user.id);
    expect(row.totp_enabled_at?.toISOString()).toBe(T0.toISOString());
    expect(Number(row.totp_last_step)).toBe(Math.floor(T0.getTime() / 30_000));
    expect((await secondFactorAt())?.toISOString()).toBe(T0.toISOString());
    expect(await twoFactorStatus(user.id)).toMatchObject({ enabled: true, pending: false });
    expect(await pendingEnrolment(user)).toBeNull();
    await expect(startEnrolment(user)).rejects.toThrow(/already_enabled/);
    await cancelEnrolment(user.id); // leaves an enabled seed alone
    expect((await userRow(user.id)).totp_secret_encrypted).not.toBeNull();
  });

  it("never accepts the same code twice, nor an older one", async () => {
    const again = await verifySecondFactor(user.id, totpCode(secret, T0.getTime()), { sessionToken: token, now: T0 });
    expect(again).toEqual({ ok: false, reason: "replayed_code" });
    const older = await verifySecondFactor(user.id, totpCode(secret, at(-1).getTime()), { sessionToken: token, now: T0 });
    expect(older).toEqual({ ok: false, reason: "replayed_code" });
  });

  it("accepts the next step's code after sign-in, marks the session and stores the step", async () => {
    await withClient((c) => c.query(`UPDATE sessions SET second_factor_at = NULL WHERE session_token = $1`, [token]));
    const now = at(1);
    expect(await verifySecondFactor(user.id, totpCode(secret, now.getTime()), { sessionToken: token, now, ...origin })).toEqual({ ok: true });
    expect((await secondFactorAt())?.toISOString()).toBe(now.toISOString());
    expect(Number((await userRow(user.id)).totp_last_step)).toBe(Math.floor(now.getTime() / 30_000));
  });

  it("accepts only one of two racing requests with the same code", async () => {
    const now = at(2);
    const code = totpCode(secret, now.getTime());
    const results = await Promise.all([verifySecondFactor(user.id, code, { now }), verifySecondFactor(user.id, code, { now })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "replayed_code" }]);
  });

  it("stops checking codes after too many wrong ones, even a right one", async () => {
    const now = at(4);
    for (let i = 0; i < 3; i++) expect(await verifySecondFactor(user.id, "000000", { now })).toMatchObject({ ok: false });
    const blocked = await verifySecondFactor(user.id, totpCode(secret, now.getTime()), { now });
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(blocked.ok ? 0 : blocked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("needs a current code to disable, then refuses codes and forgets the seed", async () => {
    const now = at(6);
    expect(await disableTwoFactor(user.id, "000000", { now })).toEqual({ ok: false, reason: "invalid_code" });
    expect((await userRow(user.id)).totp_enabled_at).not.toBeNull();
    expect(await disableTwoFactor(user.id, totpCode(secret, now.getTime()), { now, ...origin })).toEqual({ ok: true });
    expect(await userRow(user.id)).toEqual({ totp_secret_encrypted: null, totp_enabled_at: null, totp_last_step: null });
    expect(await verifySecondFactor(user.id, totpCode(secret, at(7).getTime()), { now: at(7) })).toEqual({ ok: false, reason: "not_enabled" });
    expect(await disableTwoFactor(user.id, totpCode(secret, at(7).getTime()), { now: at(7) })).toEqual({ ok: false, reason: "not_enabled" });
    expect(await confirmEnrolment(user.id, totpCode(secret, at(7).getTime()), { now: at(7) })).toEqual({ ok: false, reason: "not_enabled" });
  });

  it("logged enabling, failures, passes and disabling", async () => {
    const rows = await auditActions(user.id);
    const actions = rows.map((r) => r.action);
    expect(actions[0]).toBe("auth.two_factor_enabled");
    expect(actions).toContain("auth.two_factor_passed");
    expect(actions).toContain("auth.two_factor_failed");
    expect(actions.at(-1)).toBe("auth.two_factor_disabled");
    expect(rows[0]).toMatchObject({ ip: "198.51.100.20" });
    expect(rows.find((r) => r.action === "auth.two_factor_failed")?.metadata).toMatchObject({ reason: "replayed_code" });
  });
});
