// The invitation email: who invites you to which organization with which role, and the link
// (/invite/<token>) that works once before it expires. In the inviter's interface language; sent
// over the same SMTP server (SMTP_URL, nodemailer) and sender as the sign-in links.
import { createTransport } from "nodemailer";
import { authUrl, emailFrom, smtpUrl } from "../auth/config";
import { i18nFor, type Locale } from "../i18n";
import { INVITATION_DAYS } from "./invitations";
import type { Role } from "./roles";

export interface InvitationEmail {
  to: string;
  token: string;
  organizationName: string;
  inviterEmail: string;
  role: Role;
  locale: Locale;
}

/** The address of an invitation's page, on the configured site address (never the request's Host). */
export function invitationUrl(token: string, base: string = authUrl()): string {
  return `${base}/invite/${encodeURIComponent(token)}`;
}

export function invitationEmailContent(email: InvitationEmail, base?: string): { subject: string; text: string; html: string } {
  const { t } = i18nFor(email.locale);
  const url = invitationUrl(email.token, base);
  const values = { organization: email.organizationName, inviter: email.inviterEmail, role: t(`app.role.${email.role}`) };
  const subject = t("members.email.subject", values);
  const intro = t("members.email.intro", values);
  const action = t("members.email.action");
  const expiry = t("members.email.expiry", { days: INVITATION_DAYS });
  const ignore = t("members.email.ignore");
  const text = `${intro}\n\n${url}\n\n${expiry}\n${ignore}\n`;
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const html = `<!doctype html><html lang="${email.locale}"><body style="font-family:sans-serif;color:#0f172a">
<p>${escape(intro)}</p>
<p><a href="${escape(url)}" style="display:inline-block;padding:10px 16px;background:#172554;color:#ffffff;border-radius:6px;text-decoration:none">${escape(action)}</a></p>
<p>${escape(expiry)}<br>${escape(ignore)}</p>
</body></html>`;
  return { subject, text, html };
}

export async function sendInvitationEmail(email: InvitationEmail): Promise<void> {
  const transport = createTransport(smtpUrl());
  const { subject, text, html } = invitationEmailContent(email);
  const result = await transport.sendMail({ to: email.to, from: emailFrom(), subject, text, html });
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])].filter(Boolean);
  if (failed.length) throw new Error(`The invitation email to ${failed.join(", ")} was not accepted`);
}
