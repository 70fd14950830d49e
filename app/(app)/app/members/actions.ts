"use server";

// Server actions of /app/members. Each re-checks the session (requireUser) and the user's
// membership in the organization the form names before any tenant work; lib/members then reads
// the actor's role again inside its own transaction. Refusals come back as a MembersError code
// in the address, shown next to the field or row it concerns.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APP_HOME, requireUser } from "@/lib/auth";
import { requestOrigin, type RequestOrigin } from "@/lib/audit";
import { getLocale } from "@/lib/i18n/server";
import {
  MembersError,
  changeRole,
  inviteMember,
  leaveOrganization,
  removeMember,
  revokeInvitation,
  sendInvitationEmail,
  transferOwnership,
} from "@/lib/members";
import { membershipIn, membershipsOf } from "@/lib/orgs";

const MEMBERS_PATH = "/app/members";

type Where = { field?: "email"; row?: string; invitation?: string };

function back(params: Record<string, string>, anchor?: string): never {
  redirect(`${MEMBERS_PATH}?${new URLSearchParams(params)}${anchor ? `#${anchor}` : ""}`);
}

/** The signed-in user, the organization the form names (which they belong to) and the request's origin. */
async function context(form: FormData) {
  const user = await requireUser(MEMBERS_PATH);
  const organizationId = String(form.get("organization") ?? "");
  if (!(await membershipIn(user.id, organizationId))) back({ error: "notMember" });
  return { user, organizationId, origin: requestOrigin(await headers()) as RequestOrigin };
}

async function organizationName(userId: string, organizationId: string): Promise<string> {
  return (await membershipsOf(userId)).find((m) => m.id === organizationId)?.name ?? "";
}

/** Runs a change; a MembersError goes back to the page with its code, next to `where`. */
async function attempt(work: () => Promise<void>, where: Where, keep: Record<string, string> = {}): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof MembersError)) throw error;
    const params: Record<string, string> = { error: error.code, ...keep };
    if (where.field) params.field = where.field;
    if (where.row) params.row = where.row;
    if (where.invitation) params.invitation = where.invitation;
    back(params, where.field ? "invite" : where.row ? `member-${where.row}` : where.invitation ? `invitation-${where.invitation}` : undefined);
  }
}

export async function inviteMemberAction(form: FormData): Promise<void> {
  const { user, organizationId, origin } = await context(form);
  const email = String(form.get("email") ?? "").slice(0, 254);
  const role = String(form.get("role") ?? "");
  let sent: { token: string; email: string; role: Parameters<typeof sendInvitationEmail>[0]["role"] } | undefined;
  await attempt(
    async () => {
      const { invitation, token } = await inviteMember(organizationId, { userId: user.id }, { email, role }, new Date(), origin);
      sent = { token, email: invitation.email, role: invitation.role };
    },
    { field: "email" },
    { email, role },
  );
  try {
    await sendInvitationEmail({
      to: sent!.email,
      token: sent!.token,
      organizationName: await organizationName(user.id, organizationId),
      inviterEmail: user.email,
      role: sent!.role,
      locale: await getLocale(),
    });
  } catch (error) {
    console.error("invitation email failed", error);
    back({ error: "emailFailed", field: "email", email, role }, "invite");
  }
  back({ done: "invited", email: sent!.email });
}

export async function revokeInvitationAction(form: FormData): Promise<void> {
  const { user, organizationId, origin } = await context(form);
  const invitationId = String(form.get("invitation") ?? "");
  await attempt(() => revokeInvitation(organizationId, { userId: user.id }, invitationId, origin), { invitation: invitationId });
  back({ done: "revoked" });
}

export async function changeRoleAction(form: FormData): Promise<void> {
  const { user, organizationId, origin } = await context(form);
  const userId = String(form.get("member") ?? "");
  await attempt(() => changeRole(organizationId, { userId: user.id }, userId, String(form.get("role") ?? ""), origin), { row: userId });
  back({ done: "roleChanged" }, `member-${userId}`);
}

export async function removeMemberAction(form: FormData): Promise<void> {
  const { user, organizationId, origin } = await context(form);
  const userId = String(form.get("member") ?? "");
  const name = userId === user.id ? await organizationName(user.id, organizationId) : "";
  await attempt(() => removeMember(organizationId, { userId: user.id }, userId, origin), { row: userId });
  if (userId === user.id) redirect(`${APP_HOME}?${new URLSearchParams({ left: name })}`);
  back({ done: "removed" });
}

export async function transferOwnershipAction(form: FormData): Promise<void> {
  const { user, organizationId, origin } = await context(form);
  const userId = String(form.get("member") ?? "");
  await attempt(() => transferOwnership(organizationId, { userId: user.id }, userId, origin), { row: userId });
  back({ done: "transferred" });
}

export async function leaveOrganizationAction(form: FormData): Promise<void> {
  const { user, organizationId, origin } = await context(form);
  const name = await organizationName(user.id, organizationId);
  await attempt(() => leaveOrganization(organizationId, { userId: user.id }, origin), { row: user.id });
  redirect(`${APP_HOME}?${new URLSearchParams({ left: name })}`);
}
