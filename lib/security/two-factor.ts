// Two-factor sign-in with TOTP (issue 5): available to every user, required of platform
// operators (lib/admin/guard).
//
//   startEnrolment(user)             a new seed, sealed in users.totp_secret_encrypted while
//                                    totp_enabled_at stays NULL (pending); returns its otpauth URI
//   pendingEnrolment(user)           the pending seed and URI again (the page shows them until confirmed)
//   confirmEnrolment(user, code, c)  the first code turns two-factor on and marks this session
//   verifySecondFactor(user, code, c) the code asked for after sign-in: marks this session
//   disableTwoFactor(user, code, c)  a current code turns it off again
//
// Every code check shares one rule set: a process-wide limit on wrong codes per user
// (rate-limiter-flexible in memory, as lib/auth/rate-limit does for magic links), and a code's
// time step is stored when accepted and never accepted again (users.totp_last_step, updated
// with a condition so two requests racing with the same code cannot both pass). The seed is
// sealed with lib/security/secrets under the context "users.totp_secret:<user id>", so a value
// copied into another user's row does not open there. Users are identity rows (not
// organization-owned, ADR 8): this runs on the owner's connection, as lib/auth/sessions does.
import { RateLimiterMemory } from "rate-limiter-flexible";
import { recordPlatformAudit, type AuditAction, type RequestOrigin } from "../audit";
import { markSecondFactor } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { openSecret, sealSecret } from "./secrets";
import { newTotpSecret, totpUri, verifyTotp } from "./totp";

export interface TwoFactorUser {
  id: string;
  email: string;
}

/** The session the code is entered in, and where the request came from (for the audit log). */
export interface TwoFactorContext extends Partial<RequestOrigin> {
  sessionToken?: string | null;
  now?: Date;
}

export type TwoFactorFailure =
  /** The code is not valid now (wrong, expired, or malformed). */
  | "invalid_code"
  /** The code was valid but its time step was already used: a replay. */
  | "replayed_code"
  /** Too many wrong codes lately; try again after `retryAfterSeconds`. */
  | "rate_limited"
  /** Two-factor is not on (verify, disable) or there is no pending enrolment (confirm). */
  | "not_enabled"
  /** Two-factor is already on (start, confirm). */
  | "already_enabled";

export type TwoFactorResult = { ok: true } | { ok: false; reason: TwoFactorFailure; retryAfterSeconds?: number };

export class TwoFactorError extends Error {
  override name = "TwoFactorError";
  constructor(readonly reason: TwoFactorFailure) {
    super(`Two-factor: ${reason}`);
  }
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  /** A seed was generated and awaits its first code. */
  pending: boolean;
}

export interface Enrolment {
  /** The seed in base32, for typing into an authenticator app by hand. */
  secret: string;
  /** otpauth://totp/… for apps that read a link or QR code. */
  uri: string;
}

// ── Wrong-code limit ──────────────────────────────────────────────────────────────────────────
export interface TwoFactorLimits {
  points: number;
  durationSeconds: number;
}

/** Five wrong codes per user per 15 minutes: a 6-digit code cannot be guessed in that many tries. */
export const TWO_FACTOR_LIMITS: TwoFactorLimits = { points: 5, durationSeconds: 15 * 60 };

export interface TwoFactorLimiter {
  /** Seconds until the user may try again, or 0 when they may try now. */
  blockedFor(userId: string): Promise<number>;
  /** Counts one wrong code. */
  fail(userId: string): Promise<void>;
}

export function createTwoFactorLimiter(limits: TwoFactorLimits = TWO_FACTOR_LIMITS): TwoFactorLimiter {
  const limiter = new RateLimiterMemory({ keyPrefix: "totp-fail", points: limits.points, duration: limits.durationSeconds });
  return {
    async blockedFor(userId) {
      const state = await limiter.get(userId);
      if (!state || state.consumedPoints < limits.points) return 0;
      return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    },
    async fail(userId) {
      await limiter.penalty(userId, 1);
    },
  };
}

const globalForLimiter = globalThis as unknown as { pricelineTwoFactorLimiter?: TwoFactorLimiter };

/** The process-wide limiter every code check shares. */
export function twoFactorLimiter(): TwoFactorLimiter {
  return (globalForLimiter.pricelineTwoFactorLimiter ??= createTwoFactorLimiter());
}

/** For tests: replace the process-wide limiter. */
export function setTwoFactorLimiter(limiter: TwoFactorLimiter): void {
  globalForLimiter.pricelineTwoFactorLimiter = limiter;
}

// ── Storage ───────────────────────────────────────────────────────────────────────────────────
const sealContext = (userId: string) => `users.totp_secret:${userId}`;

async function totpRow(userId: string) {
  return getPrisma().user.findUnique({
    where: { id: userId },
    select: { totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true },
  });
}

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const row = await totpRow(userId);
  return {
    enabled: Boolean(row?.totpEnabledAt),
    enabledAt: row?.totpEnabledAt ?? null,
    pending: Boolean(row && !row.totpEnabledAt && row.totpSecretEncrypted),
  };
}

/** Generates and stores (sealed) a new pending seed, replacing any earlier pending one. */
export async function startEnrolment(user: TwoFactorUser): Promise<Enrolment> {
  const secret = newTotpSecret();
  const { count } = await getPrisma().user.updateMany({
    where: { id: user.id, totpEnabledAt: null },
    data: { totpSecretEncrypted: sealSecret(secret, sealContext(user.id)), totpLastStep: null },
  });
  if (count !== 1) throw new TwoFactorError("already_enabled");
  return { secret, uri: totpUri(secret, user.email) };
}

