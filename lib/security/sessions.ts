// A user's own sessions, for /app/security: how each was opened, when, and when last used. The
// sessions table keeps no device or user agent, so none is shown. Identity rows (ADR 8): the
// owner's connection, as lib/auth/sessions does.
import { getPrisma } from "../db/client";

export interface OwnSession {
  /** Which one is this browser's (never the token itself: pages must not print it). */
  current: boolean;
  authMethod: string;
  createdAt: Date;
  lastActiveAt: Date;
  expires: Date;
  secondFactorAt: Date | null;
}

/** The user's unexpired sessions, most recently active first. */
export async function listOwnSessions(userId: string, currentToken: string | undefined, now: Date = new Date()): Promise<OwnSession[]> {
  const rows = await getPrisma().session.findMany({
    where: { userId, expires: { gt: now } },
    select: { sessionToken: true, authMethod: true, createdAt: true, lastActiveAt: true, expires: true, secondFactorAt: true },
    orderBy: [{ lastActiveAt: "desc" }, { createdAt: "desc" }],
  });
  return rows.map(({ sessionToken, ...s }) => ({ ...s, current: sessionToken === currentToken }));
}
