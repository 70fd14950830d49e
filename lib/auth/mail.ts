// The sign-in email: a magic link, in the language the request was made in, sent over SMTP with
// nodemailer. Replaces Auth.js's English-only default.
import { createTransport } from "nodemailer";
import { i18nFor, isLocale, LOCALE_HEADER, type Locale, DEFAULT_LOCALE } from "../i18n";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "./config";

export interface SignInEmail {
  to: string;
  from: string;
  url: string;
  locale: Locale;
}

export function signInEmailContent({ url, locale }: Pick<SignInEmail, "url" | "locale">): { subject: string; text: string; html: string } {
  const { t } = i18nFor(locale);
  const minutes = Math.round(MAGIC_LINK_MAX_AGE_SECONDS / 60);
  const subject = t("auth.email.subject");
  const intro = t("auth.email.intro");
  const action = t("auth.email.action");
  const expiry = t("auth.email.expiry", { minutes });
  const ignore = t("auth.email.ignore");
  const text = `${intro}\n\n${url}\n\n${expiry}\n${ignore}\n`;
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;color:#0f172a">
<p>${escape(intro)}</p>
<p><a href="${escape(url)}" style="display:inline-block;padding:10px 16px;background:#172554;color:#ffffff;border-radius:6px;text-decoration:none">${escape(action)}</a></p>
<p>${escape(expiry)}<br>${escape(ignore)}</p>
</body></html>`;
  return { subject, text, html };
}

/** The request's interface language, as proxy.ts resolved it. */
export function localeOfRequest(request: Request | undefined): Locale {
  const value = request?.headers.get(LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function sendSignInEmail(server: string, email: SignInEmail): Promise<void> {
  const transport = createTransport(server);
  const { subject, text, html } = signInEmailContent(email);
  const result = await transport.sendMail({ to: email.to, from: email.from, subject, text, html });
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])].filter(Boolean);
  if (failed.length) throw new Error(`The sign-in email to ${failed.join(", ")} was not accepted`);
}
