// Changing who is in an organization and with which role. Every change keeps at least one
// owner: the last owner can neither leave, be removed, nor be demoted, only hand over.
import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { seatsChanged } from "@/lib/billing/seats";
import { withTenant, type TenantDb } from "@/lib/tenancy";
import { actorRole } from "./actor";
import { MembersError } from "./errors";
import type { Actor } from "./invitations";
import { isRole, mayAssign, type Role } from "./roles";

export interface Member {
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  since: Date;
}

export async function listMembers(organizationId: string): Promise<Member[]> {
  const rows = await withTenant(organizationId, (db) =>
    db.membership.findMany({ include: { user: { select: { email: true, name: true } } }, orderBy: { createdAt: "asc" } }),
  );
  return rows.map((m) => ({ userId: m.userId, email: m.user.email, name: m.user.name, role: m.role as Role, since: m.createdAt }));
}

async function membershipOf(db: TenantDb, userId: string) {
  const found = await db.membership.findFirst({ where: { userId } });
  if (!found) throw new MembersError("not_member", "That person is not a member of this organization.");
  return { ...found, role: found.role as Role };
}

async function assertAnotherOwner(db: TenantDb, userId: string) {
  const others = await db.membership.count({ where: { role: "owner", userId: { not: userId } } });
  if (others === 0) throw new MembersError("last_owner", "An organization needs an owner: make someone else owner first.");
}

export async function changeRole(organizationId: string, actor: Actor, userId: string, role: string, origin: Partial<RequestOrigin> = {}): Promise<void> {
  if (!isRole(role)) throw new MembersError("invalid_role", `"${role}" is not a role: owner, admin, analyst or viewer.`);
  await withTenant(organizationId, async (db) => {
    const mine = await actorRole(db, actor);
    const target = await membershipOf(db, userId);
    if (!mayAssign(mine, role) || !mayAssign(mine, target.role)) {
      throw new MembersError("forbidden", target.role === "owner" || role === "owner" ? "Only an owner can change an owner's role or make an owner." : "Only owners and admins can change roles.");
    }
    if (target.role === "owner" && role !== "owner") await assertAnotherOwner(db, userId);
    if (target.role === role) return; // nothing changes, nothing to record
    await db.membership.update({ where: { id: target.id }, data: { role } });
    await recordAudit(db, {
      action: "member.role_changed",
      organizationId,
      actorUserId: actor.userId,
      target: `user:${userId}`,
      metadata: { from: target.role, to: role },
      ...origin,
    });
  });
}

export async function removeMember(organizationId: string, actor: Actor, userId: string, origin: Partial<RequestOrigin> = {}): Promise<void> {
  await withTenant(organizationId, async (db) => {
    const mine = await actorRole(db, actor);
    const target = await membershipOf(db, userId);
    if (userId !== actor.userId && !mayAssign(mine, target.role)) {
      throw new MembersError("forbidden", target.role === "owner" ? "Only an owner can remove an owner." : "Only owners and admins can remove members.");
    }
    if (target.role === "owner") await assertAnotherOwner(db, userId);
    await db.membership.delete({ where: { id: target.id } });
    const left = userId === actor.userId;
    await recordAudit(db, {
      action: left ? "member.left" : "member.removed",
      organizationId,
      actorUserId: actor.userId,
      target: `user:${userId}`,
      metadata: { role: target.role },
      ...origin,
    });
  });
  await seatsChanged(organizationId); // the subscription's seats follow the members (prorated)
}

/** The signed-in member leaves (the last owner must hand over first). */
export function leaveOrganization(organizationId: string, actor: Actor, origin: Partial<RequestOrigin> = {}): Promise<void> {
  return removeMember(organizationId, actor, actor.userId, origin);
}

/** An owner makes another member owner and becomes an admin. */
export async function transferOwnership(organizationId: string, actor: Actor, toUserId: string, origin: Partial<RequestOrigin> = {}): Promise<void> {
  await withTenant(organizationId, async (db) => {
    if ((await actorRole(db, actor)) !== "owner") throw new MembersError("forbidden", "Only an owner can hand over ownership.");
    if (toUserId === actor.userId) return; // handing it to yourself changes nothing (and must not demote you)
    const from = await membershipOf(db, actor.userId);
    const to = await membershipOf(db, toUserId);
    await db.membership.update({ where: { id: to.id }, data: { role: "owner" } });
    await db.membership.update({ where: { id: from.id }, data: { role: "admin" } });
    await recordAudit(db, {
      action: "organization.ownership_transferred",
      organizationId,
      actorUserId: actor.userId,
      target: `user:${toUserId}`,
      metadata: { from: actor.userId, to: toUserId, previousRole: to.role },
      ...origin,
    });
  });
}
