// The audit log (audit_log): an append-only record of security-relevant events — who (the
// actor), what (action, target, details), when, and from where (IP address, user agent). The
// database refuses UPDATE and DELETE on it for every role (docs/adr/0008); this module only
// appends.
//
//   recordAudit(db, event)        inside a transaction you already hold: withTenant(orgId, …)
//                                 for an organization's events (the row must carry that
//                                 organization), withPlatform(…) for events outside one
//   recordPlatformAudit(event)    an event outside any organization (sign-in, sign-out), in its
//                                 own platform transaction
//   requestOrigin(headers)        the IP address and user agent of a request
import { clientAddress } from "../feedback/rate-limit";
import type { Prisma } from "../db/generated/prisma/client";
import { withPlatform, type PlatformDb, type TenantDb } from "../tenancy";

export const AUDIT_ACTIONS = [
  "auth.sign_in_link_requested",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "auth.sign_out_everywhere",
  "auth.two_factor_enabled",
  "auth.two_factor_disabled",
  "auth.two_factor_failed",
  "auth.two_factor_passed",
  "organization.created",
  "organization.ownership_transferred",
  "member.invited",
  "member.invitation_revoked",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "member.left",
  "audit.exported",
  "sso.oidc_saved",
  "sso.oidc_removed",
  "sso.saml_saved",
  "sso.saml_removed",
  "sso.domain_claimed",
  "sso.domain_removed",
  "sso.required_on",
  "sso.required_off",
  "org.idle_timeout_changed",
  "billing.checkout_started",
  "billing.plan_changed",
  "billing.subscription_status_changed",
  "billing.seats_changed",
  "billing.invoice_paid",
  "billing.payment_failed",
  "billing.customer_updated",
  "billing.downgraded",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEvent extends Partial<RequestOrigin> {
  action: AuditAction;
  actorUserId?: string | null;
  organizationId?: string | null;
  /** What the action was about: "user:<id>", "organization:<id>", an email address. */
  target?: string | null;
  metadata?: Prisma.InputJsonObject;
}

const MAX_USER_AGENT = 512;

export function requestOrigin(headers: Pick<Headers, "get"> | null | undefined): RequestOrigin {
  if (!headers) return { ip: null, userAgent: null };
  const userAgent = headers.get("user-agent")?.slice(0, MAX_USER_AGENT) || null;
  return { ip: clientAddress(headers as Headers), userAgent };
}

export async function recordAudit(db: TenantDb | PlatformDb, event: AuditEvent): Promise<void> {
  await db.auditLog.create({
    data: {
      action: event.action,
      actorUserId: event.actorUserId ?? null,
      organizationId: event.organizationId ?? null,
      target: event.target ?? null,
      ip: event.ip ?? null,
      userAgent: event.userAgent ?? null,
      metadata: event.metadata,
    },
  });
}

export async function recordPlatformAudit(event: Omit<AuditEvent, "organizationId">): Promise<void> {
  await withPlatform((db) => recordAudit(db, { ...event, organizationId: null }));
}

export { listAuditEntries, auditActionsInUse, auditCsv, parseAuditFilter, AUDIT_PAGE_SIZE, AUDIT_EXPORT_MAX, type AuditEntry, type AuditFilter } from "./log";
