// Billing end to end (issue 6): an owner signs in, creates an organization, goes to /pricing,
// subscribes it to Enterprise through the Stripe stand-in's hosted checkout page (its "Pay"
// creates the subscription and sends the signed webhooks to the app, then returns to the
// success URL), and finds the organization upgraded on /app/billing, with the invoice listed
// and SSO included. Real mail (magic link) through the run's SMTP sink; the stand-in is started
// by the global setup (tests/e2e/support/stripe-standin-setup.ts).
import { expect, test } from "@playwright/test";
import { firstLink } from "../../lib/mail/sink";
import { e2eAuthUrl } from "./support/mail";
import { emailTo, mailCount } from "./support/mailbox";
import { seriousViolations } from "./support/axe";

test.use({ baseURL: process.env.E2E_BASE_URL ?? e2eAuthUrl() });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an owner upgrades their organization from /pricing through Checkout", async ({ page }) => {
  const email = `billing-${unique()}@example.org`;
  const name = `Billing Org ${unique()}`;
  await page.goto("/sign-in?lang=en");
  await page.goto("/app");
  const before = mailCount();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await page.goto(firstLink(await emailTo(email, before))!);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByLabel("Organization name").fill(name);
  await page.getByLabel("Short name").fill(`b-${unique()}`);
  await page.getByRole("button", { name: "Create organization" }).click();

  // A new organization starts on its trial of Team, without a subscription.
  await page.getByRole("link", { name: "Billing" }).click();
  await expect(page).toHaveURL(/\/app\/billing$/);
  await expect(page.getByTestId("current-plan")).toContainText("Team — trial of a new organization");
  await expect(page.getByText("Single sign-on (SSO and SAML): Enterprise only")).toBeVisible();

  await page.goto("/pricing");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: `Subscribe ${name} to Enterprise` }).click();

  // The stand-in's hosted checkout page.
  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  await expect(page.getByText("Hospital Priceline Enterprise × 1")).toBeVisible();
  await page.getByRole("button", { name: "Pay" }).click();

  await expect(page).toHaveURL(/\/app\/billing\?checkout=success$/);
  await expect(page.getByTestId("current-plan")).toContainText("Enterprise — trial");
  await expect(page.getByText("Single sign-on (SSO and SAML): included")).toBeVisible();
  await expect(page.getByTestId("seats")).toContainText("1 members and 0 pending invitations, of unlimited; 1 paid");
  await expect(page.getByRole("link", { name: "View invoice" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Payment methods, cancel or resume (billing portal)" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Cancel and resume through the stand-in's customer portal.
  await page.getByRole("button", { name: "Payment methods, cancel or resume (billing portal)" }).click();
  await page.getByRole("button", { name: "Cancel subscription" }).click();
  await expect(page).toHaveURL(/\/app\/billing$/);
  await expect(page.getByText(/The subscription ends on/)).toBeVisible();
  await page.getByRole("button", { name: "Payment methods, cancel or resume (billing portal)" }).click();
  await page.getByRole("button", { name: "Resume subscription" }).click();
  await expect(page).toHaveURL(/\/app\/billing$/);
  await expect(page.getByText(/The subscription ends on/)).toHaveCount(0);
  await expect(page.getByTestId("current-plan")).toContainText("Enterprise");
});
