// Who an organization's identity provider may sign in: only addresses at the email domains the
// organization has verified (docs/adr/0013). An IdP can assert any address it likes; without
// this rule an organization's admin could sign in as anyone's account on this site by making
// their IdP assert that person's email. Those admitted become members (viewer) on first sign-in.
import { recordAudit, type RequestOrigin } from "../audit";
import { mayUse } from "../billing/entitlements";
import { seatsChanged } from "../billing/seats";
import { withPlatform, withTenant } from "../tenancy";

export class SsoIdentityError extends Error {
  constructor(
    readonly code: "no_connection" | "no_email" | "unverified_email" | "domain_not_claimed",
    message: string,
  ) {
    super(message);
    this.name = "SsoIdentityError";
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The address the IdP asserted, checked; throws SsoIdentityError saying why it cannot sign in here. */
export async function admitSsoEmail(organizationId: string, asserted: unknown, options: { emailVerified?: unknown } = {}): Promise<string> {
  if (typeof asserted !== "string" || !EMAIL.test(asserted.trim())) {
    throw new SsoIdentityError("no_email", "The identity provider did not send an email address for this account.");
  }
  if (options.emailVerified === false || options.emailVerified === "false") {
    throw new SsoIdentityError("unverified_email", "The identity provider says this account's email address is not verified.");
  }
  const email = asserted.trim().toLowerCase();
  const domain = email.split("@").pop()!;
  const claimed = await withTenant(organizationId, (db) =>
    db.organizationDomain.findFirst({ where: { domain, verifiedAt: { not: null } }, select: { id: true } }),
  );
  if (!claimed) {
    throw new SsoIdentityError("domain_not_claimed", `${domain} is not one of the organization's verified email domains, so its identity provider cannot sign in ${email}.`);
  }
  return email;
}

/**
 * Makes the user a viewer of the organization if they are not a member yet (just-in-time
 * membership); the subscription's seats then follow, as for an accepted invitation. (SSO is an
 * Enterprise feature, whose seats are not capped.)
 */
export async function joinBySso(organizationId: string, userId: string, origin: Partial<RequestOrigin> = {}): Promise<boolean> {
  const joined = await withTenant(organizationId, async (db) => {
    if (await db.membership.findFirst({ where: { userId }, select: { id: true } })) return false;
    await db.membership.create({ data: { organizationId, userId, role: "viewer" } });
    await recordAudit(db, { action: "member.joined", organizationId, actorUserId: userId, target: `user:${userId}`, metadata: { role: "viewer", via: "sso" }, ...origin });
    return true;
  });
  if (joined) await seatsChanged(organizationId);
  return joined;
}

export interface SsoRoute {
  organizationId: string;
  organizationName: string;
  kind: "oidc" | "saml";
  /** Whether the organization requires SSO for this address (magic links are refused then). */
  required: boolean;
}

/** The organization identity provider an address signs in through: its domain verified by an organization with an enabled connection. */
export async function ssoRouteFor(email: string): Promise<SsoRoute | null> {
  const domain = email.trim().toLowerCase().split("@").pop();
  if (!domain) return null;
  const row = await withPlatform((db) =>
    db.organizationDomain.findFirst({
      where: { domain, verifiedAt: { not: null } },
      select: {
        organization: {
          select: { id: true, name: true, requireSso: true, ssoConnections: { where: { enabled: true }, select: { kind: true }, orderBy: { updatedAt: "desc" } } },
        },
      },
    }),
  );
  const org = row?.organization;
  const connection = org?.ssoConnections[0];
  if (!org || !connection) return null;
  // Single sign-on is a plan feature: without it, the organization's people sign in by email.
  if (!(await mayUse(org.id, connection.kind === "saml" ? "saml" : "sso"))) return null;
  return { organizationId: org.id, organizationName: org.name, kind: connection.kind, required: org.requireSso };
}
