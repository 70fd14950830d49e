// Reading an organization's audit log: filtered, newest first, a page at a time, and as CSV for
// export. Everything runs inside withTenant, so only the organization's own entries exist here;
// the caller checks that the reader may ("audit.read", lib/members) before calling.
import { withTenant } from "../tenancy";

export interface AuditFilter {
  action?: string | null;
  /** Inclusive start and exclusive end of the period (UTC). */
  from?: Date | null;
  to?: Date | null;
}

export interface AuditEntry {
  id: string;
  at: Date;
  action: string;
  actorUserId: string | null;
  /** The actor's email while they are a member; null for a former member or the system. */
  actorEmail: string | null;
  target: string | null;
  ip: string | null;
  userAgent: string | null;
  metadata: unknown;
}

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_MAX = 10_000;

/** `before` is the id of the last entry of the previous page (the log only grows, so ids page it). */
export async function listAuditEntries(
  organizationId: string,
  filter: AuditFilter,
  options: { limit?: number; before?: string | null } = {},
): Promise<{ entries: AuditEntry[]; nextBefore: string | null }> {
  const limit = options.limit ?? AUDIT_PAGE_SIZE;
  const before = options.before && /^\d{1,19}$/.test(options.before) ? BigInt(options.before) : null;
  return withTenant(organizationId, async (db) => {
    const rows = await db.auditLog.findMany({
      where: {
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
        ...(before !== null ? { id: { lt: before } } : {}),
      },
      orderBy: { id: "desc" },
      take: limit + 1,
    });
    const page = rows.slice(0, limit);
    const actorIds = [...new Set(page.map((r) => r.actorUserId).filter((id): id is string => id !== null))];
    const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
    const emails = new Map(actors.map((a) => [a.id, a.email]));
    return {
      entries: page.map((r) => ({
        id: r.id.toString(),
        at: r.createdAt,
        action: r.action,
        actorUserId: r.actorUserId,
        actorEmail: r.actorUserId ? (emails.get(r.actorUserId) ?? null) : null,
        target: r.target,
        ip: r.ip,
        userAgent: r.userAgent,
        metadata: r.metadata,
      })),
      nextBefore: rows.length > limit ? page[page.length - 1]!.id.toString() : null,
    };
  });
}

/** The actions that occur in the organization's log, for the filter's choices. */
export async function auditActionsInUse(organizationId: string): Promise<string[]> {
  const rows = await withTenant(organizationId, (db) => db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }));
  return rows.map((r) => r.action);
}

const CSV_COLUMNS = ["time", "action", "actor_user_id", "actor_email", "target", "ip", "user_agent", "details"] as const;

/**
 * One CSV cell: quoted, quotes doubled, and a leading = + - @ tab or CR defused with an
 * apostrophe, so a spreadsheet opening the export runs no formula from a logged value.
 */
function cell(value: string | null): string {
  const text = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const e of entries) {
    lines.push(
      [e.at.toISOString(), e.action, e.actorUserId, e.actorEmail, e.target, e.ip, e.userAgent, e.metadata === null || e.metadata === undefined ? null : JSON.stringify(e.metadata)]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Parses the filter of the page's form or the export's query string; bad dates are ignored. */
export function parseAuditFilter(params: { action?: string | null; from?: string | null; to?: string | null }): AuditFilter {
  const day = (value: string | null | undefined, plusDays = 0) => {
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? null : new Date(date.getTime() + plusDays * 86_400_000);
  };
  const action = params.action?.trim();
  return { action: action && /^[a-z_.]{1,64}$/.test(action) ? action : null, from: day(params.from), to: day(params.to, 1) };
}
