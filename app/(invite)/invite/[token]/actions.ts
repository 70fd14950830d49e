"use server";

// Accepting an invitation: the session is checked again, the user's verified address is read
// from the database (not the form), and lib/members makes the membership and audits it. The
// organization joined becomes the current one.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APP_HOME, requireUser } from "@/lib/auth";
import { requestOrigin } from "@/lib/audit";
import { getPrisma } from "@/lib/db/client";
import { MembersError, acceptInvitation } from "@/lib/members";
import { rememberOrganization } from "@/lib/orgs/current";

export async function acceptInvitationAction(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "").slice(0, 200);
  const here = `/invite/${encodeURIComponent(token)}`;
  const user = await requireUser(here);
  const identity = await getPrisma().user.findUnique({ where: { id: user.id }, select: { id: true, email: true, emailVerified: true } });
  if (!identity) redirect(here);
  let joined: string;
  try {
    joined = (await acceptInvitation(token, identity, new Date(), requestOrigin(await headers()))).organizationId;
  } catch (error) {
    if (!(error instanceof MembersError)) throw error;
    redirect(`${here}?error=${encodeURIComponent(error.code)}`);
  }
  await rememberOrganization(joined);
  redirect(`${APP_HOME}?joined=${encodeURIComponent(joined)}`);
}
