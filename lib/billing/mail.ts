// The email to an organization's owners and admins when a payment fails: what happened, until
// when the plan holds, and where to fix it. Over the project's SMTP server (SMTP_URL, nodemailer),
// from the same sender as sign-in links; in English (the organization has no language setting).
import { createTransport } from "nodemailer";
import { authUrl, emailFrom, smtpUrl } from "../auth/config";
import { i18nFor, type Locale } from "../i18n";
import { withPlatform } from "../tenancy";

export function paymentFailedEmailContent(input: { organizationName: string; graceEndsAt: Date | null; locale?: Locale }, base: string = authUrl()) {
  const locale = input.locale ?? "en";
  const { t } = i18nFor(locale);
  const until = input.graceEndsAt
    ? new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { dateStyle: "long", timeZone: "UTC" }).format(input.graceEndsAt)
    : "";
  const values = { organization: input.organizationName, date: until };
  const subject = t("billing.email.subject", values);
  const text = `${t("billing.email.intro", values)}\n\n${t("billing.email.grace", values)}\n\n${base}/app/billing\n`;
  return { subject, text };
}

/** Emails every owner and admin of the organization; returns the addresses written to. */
export async function sendPaymentFailedEmails(organizationId: string, graceEndsAt: Date | null): Promise<string[]> {
  const { name, emails } = await withPlatform(async (db) => {
    const org = await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
    const admins = await db.membership.findMany({ where: { organizationId, role: { in: ["owner", "admin"] } }, include: { user: { select: { email: true } } } });
    return { name: org?.name ?? "", emails: admins.map((m) => m.user.email) };
  });
  if (emails.length === 0) return [];
  const transport = createTransport(smtpUrl());
  const { subject, text } = paymentFailedEmailContent({ organizationName: name, graceEndsAt });
  for (const to of emails) await transport.sendMail({ to, from: emailFrom(), subject, text });
  return emails;
}
