// Single sign-on end to end (issue 5, points 1, 2 and 8): an organization whose email domain is
// verified signs its people in through a local OpenID provider (oidc-provider: discovery, PKCE,
// its own login and consent pages) and another through a local SAML identity provider (signed
// responses posted to the ACS); then the first organization requires SSO: the owner's magic-link
// session is ended, and the next sign-in goes straight to the identity provider. The identity
// providers' connections are set up with the library the settings page uses (the page itself is
// covered by sso-settings.spec.ts).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eAuthUrl, e2eSecretsKeys } from "./support/mail";
import { mailCountTo } from "./support/mailbox";
import { signInByEmail } from "./support/sign-in";
import { upgradeToEnterprise } from "./support/upgrade";
import { serverQuery, useServerDatabase } from "./support/database";
import { startSamlIdp, type LocalSamlIdp } from "../support/saml-idp";
import { startOidcProvider } from "../support/sso-idp";

test.use({ baseURL: process.env.E2E_BASE_URL ?? e2eAuthUrl() });
test.describe.configure({ mode: "serial" });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const idps: { close(): Promise<void> }[] = [];

test.beforeAll(async () => {
  await useServerDatabase();
  // The server seals SSO secrets with its SECRETS_KEYS; this process must use the same.
  process.env.SECRETS_KEYS = e2eSecretsKeys();
});

test.afterAll(async () => {
  await Promise.all(idps.map((idp) => idp.close()));
  const { closeTenantConnections } = await import("../../lib/tenancy");
  const { disconnectPrisma } = await import("../../lib/db/client");
  await closeTenantConnections();
  await disconnectPrisma();
});



