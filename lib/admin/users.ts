// Users as operators see them (/admin/users): who they are, their organizations and roles,
// whether they are operators and use two-factor, and when they last signed in. Users span
// organizations, so this reads on the platform path (withPlatform, ADR 8).
import type { MembershipRole } from "../db/generated/prisma/client";
import { withPlatform } from "../tenancy";

export const ADMIN_USERS_PAGE_SIZE = 50;

export interface AdminUser {
  id: string;
  email: string;
  name: string | null;
  isPlatformOperator: boolean;
  twoFactorEnabled: boolean;
  createdAt: Date;
  organizations: { id: string; name: string; slug: string; role: MembershipRole }[];
  /** The latest of: a logged sign-in, a session opened. Null when neither is known. */
  lastSignInAt: Date | null;
  /** The last request seen on any of the user's live sessions. */
  lastActiveAt: Date | null;
}

export interface AdminUserPage {
  users: AdminUser[];
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  hasNext: boolean;
}

/** A search by part of an email address (case-insensitive), trimmed and bounded; "" lists everyone. */
export function normalizeEmailQuery(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase().slice(0, 254) : "";
}

/** A page number from the address: a positive integer, else 1. */
export function parsePage(value: unknown): number {
  const n = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return n >= 1 ? n : 1;
}

const latest = (...dates: (Date | null | undefined)[]): Date | null =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);

/** Users whose email contains `query` (and, with `organization`, members of the organization with that slug), by email, one page at a time. */
export async function listUsers(options: { query?: string; organization?: string; page?: number; pageSize?: number } = {}): Promise<AdminUserPage> {
  const query = normalizeEmailQuery(options.query);
  const organization = typeof options.organization === "string" ? options.organization.trim().slice(0, 100) : "";
  const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? ADMIN_USERS_PAGE_SIZE), 1), 200);
  const page = Math.max(Math.trunc(options.page ?? 1), 1);
  const where = {
    ...(query ? { email: { contains: query, mode: "insensitive" as const } } : {}),
    ...(organization ? { memberships: { some: { organization: { slug: organization } } } } : {}),
  };
  return withPlatform(async (db) => {
    const [total, rows] = await Promise.all([
      db.user.count({ where }),
      db.user.findMany({
        where,
        orderBy: [{ email: "asc" }, { id: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
        select: {
          id: true,
          email: true,
          name: true,
          isPlatformOperator: true,
          totpEnabledAt: true,
          createdAt: true,
          memberships: {
            select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
            orderBy: { organization: { name: "asc" } },
          },
          sessions: { select: { createdAt: true, lastActiveAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
        },
      }),
    ]);
    const ids = rows.map((r) => r.id);
    const signIns = ids.length
      ? await db.auditLog.groupBy({ by: ["actorUserId"], where: { action: "auth.sign_in", actorUserId: { in: ids } }, _max: { createdAt: true } })
      : [];
    const lastLogged = new Map(signIns.map((s) => [s.actorUserId, s._max.createdAt]));
    const active = ids.length
      ? await db.session.groupBy({ by: ["userId"], where: { userId: { in: ids } }, _max: { lastActiveAt: true } })
      : [];
    const lastActive = new Map(active.map((s) => [s.userId, s._max.lastActiveAt]));
    const users = rows.map(
      (r): AdminUser => ({
        id: r.id,
        email: r.email,
        name: r.name,
        isPlatformOperator: r.isPlatformOperator,
        twoFactorEnabled: r.totpEnabledAt !== null,
        createdAt: r.createdAt,
        organizations: r.memberships.map((m) => ({ ...m.organization, role: m.role })),
        lastSignInAt: latest(lastLogged.get(r.id), r.sessions[0]?.createdAt),
        lastActiveAt: lastActive.get(r.id) ?? null,
      }),
    );
    return { users, page, pageSize, total, hasNext: page * pageSize < total };
  });
}
