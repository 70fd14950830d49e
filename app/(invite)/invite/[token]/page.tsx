// An invitation link (/invite/<token>, from the invitation email). Without a session it sends
// to sign-in and comes back here; signed in, it says which organization and role it offers and
// asks to accept, or explains why it cannot be used (withdrawn or replaced, expired, used, or
// for another address).
import type { Metadata } from "next";
import Link from "next/link";
import { primaryButtonClass } from "@/components/app/form-parts";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth";
import { getI18n } from "@/lib/i18n/server";
import { previewInvitation, type MembersErrorCode } from "@/lib/members";
import { acceptInvitationAction } from "./actions";
import { one, type Search } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // No referrer override: "no-referrer" makes browsers post forms with `Origin: null`, which
  // Next.js refuses for server actions. The site-wide Referrer-Policy already keeps the path
  // (and its token) from other sites.
  return { title: t("invite.accept"), robots: { index: false } };
}

type Params = Promise<{ token: string }>;

const LINK_ERRORS = ["invitation_invalid", "invitation_expired", "invitation_used", "already_member", "forbidden", "seat_limit"] as const satisfies readonly MembersErrorCode[];

export default async function InvitePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { token } = await params;
  const user = await requireUser(`/invite/${encodeURIComponent(token)}`);
  const { t, rich, locale } = await getI18n();
  const invitation = await previewInvitation(token);
  const refused = one((await searchParams).error);

  let problem: string | null = null;
  if (!invitation) problem = t("members.error.invitation_invalid");
  else if (invitation.state === "used") problem = t("members.error.invitation_used");
  else if (invitation.state === "expired") problem = t("members.error.invitation_expired");
  else if (invitation.email !== user.email.trim().toLowerCase() || refused === "invitation_other_email") {
    problem = t("members.error.invitation_other_email", { email: invitation.email, you: user.email });
  } else {
    const code = LINK_ERRORS.find((c) => c === refused);
    if (code) problem = t(`members.error.${code}`);
  }

  const home = (
    <p>
      <Link href="/app" className="link">
        {t("invite.home")}
      </Link>
    </p>
  );

  if (!invitation || problem) {
    return (
      <div className="max-w-xl space-y-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">
          {invitation && invitation.state === "pending" ? t("invite.title", { organization: invitation.organizationName }) : t("invite.titleInvalid")}
        </h1>
        <Notice tone="error" role="alert">
          <p>{problem}</p>
        </Notice>
        <p className="text-slate-700">{t("invite.signedInAs", { email: user.email })}</p>
        {home}
      </div>
    );
  }

  const expires = new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(invitation.expiresAt) + " UTC";
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("invite.title", { organization: invitation.organizationName })}</h1>
      <p className="text-slate-800">
        {rich("invite.offer", { organization: invitation.organizationName, role: t(`app.role.${invitation.role}`), strong: (c) => <strong>{c}</strong> })}
      </p>
      <p className="text-slate-700">{t("invite.signedInAs", { email: user.email })}</p>
      <p className="text-slate-700">{t("invite.expires", { date: expires })}</p>
      <form action={acceptInvitationAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={primaryButtonClass}>
          {t("invite.accept")}
        </button>
      </form>
      {home}
    </div>
  );
}