/** An owner signs up by magic link and creates an organization; its domain is verified with their own address. */
async function organizationWithDomain(browser: Browser, label: string) {
  const domain = `${label}-${unique()}.test`;
  const email = `owner@${domain}`;
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} Health ${unique()}`;
  const page = await (await browser.newContext()).newPage();
  await page.goto("/app");
  await signInByEmail(page, email);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByLabel("Organization name").fill(name);
  await page.getByLabel("Short name").fill(`${label}-${unique()}`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("link", { name: "Members and invitations" })).toBeVisible();
  await upgradeToEnterprise(page, name); // single sign-on is an Enterprise feature
  const [row] = await serverQuery<{ org: string; user_id: string; email_verified: Date }>(
    "SELECT m.organization_id AS org, u.id AS user_id, u.email_verified FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = $1",
    [email],
  );
  const { claimDomain } = await import("../../lib/sso");
  await claimDomain(row!.org, { userId: row!.user_id, email, emailVerified: row!.email_verified }, domain);
  return { page, domain, email, name, organizationId: row!.org, ownerId: row!.user_id };
}

/** oidc-provider's development login and consent pages. */
async function signInAtOidcProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

for (const emailInIdToken of [false, true]) {
  test(`OpenID Connect (email ${emailInIdToken ? "in the ID token" : "from userinfo"}): sign in through the organization's provider, join as viewer; then SSO is required`, async ({ browser }) => {
    const org = await organizationWithDomain(browser, "oidc");
    const { oidcRedirectUri } = await import("../../lib/sso/urls");
    const client = { clientId: "priceline-e2e", clientSecret: `secret-${unique()}`, redirectUris: [oidcRedirectUri(org.organizationId, e2eAuthUrl())] };
    const provider = await startOidcProvider(client, { emailInIdToken });
    idps.push(provider);
    const idp = { issuer: provider.url };
    const { saveOidcConnection } = await import("../../lib/sso");
    await saveOidcConnection(org.organizationId, { issuer: idp.issuer, clientId: client.clientId, clientSecret: client.clientSecret, enabled: true });

    // A colleague at the domain: offered SSO (not yet required), takes it.
    const colleague = `ana@${org.domain}`;
    const page = await (await browser.newContext()).newPage();
    await page.goto("/app/members");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fapp%2Fmembers$/);
    await page.getByLabel("Email address").fill(colleague);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: `${org.name} uses single sign-on` })).toBeVisible();
    await page.getByRole("button", { name: `Continue with ${org.name} single sign-on` }).click();
    await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`));
    await signInAtOidcProvider(page, colleague);
    await expect(page).toHaveURL(/\/app\/members$/);
    await expect(page.getByText("Your role here: Viewer.")).toBeVisible();
    const [session] = await serverQuery<{ auth_method: string; sso_organization_id: string }>(
      "SELECT s.auth_method, s.sso_organization_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1",
      [colleague],
    );
    expect(session).toEqual({ auth_method: "oidc", sso_organization_id: org.organizationId });
    // The new member is a seat the subscription now pays for (prorated).
    await org.page.goto("/app/billing");
    await expect(org.page.getByTestId("seats")).toContainText("2 members and 0 pending invitations, of unlimited; 2 paid");

    // An address the IdP asserts outside the organization's domains is refused.
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto("/sign-in");
    await stranger.getByLabel("Email address").fill(`bo@${org.domain}`);
    await stranger.getByRole("button", { name: "Email me a sign-in link" }).click();
    await stranger.getByRole("button", { name: `Continue with ${org.name} single sign-on` }).click();
    await signInAtOidcProvider(stranger, `ceo-${unique()}@elsewhere.test`);
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("We could not sign you in");
    await expect(stranger.getByRole("main").getByRole("alert")).toContainText("can only sign in email addresses at the domains your organization has verified");

    // The organization requires SSO: the owner's magic-link session ends at their next request…
    const { setSsoRequired } = await import("../../lib/sso");
    const { endedSessions } = await setSsoRequired(org.organizationId, org.ownerId, true);
    expect(endedSessions).toBeGreaterThanOrEqual(1);
    await org.page.goto("/app/members");
    await expect(org.page).toHaveURL(/\/sign-in\?callbackUrl=%2Fapp%2Fmembers/);
    // …the colleague's SSO session stays…
    await page.reload();
    await expect(page.getByText("Your role here: Viewer.")).toBeVisible();
    // …and no magic link is sent any more: the owner goes straight to the identity provider.
    const before = mailCountTo(org.email);
    await org.page.getByLabel("Email address").fill(org.email);
    await org.page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(org.page).toHaveURL(new RegExp(`^${idp.issuer}/`));
    await signInAtOidcProvider(org.page, org.email);
    await expect(org.page).toHaveURL(/\/app\/members$/);
    await expect(org.page.getByText("Your role here: Owner.")).toBeVisible();
    expect(mailCountTo(org.email)).toBe(before);

    // A magic link asked for at Auth.js's endpoint directly is refused too.
    const direct = await org.page.request.get("/api/auth/csrf");
    const { csrfToken } = (await direct.json()) as { csrfToken: string };
    const refused = await org.page.request.post("/api/auth/signin/nodemailer", {
      form: { email: org.email, csrfToken, callbackUrl: "/app" },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(302);
    expect(refused.headers().location).toContain("reason=ssoRequired");
    expect(mailCountTo(org.email)).toBe(before);
  });

}

test("SAML: sign in through the organization's identity provider; a replayed response is refused", async ({ browser }) => {
  const org = await organizationWithDomain(browser, "saml");
  const idp: LocalSamlIdp = await startSamlIdp();
  idps.push(idp);
  const { saveSamlConnection } = await import("../../lib/sso");
  await saveSamlConnection(org.organizationId, { metadataXml: idp.metadata, enabled: true });

  // A crafted link cannot name an organization on the sign-in page: the name comes from the address.
  const crafted = await (await browser.newContext()).newPage();
  await crafted.goto(`/sign-in?error=ssoAvailable&email=${encodeURIComponent(`eve@${org.domain}`)}&org=Evil%20Corp`);
  await expect(crafted.getByRole("heading", { name: `${org.name} uses single sign-on` })).toBeVisible();
  await expect(crafted.getByText("Evil Corp")).toHaveCount(0);
  await crafted.goto("/sign-in?error=ssoAvailable&email=eve%40unclaimed.test&org=Evil%20Corp");
  await expect(crafted.getByText("Evil Corp")).toHaveCount(0);
  await expect(crafted.getByRole("button", { name: /single sign-on/ })).toHaveCount(0);

  const colleague = `cy@${org.domain}`;
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in?callbackUrl=%2Fapp%2Fmembers");
  await page.getByLabel("Email address").fill(colleague);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("button", { name: `Continue with ${org.name} single sign-on` }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.url}/sso\\?`));
  await page.getByLabel("IdP email").fill(colleague);
  await page.getByRole("button", { name: "Sign in at the IdP" }).click();
  await expect(page).toHaveURL(/\/app\/members$/);
  await expect(page.getByText("Your role here: Viewer.")).toBeVisible();
  const [session] = await serverQuery<{ auth_method: string }>(
    "SELECT s.auth_method FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1",
    [colleague],
  );
  expect(session).toEqual({ auth_method: "saml" });

  // Posting the same signed response again (a captured one) signs nobody in.
  const issued = idp.issued.at(-1)!;
  const replay = await (await browser.newContext()).request.post(issued.acsUrl, {
    form: { SAMLResponse: issued.samlResponse, RelayState: issued.relayState },
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(303);
  expect(replay.headers().location).toContain("/sign-in/error?error=Sso.invalid_response");
  expect(replay.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token");
});
