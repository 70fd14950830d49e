// Billing after the upgrade (issue 6, points 2, 4 and 5), in the browser against the Stripe
// stand-in: a second member joins and the paid seats follow; API calls with a key are counted on
// the usage page and the billing page; a downgrade to Team takes effect at once, and single
// sign-on, an Enterprise feature, is then refused on its settings page with the way back.
import { expect, test, type Browser } from "@playwright/test";
import { firstLink } from "../../lib/mail/sink";
import { e2eAuthUrl } from "./support/mail";
import { emailTo } from "./support/mailbox";
import { signInByEmail } from "./support/sign-in";
import { upgradeToEnterprise } from "./support/upgrade";

test.use({ baseURL: process.env.E2E_BASE_URL ?? e2eAuthUrl() });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function newPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in?lang=en");
  return page;
}

test("seats follow the members, API calls are counted, and a downgrade takes Enterprise features away", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner = await newPage(browser);
  const name = `Seats Org ${unique()}`;
  await signInByEmail(owner, `seats-${unique()}@example.org`);
  await owner.getByLabel("Organization name").fill(name);
  await owner.getByLabel("Short name").fill(`seats-${unique()}`);
  await owner.getByRole("button", { name: "Create organization" }).click();
  await expect(owner).toHaveURL(/created=/);
  await upgradeToEnterprise(owner, name);
  await expect(owner.getByTestId("seats")).toContainText("1 members and 0 pending invitations, of unlimited; 1 paid");

  // A second member: invited, pending, then joined; the subscription's seats follow.
  const invitee = `analyst-${unique()}@example.org`;
  await owner.goto("/app/members");
  await owner.getByLabel("Email address").fill(invitee);
  await owner.getByLabel("Role", { exact: true }).selectOption({ label: "Analyst" });
  await owner.getByRole("button", { name: "Send invitation" }).click();
  const link = firstLink(await emailTo(invitee))!;
  await owner.goto("/app/billing");
  await expect(owner.getByTestId("seats")).toContainText("1 members and 1 pending invitations");
  const guest = await newPage(browser);
  await guest.goto(link);
  await signInByEmail(guest, invitee);
  await guest.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(guest).toHaveURL(/\/app\?joined=/);
  await owner.reload();
  await expect(owner.getByTestId("seats")).toContainText("2 members and 0 pending invitations, of unlimited; 2 paid");

  // API calls with a key are metered.
  await owner.goto("/app/api-keys");
  await owner.getByLabel("Key name").fill("Metered");
  await owner.getByRole("button", { name: "Create key" }).click();
  const key = await owner.getByTestId("new-api-key").inputValue();
  for (const q of ["70551", "mri", "99213"]) {
    const response = await owner.request.get(`/api/v1/search?q=${q}`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status(), q).toBe(200);
  }
  await owner.goto("/app/billing");
  await expect(owner.getByText("API calls: 3 of unlimited")).toBeVisible();
  await owner.getByRole("link", { name: "Usage by month" }).click();
  await expect(owner.getByRole("table", { name: "Use by month, newest first" })).toContainText("API calls with a key");
  await expect(owner.getByRole("table", { name: "Use by month, newest first" }).getByRole("row").filter({ hasText: "API calls with a key" })).toContainText("3");

  // Down to Team: in place, at once; single sign-on is no longer included.
  await owner.goto("/app/billing");
  await owner.getByRole("button", { name: "Choose Team" }).click();
  await expect(owner.getByTestId("current-plan")).toContainText("Team");
  await expect(owner.getByText("Single sign-on (SSO and SAML): Enterprise only")).toBeVisible();
  await expect(owner.getByTestId("seats")).toContainText("2 members and 0 pending invitations, of 25; 2 paid");
  // The audit log's export shows what the plan leaves this month.
  await owner.goto("/app/audit");
  await expect(owner.getByText("(100 exports left this month)")).toBeVisible();
  await owner.goto("/app/sso");
  await expect(owner.getByText("Single sign-on needs the Enterprise plan")).toBeVisible();
  await expect(owner.getByRole("button", { name: "Check and save the OpenID Connect connection" })).toHaveCount(0);
  await owner.getByRole("link", { name: "Upgrade to Enterprise on the billing page" }).click();
  await expect(owner).toHaveURL(/\/app\/billing$/);
  await expect(owner.getByRole("button", { name: "Choose Enterprise" })).toBeVisible();
});