/** The pending enrolment's seed and URI, or null when there is none (never, or already confirmed). */
export async function pendingEnrolment(user: TwoFactorUser): Promise<Enrolment | null> {
  const row = await totpRow(user.id);
  if (!row?.totpSecretEncrypted || row.totpEnabledAt) return null;
  const secret = openSecret(row.totpSecretEncrypted, sealContext(user.id));
  return { secret, uri: totpUri(secret, user.email) };
}

/** Drops a pending (unconfirmed) seed; an enabled one is left alone. */
export async function cancelEnrolment(userId: string): Promise<void> {
  await getPrisma().user.updateMany({ where: { id: userId, totpEnabledAt: null }, data: { totpSecretEncrypted: null, totpLastStep: null } });
}

async function audit(action: AuditAction, userId: string, context: TwoFactorContext, metadata?: Record<string, string>, actorUserId: string = userId) {
  await recordPlatformAudit({
    action,
    actorUserId,
    target: `user:${userId}`,
    ip: context.ip ?? null,
    userAgent: context.userAgent ?? null,
    ...(metadata ? { metadata } : {}),
  });
}

/**
 * The one code check: the limit, the seed (pending or enabled as `want` says), the code, and the
 * time step stored only if it is newer than the last one accepted (atomically).
 */
async function checkCode(userId: string, code: string, want: "pending" | "enabled", context: TwoFactorContext): Promise<TwoFactorResult> {
  const limiter = twoFactorLimiter();
  const wait = await limiter.blockedFor(userId);
  if (wait > 0) return { ok: false, reason: "rate_limited", retryAfterSeconds: wait };
  const row = await totpRow(userId);
  if (!row?.totpSecretEncrypted) return { ok: false, reason: "not_enabled" };
  if (want === "pending" && row.totpEnabledAt) return { ok: false, reason: "already_enabled" };
  if (want === "enabled" && !row.totpEnabledAt) return { ok: false, reason: "not_enabled" };
  const secret = openSecret(row.totpSecretEncrypted, sealContext(userId));
  const now = (context.now ?? new Date()).getTime();
  const step = verifyTotp(secret, code, { now });
  if (step === null) {
    await limiter.fail(userId);
    return { ok: false, reason: "invalid_code" };
  }
  const { count } = await getPrisma().user.updateMany({
    where: {
      id: userId,
      totpSecretEncrypted: row.totpSecretEncrypted,
      OR: [{ totpLastStep: null }, { totpLastStep: { lt: BigInt(step) } }],
    },
    data: { totpLastStep: BigInt(step) },
  });
  if (count !== 1) {
    await limiter.fail(userId);
    return { ok: false, reason: "replayed_code" };
  }
  return { ok: true };
}

/** The first code from the app: two-factor is on from now, and this session has passed it. */
export async function confirmEnrolment(userId: string, code: string, context: TwoFactorContext = {}): Promise<TwoFactorResult> {
  const result = await checkCode(userId, code, "pending", context);
  if (!result.ok) return result;
  const at = context.now ?? new Date();
  await getPrisma().user.update({ where: { id: userId }, data: { totpEnabledAt: at } });
  if (context.sessionToken) await markSecondFactor(context.sessionToken, at);
  await audit("auth.two_factor_enabled", userId, context);
  return result;
}

/** The code asked for after sign-in (or before an operator page): marks this session on success. */
export async function verifySecondFactor(userId: string, code: string, context: TwoFactorContext = {}): Promise<TwoFactorResult> {
  const result = await checkCode(userId, code, "enabled", context);
  if (!result.ok) {
    if (result.reason === "invalid_code" || result.reason === "replayed_code" || result.reason === "rate_limited") {
      await audit("auth.two_factor_failed", userId, context, { reason: result.reason });
    }
    return result;
  }
  if (context.sessionToken) await markSecondFactor(context.sessionToken, context.now ?? new Date());
  await audit("auth.two_factor_passed", userId, context);
  return result;
}

/** Turns two-factor off; needs a current code. The seed is deleted. */
export async function disableTwoFactor(userId: string, code: string, context: TwoFactorContext = {}): Promise<TwoFactorResult> {
  const result = await checkCode(userId, code, "enabled", context);
  if (!result.ok) {
    if (result.reason !== "not_enabled") await audit("auth.two_factor_failed", userId, context, { reason: result.reason, during: "disable" });
    return result;
  }
  await getPrisma().user.update({ where: { id: userId }, data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null } });
  await audit("auth.two_factor_disabled", userId, context);
  return result;
}

/**
 * A platform operator turns two-factor off for a user who lost their authenticator (no code
 * needed: the caller has checked the operator and their second factor). Returns false when it
 * was not on. Logged as auth.two_factor_disabled with the operator as actor.
 */
export async function resetTwoFactor(userId: string, operatorId: string, context: TwoFactorContext = {}): Promise<boolean> {
  const { count } = await getPrisma().user.updateMany({
    where: { id: userId, NOT: { totpEnabledAt: null } },
    data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null },
  });
  if (count !== 1) return false;
  await audit("auth.two_factor_disabled", userId, context, { by: "operator" }, operatorId);
  return true;
}
