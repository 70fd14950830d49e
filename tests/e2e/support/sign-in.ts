// Signing in by magic link: the sign-in form in English or Spanish, then the link from the run's
// mail sink.
import { expect, type Page } from "@playwright/test";
import { firstLink } from "../../../lib/mail/sink";
import { emailTo, mailCount } from "./mailbox";

export const SIGN_IN_TEXT = {
  en: { email: "Email address", send: "Email me a sign-in link", check: "Check your email" },
  es: { email: "Correo electrónico", send: "Enviarme un enlace para iniciar sesión", check: "Revise su correo" },
} as const;

export type SignInLang = keyof typeof SIGN_IN_TEXT;

/** Signs in on the sign-in page the browser is on (or opens it first). */
export async function signInByEmail(page: Page, email: string, options: { open?: boolean; lang?: SignInLang } = {}): Promise<void> {
  if (options.open) await page.goto("/sign-in");
  const text = SIGN_IN_TEXT[options.lang ?? "en"];
  const before = mailCount();
  await page.getByLabel(text.email).fill(email);
  await page.getByRole("button", { name: text.send }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.check);
  const link = firstLink(await emailTo(email, before));
  expect(link).toMatch(/\/api\/auth\/callback\/nodemailer\?/);
  await page.goto(link!);
}
