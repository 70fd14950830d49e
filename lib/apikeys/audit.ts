// Audit rows for API key events (issue 5, point 5), appended inside the same
// tenant transaction as the change itself: the event is recorded if and only if
// the change is committed. The app role may only insert its organization's rows.
import { normalizeAddress } from "../feedback/rate-limit";
import type { TenantDb } from "../tenancy";
import type { Prisma } from "../db/generated/prisma/client";

/** Who did it and from where; every field optional (the CLI has no user or address). */
export interface AuditContext {
  actorUserId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export type ApiKeyAuditAction = "api_key.created" | "api_key.revoked";

export async function appendApiKeyAudit(
  db: TenantDb,
  organizationId: string,
  action: ApiKeyAuditAction,
  key: { id: string; prefix: string },
  context: AuditContext,
  metadata: Prisma.InputJsonObject,
): Promise<void> {
  await db.auditLog.create({
    data: {
      organizationId,
      actorUserId: context.actorUserId ?? null,
      action,
      target: key.prefix,
      // audit_log.ip is inet: anything that is not an address is dropped rather than failing the change.
      ip: context.ip ? normalizeAddress(context.ip) : null,
      userAgent: context.userAgent?.slice(0, 512) ?? null,
      metadata: { keyId: key.id, ...metadata },
    },
  });
}
