// Email domains an organization claims, and SSO enforcement: once an organization that requires
// SSO has verified a domain, everyone with an email there must sign in through its identity
// provider, and sessions they opened another way are ended.
import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { mayUse } from "@/lib/billing/entitlements";
import { withPlatform, withTenant } from "@/lib/tenancy";
import { actorRole, can, MembersError } from "@/lib/members";

export class DomainClaimError extends Error {
  constructor(
    readonly code: "invalid_domain" | "not_proved" | "public_domain" | "claimed_elsewhere" | "no_sso" | "no_domain" | "not_claimed",
    message: string,
  ) {
    super(message);
    this.name = "DomainClaimError";
  }
}

// Mail providers anyone can sign up with: owning an address there proves nothing about an organization.
const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
  "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.net", "mail.com", "zoho.com", "yandex.com",
]);
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const domainOf = (email: string) => email.trim().toLowerCase().split("@").pop() ?? "";

async function assertMayManageSso(organizationId: string, actorUserId: string) {
  await withTenant(organizationId, async (db) => {
    if (!can(await actorRole(db, { userId: actorUserId }), "sso.manage")) throw new MembersError("forbidden", "Only owners and admins can manage SSO.");
  });
}

/**
 * Claims `domain` for the organization, proved by the actor's own verified email at that domain.
 */
export async function claimDomain(
  organizationId: string,
  actor: { userId: string; email: string; emailVerified: Date | null },
  domain: string,
): Promise<{ domain: string; verifiedAt: Date }> {
  const name = domain.trim().toLowerCase().replace(/^@/, "");
  if (!DOMAIN.test(name)) throw new DomainClaimError("invalid_domain", `"${domain}" is not a domain name like example.org.`);
  if (PUBLIC_MAIL_DOMAINS.has(name)) throw new DomainClaimError("public_domain", `${name} is a public mail provider; only an organization's own domain can be claimed.`);
  if (!actor.emailVerified || domainOf(actor.email) !== name) {
    throw new DomainClaimError("not_proved", `To claim ${name}, sign in with a verified email address at ${name}.`);
  }
  await assertMayManageSso(organizationId, actor.userId);
  // The domain is unique across organizations, whose rows this organization cannot see.
  const taken = await withPlatform((db) => db.organizationDomain.findUnique({ where: { domain: name }, select: { organizationId: true, verifiedAt: true } }));
  if (taken && taken.organizationId !== organizationId) throw new DomainClaimError("claimed_elsewhere", `${name} is already claimed by another organization.`);
  const row = await withTenant(organizationId, (db) =>
    db.organizationDomain.upsert({ where: { domain: name }, create: { organizationId, domain: name, verifiedAt: new Date() }, update: { verifiedAt: taken?.verifiedAt ?? new Date() } }),
  );
  return { domain: row.domain, verifiedAt: row.verifiedAt! };
}

/**
 * Turns SSO enforcement on or off. On needs an enabled SSO connection and a verified domain,
 * and ends the sessions of the people with an email at those domains that were not opened
 * through this organization's identity provider, so that they come back through it. Returns how
 * many sessions were ended.
 */
export async function setSsoRequired(organizationId: string, actorUserId: string, required: boolean): Promise<{ endedSessions: number }> {
  await assertMayManageSso(organizationId, actorUserId);
  const domains = await withTenant(organizationId, async (db) => {
    if (required) {
      if (!(await db.ssoConnection.count({ where: { enabled: true } }))) {
        throw new DomainClaimError("no_sso", "Set up and enable an identity provider (OIDC or SAML) before requiring SSO.");
      }
    }
    const verified = await db.organizationDomain.findMany({ where: { verifiedAt: { not: null } }, select: { domain: true } });
    if (required && verified.length === 0) throw new DomainClaimError("no_domain", "Claim your email domain before requiring SSO.");
    await db.organization.update({ where: { id: organizationId }, data: { requireSso: required } });
    return verified.map((d) => d.domain);
  });
  if (!required) return { endedSessions: 0 };
  const ended = await withPlatform((db) =>
    db.session.deleteMany({
      where: {
        user: { OR: domains.map((d) => ({ email: { endsWith: `@${d}`, mode: "insensitive" as const } })) },
        // Sessions opened through this organization's own identity provider stay.
        NOT: { authMethod: { in: ["oidc", "saml"] }, ssoOrganizationId: organizationId },
      },
    }),
  );
  return { endedSessions: ended.count };
}

/** The organization whose identity provider `email` must sign in through, or null. */
export async function ssoRequiredFor(email: string): Promise<{ organizationId: string; slug: string } | null> {
  const domain = domainOf(email);
  if (!domain) return null;
  const row = await withPlatform((db) =>
    db.organizationDomain.findFirst({
      where: { domain, verifiedAt: { not: null }, organization: { requireSso: true } },
      select: { organization: { select: { id: true, slug: true } } },
    }),
  );
  if (!row) return null;
  // An organization whose plan no longer includes SSO cannot hold its people to it.
  if (!(await mayUse(row.organization.id, "sso"))) return null;
  return { organizationId: row.organization.id, slug: row.organization.slug };
}

/**
 * Gives up a claimed domain, recorded in the audit log ("sso.domain_removed"). Removing the last
 * verified domain turns SSO enforcement off (recorded as "sso.required_off"): with no domain
 * there is nobody it could apply to, and it must not switch itself back on at the next claim.
 */
export async function removeDomain(
  organizationId: string,
  actorUserId: string,
  domain: string,
  origin: Partial<RequestOrigin> = {},
): Promise<{ domain: string; ssoRequiredTurnedOff: boolean }> {
  const name = domain.trim().toLowerCase().replace(/^@/, "");
  return withTenant(organizationId, async (db) => {
    if (!can(await actorRole(db, { userId: actorUserId }), "sso.manage")) throw new MembersError("forbidden", "Only owners and admins can manage SSO.");
    const row = await db.organizationDomain.findFirst({ where: { domain: name } });
    if (!row) throw new DomainClaimError("not_claimed", `${name || domain} is not a domain of this organization.`);
    await db.organizationDomain.delete({ where: { id: row.id } });
    await recordAudit(db, { action: "sso.domain_removed", organizationId, actorUserId, target: `domain:${name}`, ...origin });
    const remaining = await db.organizationDomain.count({ where: { verifiedAt: { not: null } } });
    const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { requireSso: true } });
    if (remaining > 0 || !org.requireSso) return { domain: name, ssoRequiredTurnedOff: false };
    await db.organization.update({ where: { id: organizationId }, data: { requireSso: false } });
    await recordAudit(db, { action: "sso.required_off", organizationId, actorUserId, target: `organization:${organizationId}`, metadata: { reason: "no_verified_domain" }, ...origin });
    return { domain: name, ssoRequiredTurnedOff: true };
  });
}
