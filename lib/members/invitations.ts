// Invitations by email: a single-use token with an expiry, sent once in the invitation email;
// only its SHA-256 is stored (the token has 256 random bits, so a plain hash cannot be reversed
// or guessed, and looking it up by hash needs no per-row salt).
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit, type RequestOrigin } from "@/lib/audit";
import { assertSeatAvailable, EntitlementError } from "@/lib/billing/entitlements";
import { seatsChanged } from "@/lib/billing/seats";
import { withPlatform, withTenant, type TenantDb } from "@/lib/tenancy";
import { actorRole } from "./actor";
import { MembersError } from "./errors";
import { isRole, mayAssign, type Role } from "./roles";

export const INVITATION_DAYS = 7;

/** Who acts: their role is read from their membership in the same transaction, never taken from the caller. */
export interface Actor {
  userId: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
}

/** The plan's seats (lib/billing), refused as a MembersError so the members page shows it. */
async function assertSeat(db: TenantDb, organizationId: string, options: Parameters<typeof assertSeatAvailable>[2]): Promise<void> {
  try {
    await assertSeatAvailable(db, organizationId, options);
  } catch (error) {
    if (error instanceof EntitlementError) throw new MembersError("seat_limit", error.message);
    throw error;
  }
}

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const email = z.string().trim().toLowerCase().pipe(z.email());

/**
 * Invites `email` to the organization as `role`. Replaces a pending invitation to the same
 * address (its link stops working). Returns the token for the email's link: it is not stored.
 */
export async function inviteMember(
  organizationId: string,
  actor: Actor,
  input: { email: string; role: string },
  now = new Date(),
  origin: Partial<RequestOrigin> = {},
): Promise<{ invitation: PendingInvitation; token: string }> {
  const address = email.safeParse(input.email);
  if (!address.success) throw new MembersError("invalid_email", `"${input.email}" is not an email address.`);
  const role = input.role;
  if (!isRole(role)) throw new MembersError("invalid_role", `"${role}" is not a role: owner, admin, analyst or viewer.`);
  const token = randomBytes(32).toString("base64url");
  const invitation = await withTenant(organizationId, async (db) => {
    if (!mayAssign(await actorRole(db, actor), role)) {
      throw new MembersError("forbidden", role === "owner" ? "Only an owner can invite another owner." : "Only owners and admins can invite members.");
    }
    const member = await db.membership.findFirst({ where: { user: { email: { equals: address.data, mode: "insensitive" } } }, select: { id: true } });
    if (member) throw new MembersError("already_member", `${address.data} is already a member.`);
    await assertSeat(db, organizationId, { replacing: address.data, now });
    await db.invitation.deleteMany({ where: { email: address.data, acceptedAt: null } });
    const created = await db.invitation.create({
      data: {
        organizationId,
        email: address.data,
        role,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        invitedById: actor.userId,
      },
    });
    await recordAudit(db, {
      action: "member.invited",
      organizationId,
      actorUserId: actor.userId,
      target: address.data,
      metadata: { invitationId: created.id, role, expiresAt: created.expiresAt.toISOString() },
      ...origin,
    });
    return created;
  });
  return { invitation: pending(invitation), token };
}

export async function listInvitations(organizationId: string, now = new Date()): Promise<PendingInvitation[]> {
  const rows = await withTenant(organizationId, (db) =>
    db.invitation.findMany({ where: { acceptedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" } }),
  );
  return rows.map(pending);
}

export async function revokeInvitation(organizationId: string, actor: Actor, invitationId: string, origin: Partial<RequestOrigin> = {}): Promise<void> {
  await withTenant(organizationId, async (db) => {
    const invitation = await db.invitation.findFirst({ where: { id: invitationId, acceptedAt: null } });
    if (!invitation) throw new MembersError("invitation_invalid", "That invitation does not exist or was already used.");
    if (!mayAssign(await actorRole(db, actor), invitation.role as Role)) throw new MembersError("forbidden", "Only owners and admins can withdraw invitations.");
    await db.invitation.delete({ where: { id: invitation.id } });
    await recordAudit(db, {
      action: "member.invitation_revoked",
      organizationId,
      actorUserId: actor.userId,
      target: invitation.email,
      metadata: { invitationId: invitation.id, role: invitation.role },
      ...origin,
    });
  });
}

/**
 * Accepts an invitation for a signed-in user whose verified email is the invited one, making
 * them a member with the invited role. The token works once: two tabs accepting at once give
 * one membership and one "already used".
 */
export async function acceptInvitation(
  token: string,
  user: { id: string; email: string; emailVerified: Date | null },
  now = new Date(),
  origin: Partial<RequestOrigin> = {},
): Promise<{ organizationId: string; role: Role }> {
  // The organization is not known until the token is: the one lookup across organizations.
  const found = await withPlatform((db) => db.invitation.findUnique({ where: { tokenHash: hashToken(token) } }));
  if (!found) throw new MembersError("invitation_invalid", "This invitation link is not valid. Ask for a new invitation.");
  if (found.acceptedAt) throw new MembersError("invitation_used", "This invitation has already been used.");
  if (found.expiresAt <= now) throw new MembersError("invitation_expired", "This invitation has expired. Ask for a new one.");
  if (!user.emailVerified || user.email.trim().toLowerCase() !== found.email) {
    throw new MembersError("invitation_other_email", `This invitation is for ${found.email}. Sign in with that address to accept it.`);
  }
  const joined = await withTenant(found.organizationId, async (db) => {
    const claimed = await db.invitation.updateMany({ where: { id: found.id, acceptedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
    if (claimed.count !== 1) throw new MembersError("invitation_used", "This invitation has already been used.");
    const existing = await db.membership.findFirst({ where: { userId: user.id } });
    if (existing) throw new MembersError("already_member", "You are already a member of this organization.");
    await assertSeat(db, found.organizationId, { accepting: true, now });
    await db.membership.create({ data: { organizationId: found.organizationId, userId: user.id, role: found.role } });
    await recordAudit(db, {
      action: "member.joined",
      organizationId: found.organizationId,
      actorUserId: user.id,
      target: `user:${user.id}`,
      metadata: { invitationId: found.id, email: found.email, role: found.role, invitedById: found.invitedById },
      ...origin,
    });
    return { organizationId: found.organizationId, role: found.role as Role };
  });
  await seatsChanged(joined.organizationId); // the subscription's seats follow the members (prorated)
  return joined;
}

function pending(row: { id: string; email: string; role: string; expiresAt: Date; createdAt: Date }): PendingInvitation {
  return { id: row.id, email: row.email, role: row.role as Role, expiresAt: row.expiresAt, createdAt: row.createdAt };
}

export type InvitationState = "pending" | "used" | "expired";

export interface InvitationPreview {
  organizationId: string;
  organizationName: string;
  email: string;
  role: Role;
  expiresAt: Date;
  state: InvitationState;
}

/**
 * What an invitation link offers, for the page that asks whether to accept it: the
 * organization, the role, the invited address and whether it can still be used. Null for a
 * token that is no invitation (never was, or was replaced or withdrawn).
 */
export async function previewInvitation(token: string, now = new Date()): Promise<InvitationPreview | null> {
  if (!token || token.length > 200) return null;
  const found = await withPlatform((db) =>
    db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { organization: { select: { name: true } } } }),
  );
  if (!found) return null;
  const state: InvitationState = found.acceptedAt ? "used" : found.expiresAt <= now ? "expired" : "pending";
  return { organizationId: found.organizationId, organizationName: found.organization.name, email: found.email, role: found.role as Role, expiresAt: found.expiresAt, state };
}
