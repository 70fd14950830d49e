import type { TenantDb } from "@/lib/tenancy";
import { MembersError } from "./errors";
import type { Role } from "./roles";

/** The actor's role in the organization of the transaction; not a member means no right at all. */
export async function actorRole(db: TenantDb, actor: { userId: string }): Promise<Role> {
  const membership = await db.membership.findFirst({ where: { userId: actor.userId }, select: { role: true } });
  if (!membership) throw new MembersError("forbidden", "You are not a member of this organization.");
  return membership.role as Role;
}
