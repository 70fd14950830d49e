// The proxy's check of a session on every private request (docs/adr/0013): unexpired; not idle
// longer than the strictest idle timeout of the user's organizations; opened through the
// organization's identity provider when that organization requires SSO for the user's email
// domain; and, for users with two-factor on, past the TOTP code. A session that fails the first
// three is deleted (the person is signed out); one waiting for its code is kept.
import { entitlementsIn, includes } from "../billing/entitlements";
import { withPlatform, type PlatformDb } from "../tenancy";

/** Whether the organization's plan still includes SSO (a lapsed plan lifts its enforcement). */
const includesSso = async (db: PlatformDb, organizationId: string, now: Date) => includes(await entitlementsIn(db, organizationId, now), "sso");
import { SESSION_TOKEN, type SessionUser } from "./sessions";

export type SessionState =
  | { status: "active"; user: SessionUser }
  | { status: "twoFactor"; user: SessionUser }
  | { status: "ended"; reason: "idle" | "ssoRequired" }
  | { status: "none" };


/** Last use is written at most this often, so busy sessions do not write on every request. */
export const LAST_ACTIVE_PRECISION_MS = 60_000;

const domainOf = (email: string) => email.trim().toLowerCase().split("@").pop() ?? "";

export async function checkSession(token: string | undefined | null, now: Date = new Date()): Promise<SessionState> {
  if (!token || !SESSION_TOKEN.test(token)) return { status: "none" };
  // The platform role: the organizations' settings and domains are under forced row-level security.
  return withPlatform((db) => check(db, token, now));
}

async function check(prisma: PlatformDb, token: string, now: Date): Promise<SessionState> {
  const session = await prisma.session.findUnique({
    where: { sessionToken: token },
    select: {
      expires: true,
      authMethod: true,
      ssoOrganizationId: true,
      lastActiveAt: true,
      secondFactorAt: true,
      user: {
        select: {
          id: true,
          email: true,
          isPlatformOperator: true,
          totpEnabledAt: true,
          memberships: { select: { organization: { select: { idleTimeoutMinutes: true } } } },
        },
      },
    },
  });
  if (!session || session.expires <= now) return { status: "none" };
  const { user } = session;

  const timeouts = user.memberships.map((m) => m.organization.idleTimeoutMinutes).filter((m) => m > 0);
  if (timeouts.length && now.getTime() - session.lastActiveAt.getTime() > Math.min(...timeouts) * 60_000) {
    await prisma.session.deleteMany({ where: { sessionToken: token } });
    return { status: "ended", reason: "idle" };
  }

  const enforcing = await prisma.organizationDomain.findFirst({
    where: { domain: domainOf(user.email), verifiedAt: { not: null }, organization: { requireSso: true } },
    select: { organizationId: true },
  });
  const throughItsSso = session.authMethod !== "email" && session.ssoOrganizationId === enforcing?.organizationId;
  if (enforcing && !throughItsSso && (await includesSso(prisma, enforcing.organizationId, now))) {
    await prisma.session.deleteMany({ where: { sessionToken: token } });
    return { status: "ended", reason: "ssoRequired" };
  }

  if (now.getTime() - session.lastActiveAt.getTime() >= LAST_ACTIVE_PRECISION_MS) {
    await prisma.session.updateMany({ where: { sessionToken: token }, data: { lastActiveAt: now } });
  }
  const sessionUser = { userId: user.id, isPlatformOperator: user.isPlatformOperator };
  if (user.totpEnabledAt && !session.secondFactorAt) return { status: "twoFactor", user: sessionUser };
  return { status: "active", user: sessionUser };
}
