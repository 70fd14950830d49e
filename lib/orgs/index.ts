// Organizations and their members, for the signed-in app.
//
//   createOrganization(userId, input, origin)  validates {name, slug}, creates the organization
//                                              with its creator as owner, audits it
//   membershipsOf(userId)                      every organization the user belongs to, with role
//   membershipIn(userId, orgId)                the user's role there, or null
//   organizationOverview(userId, orgId)        the organization and its members, or null when
//                                              the user is not a member
//
// The membership check comes first, then withTenant(orgId) (docs/adr/0008: withTenant trusts
// the id it is given). Listing a user's organizations spans organizations, so it is platform
// work (withPlatform), limited to that user's own memberships.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit, type RequestOrigin } from "../audit";
import { Prisma, type MembershipRole } from "../db/generated/prisma/client";
import { withPlatform, withTenant } from "../tenancy";
import { isUuid } from "../tenancy/roles";

export type { MembershipRole };

export const ORG_NAME_MAX = 100;
export const ORG_SLUG_MIN = 3;
export const ORG_SLUG_MAX = 40;

/** Slugs that would read as the site's own pages. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["admin", "api", "app", "auth", "new", "settings", "sign-in", "sign-out", "www"]);

export type OrgFieldError = "nameRequired" | "nameTooLong" | "slugRequired" | "slugLength" | "slugFormat" | "slugReserved" | "slugTaken";

export interface OrgFieldErrors {
  name?: OrgFieldError;
  slug?: OrgFieldError;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const organizationInput = z.object({
  name: z
    .string({ error: "nameRequired" })
    .trim()
    .min(1, { error: "nameRequired" })
    .max(ORG_NAME_MAX, { error: "nameTooLong" }),
  slug: z
    .string({ error: "slugRequired" })
    .trim()
    .toLowerCase()
    .min(1, { error: "slugRequired" })
    .min(ORG_SLUG_MIN, { error: "slugLength" })
    .max(ORG_SLUG_MAX, { error: "slugLength" })
    .regex(SLUG, { error: "slugFormat" })
    .refine((slug) => !RESERVED_SLUGS.has(slug), { error: "slugReserved" }),
});

export type OrganizationInput = z.infer<typeof organizationInput>;

export function parseOrganizationInput(raw: { name?: unknown; slug?: unknown }):
  | { ok: true; value: OrganizationInput }
  | { ok: false; errors: OrgFieldErrors } {
  const parsed = organizationInput.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: OrgFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "name" || field === "slug") && !errors[field]) errors[field] = issue.message as OrgFieldError;
  }
  return { ok: false, errors };
}

export interface OrganizationSummary {
  id: string;
  name: string;
  slug: string;
  role: MembershipRole;
}

export type CreateOrganizationResult = { ok: true; organization: OrganizationSummary } | { ok: false; errors: OrgFieldErrors };

/** Creates the organization and makes `userId` its owner, in one transaction scoped to it. */
export async function createOrganization(
  userId: string,
  raw: { name?: unknown; slug?: unknown },
  origin: Partial<RequestOrigin> = {},
): Promise<CreateOrganizationResult> {
  const input = parseOrganizationInput(raw);
  if (!input.ok) return input;
  const { name, slug } = input.value;
  const id = randomUUID();
  try {
    await withTenant(id, async (db) => {
      await db.organization.create({ data: { id, name, slug } });
      await db.membership.create({ data: { organizationId: id, userId, role: "owner" } });
      await recordAudit(db, {
        action: "organization.created",
        organizationId: id,
        actorUserId: userId,
        target: `organization:${id}`,
        metadata: { name, slug },
        ...origin,
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, errors: { slug: "slugTaken" } };
    }
    throw error;
  }
  return { ok: true, organization: { id, name, slug, role: "owner" } };
}

/** The user's organizations, by name. */
export async function membershipsOf(userId: string): Promise<OrganizationSummary[]> {
  const rows = await withPlatform((db) =>
    db.membership.findMany({
      where: { userId },
      select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
      orderBy: [{ organization: { name: "asc" } }, { createdAt: "asc" }],
    }),
  );
  return rows.map((m) => ({ ...m.organization, role: m.role }));
}


/** The user's role in the organization, or null when they are not a member (or the id is not one). */
export async function membershipIn(userId: string, orgId: unknown): Promise<MembershipRole | null> {
  if (typeof orgId !== "string" || !isUuid(orgId)) return null;
  const membership = await withPlatform((db) =>
    db.membership.findUnique({ where: { organizationId_userId: { organizationId: orgId, userId } }, select: { role: true } }),
  );
  return membership?.role ?? null;
}

export interface OrganizationOverview extends OrganizationSummary {
  members: { userId: string; email: string; name: string | null; role: MembershipRole }[];
}

/** The organization and its members, read inside the organization's scope; null for non-members. */
export async function organizationOverview(userId: string, orgId: string): Promise<OrganizationOverview | null> {
  const role = await membershipIn(userId, orgId);
  if (!role) return null;
  return withTenant(orgId, async (db) => {
    const org = await db.organization.findUnique({ where: { id: orgId }, select: { id: true, name: true, slug: true } });
    if (!org) return null;
    const members = await db.membership.findMany({
      where: { organizationId: orgId },
      select: { role: true, userId: true, user: { select: { email: true, name: true } } },
      orderBy: { createdAt: "asc" },
    });
    return {
      ...org,
      role,
      members: members.map((m) => ({ userId: m.userId, email: m.user.email, name: m.user.name, role: m.role })),
    };
  });
}

/** Every organization, for platform operators (/admin). */
export async function allOrganizations(): Promise<{ id: string; name: string; slug: string; createdAt: Date; members: number }[]> {
  const rows = await withPlatform((db) =>
    db.organization.findMany({
      select: { id: true, name: true, slug: true, createdAt: true, _count: { select: { memberships: true } } },
      orderBy: { createdAt: "desc" },
    }),
  );
  return rows.map(({ _count, ...org }) => ({ ...org, members: _count.memberships }));
}
