// Audit entries for changes to an organization's SSO and security settings, written with the
// organization, the actor and where the request came from, like every other change (lib/audit).
// Metadata names what changed and never carries a secret: an OIDC client secret is recorded only
// as "replaced" or not.
import { AUDIT_ACTIONS, recordAudit, type AuditAction, type RequestOrigin } from "@/lib/audit";
import type { Prisma } from "@/lib/db/generated/prisma/client";
import type { TenantDb } from "@/lib/tenancy";

export type SsoAuditAction = Extract<AuditAction, `sso.${string}` | "org.idle_timeout_changed">;

/** The audit actions of SSO and security settings, as lib/audit lists them. */
export const SSO_AUDIT_ACTIONS: readonly SsoAuditAction[] = AUDIT_ACTIONS.filter(
  (action): action is SsoAuditAction => action.startsWith("sso.") || action === "org.idle_timeout_changed",
);

export function recordSsoAudit(
  db: TenantDb,
  organizationId: string,
  actorUserId: string,
  action: SsoAuditAction,
  details: { target?: string; metadata?: Prisma.InputJsonObject } = {},
  origin: Partial<RequestOrigin> = {},
): Promise<void> {
  return recordAudit(db, { action, organizationId, actorUserId, target: details.target ?? `organization:${organizationId}`, metadata: details.metadata, ...origin });
}
