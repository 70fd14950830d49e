// Database sessions (Auth.js "database" strategy): a session is a row in `sessions`, and the
// cookie holds its token. The proxy looks the token up here directly (without Auth.js), only for
// private paths.
import { getPrisma } from "../db/client";

export interface SessionUser {
  userId: string;
  isPlatformOperator: boolean;
}

// Auth.js's tokens are UUIDs or 64 hex characters; anything wildly different is not worth a query.
export const SESSION_TOKEN = /^[A-Za-z0-9._-]{16,200}$/;

/** The user of an unexpired session with this token, or null (no token, forged, expired, ended). */
export async function userOfSession(token: string | undefined | null, now: Date = new Date()): Promise<SessionUser | null> {
  if (!token || !SESSION_TOKEN.test(token)) return null;
  const session = await getPrisma().session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, user: { select: { id: true, isPlatformOperator: true } } },
  });
  if (!session || session.expires <= now) return null;
  return { userId: session.user.id, isPlatformOperator: session.user.isPlatformOperator };
}

/** Ends every session of the user except `keepToken` (the one making the request); returns how many. */
export async function endOtherSessions(userId: string, keepToken: string | undefined): Promise<number> {
  const { count } = await getPrisma().session.deleteMany({
    where: { userId, ...(keepToken ? { NOT: { sessionToken: keepToken } } : {}) },
  });
  return count;
}

/** Ends every session of the user; returns how many. */
export async function endAllSessions(userId: string): Promise<number> {
  const { count } = await getPrisma().session.deleteMany({ where: { userId } });
  return count;
}

/** Whether the user is a platform operator (may use /admin). */
export async function isPlatformOperator(userId: string): Promise<boolean> {
  const user = await getPrisma().user.findUnique({ where: { id: userId }, select: { isPlatformOperator: true } });
  return user?.isPlatformOperator ?? false;
}

/** Records that this session's holder has just entered a valid TOTP code (two-factor passed). */
export async function markSecondFactor(sessionToken: string, at: Date = new Date()): Promise<boolean> {
  const { count } = await getPrisma().session.updateMany({ where: { sessionToken }, data: { secondFactorAt: at } });
  return count === 1;
}

export interface SessionDetails {
  token: string;
  userId: string;
  authMethod: string;
  ssoOrganizationId: string | null;
  secondFactorAt: Date | null;
  totpEnabled: boolean;
  isPlatformOperator: boolean;
}

/** What is known of the session with this token (for pages that need more than the user). */
export async function sessionDetails(token: string | undefined | null, now: Date = new Date()): Promise<SessionDetails | null> {
  if (!token || !SESSION_TOKEN.test(token)) return null;
  const row = await getPrisma().session.findUnique({
    where: { sessionToken: token },
    select: {
      expires: true,
      authMethod: true,
      ssoOrganizationId: true,
      secondFactorAt: true,
      user: { select: { id: true, isPlatformOperator: true, totpEnabledAt: true } },
    },
  });
  if (!row || row.expires <= now) return null;
  return {
    token,
    userId: row.user.id,
    authMethod: row.authMethod,
    ssoOrganizationId: row.ssoOrganizationId,
    secondFactorAt: row.secondFactorAt,
    totpEnabled: row.user.totpEnabledAt !== null,
    isPlatformOperator: row.user.isPlatformOperator,
  };
}
