// Signing in by magic link in an English page: the form, then the link from the run's mail sink.
import { expect, type Page } from "@playwright/test";
import { firstLink } from "../../../lib/mail/sink";
import { emailTo, mailCount } from "./mailbox";

/** Signs in on the sign-in page the browser is on (or opens it first). */
export async function signInByEmail(page: Page, email: string, options: { open?: boolean } = {}): Promise<void> {
  if (options.open) await page.goto("/sign-in");
  const before = mailCount();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await page.goto(firstLink(await emailTo(email, before))!);
}
