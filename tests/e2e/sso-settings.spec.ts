// SSO and security settings end to end (issue 5): an owner whose address is at their clinic's
// own domain signs in by magic link, creates an organization and opens /app/sso; saves an OIDC
// connection against a real oidc-provider started here (discovery over loopback http, which the
// server allows with SSO_ALLOW_HTTP_LOOPBACK=1) and sees the redirect URI; saves SAML metadata
// made with openssl keys; claims their email domain; sets the idle timeout. A viewer gets the 403
// page; promoted to admin (at another domain), they require SSO and see the owner's session
// ended; the audit log shows every change. Plus axe-core on the page in English and Spanish.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { firstLink } from "../../lib/mail/sink";
import { idpMetadataXml, samlKeyPair, startOidcProvider, type LocalOidcProvider } from "../support/sso-idp";
import { e2eAuthUrl } from "./support/mail";
import { emailTo, mailCount } from "./support/mailbox";
import { seriousViolations } from "./support/axe";
import { upgradeToEnterprise } from "./support/upgrade";
import { signInByEmail, type SignInLang } from "./support/sign-in";

test.use({ baseURL: process.env.E2E_BASE_URL ?? e2eAuthUrl() });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

let idp: LocalOidcProvider;
test.beforeAll(async () => {
  idp = await startOidcProvider({ clientId: "priceline-e2e", clientSecret: "e2e-idp-secret", redirectUris: [`${e2eAuthUrl()}/api/auth/callback/sso`] });
});
test.afterAll(async () => {
  await idp?.close();
});

const signIn = (page: Page, email: string, lang: SignInLang = "en") => signInByEmail(page, email, { lang });

async function newPage(browser: Browser, lang: "en" | "es" = "en"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/sign-in?lang=${lang}`);
  return page;
}

async function ownerWithOrganization(browser: Browser, lang: "en" | "es" = "en") {
  const domain = `clinic-${unique()}.test`;
  const email = `owner-${unique()}@${domain}`;
  const name = `SSO Org ${unique()}`;
  const page = await newPage(browser, lang);
  await page.goto("/app");
  await signIn(page, email, lang);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByLabel(lang === "en" ? "Organization name" : "Nombre de la organización").fill(name);
  await page.getByLabel(lang === "en" ? "Short name" : "Nombre corto").fill(`s-${unique()}`);
  await page.getByRole("button", { name: lang === "en" ? "Create organization" : "Crear organización" }).click();
  await expect(page).toHaveURL(/created=/);
  return { page, email, domain, name };
}

test("an owner sets up OIDC, SAML, the domain and the idle timeout; an admin requires SSO; a viewer is refused", async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await ownerWithOrganization(browser);
  const page = owner.page;
  // On the new organization's trial of Team, single sign-on is offered with the way to get it.
  await page.getByRole("link", { name: "SSO and security" }).click();
  await expect(page.getByText("Single sign-on needs the Enterprise plan")).toBeVisible();
  await upgradeToEnterprise(page, owner.name);
  await page.goto("/app");
  await page.getByRole("link", { name: "SSO and security" }).click();
  await expect(page).toHaveURL(/\/app\/sso$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`SSO and security for ${owner.name}`);
  expect(await seriousViolations(page)).toEqual([]);

  // The redirect URI to register at the IdP, with its copy hint.
  const redirectUri = page.locator("#oidc-redirect-uri");
  await expect(redirectUri).toHaveText(new RegExp(`^${e2eAuthUrl()}/api/auth/callback/sso-[0-9a-f-]{36}$`));
  await expect(page.getByText("Copy this address exactly into the application's allowed redirect (callback) URIs.")).toBeVisible();

  // A missing client id is explained at the field, focused; nothing is stored.
  await page.getByLabel("Issuer URL").fill(idp.url);
  await page.getByRole("button", { name: "Check and save the OpenID Connect connection" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The change was not saved.");
  const clientId = page.getByLabel("Client id");
  await expect(clientId).toHaveAttribute("aria-invalid", "true");
  await expect(clientId).toBeFocused();
  await expect(page.getByText("Enter the client id your identity provider gave you.")).toBeVisible();
  await expect(page.getByLabel("Issuer URL")).toHaveValue(idp.url);
  expect(await seriousViolations(page)).toEqual([]);

  // Saved against the real provider: the discovered issuer shows, the secret never does.
  await clientId.fill("priceline-e2e");
  await page.getByLabel("Client secret").fill("e2e-idp-secret");
  await page.getByLabel("Enable sign-in with OpenID Connect").check();
  await page.getByRole("button", { name: "Check and save the OpenID Connect connection" }).click();
  await expect(page.getByRole("status")).toHaveText("The OpenID Connect connection was checked and saved.");
  await expect(page.getByText(`Issuer found by discovery: ${idp.url}`)).toBeVisible();
  await expect(page.getByLabel("Client secret")).toHaveValue("");
  await expect(page.getByText("A secret is stored. Leave this empty to keep it")).toBeVisible();
  expect(await page.content()).not.toContain("e2e-idp-secret");

  // SAML: bad metadata is refused with the reason; good metadata is stored and described.
  await expect(page.locator("#saml-acs-url")).toHaveText(/\/api\/auth\/saml\/[0-9a-f-]{36}\/acs$/);
  const metadataUrl = (await page.locator("#saml-metadata-url").textContent())!;
  await page.getByLabel("Identity provider metadata (XML)").fill("<md:EntityDescriptor");
  await page.getByRole("button", { name: "Check and save the SAML metadata" }).click();
  await expect(page.getByText(/The metadata cannot be used, and nothing was saved: The metadata is not well-formed XML/)).toBeVisible();
  await expect(page.getByLabel("Identity provider metadata (XML)")).toBeFocused();
  await expect(page.getByText("No SAML identity provider is set up.")).toBeVisible();
  const entityId = `https://idp.${owner.domain}/saml`;
  // Uploaded as a file this time (the form posts multipart data).
  const xml = idpMetadataXml({ entityId, ssoUrl: `https://idp.${owner.domain}/sso`, certBase64: samlKeyPair("e2e-idp").base64 });
  await page.getByLabel("Identity provider metadata (XML)").fill("");
  await page.getByLabel("Or upload the metadata file").setInputFiles({ name: "idp-metadata.xml", mimeType: "application/xml", buffer: Buffer.from(xml) });
  await page.getByLabel("Enable sign-in with SAML").check();
  await page.getByRole("button", { name: "Check and save the SAML metadata" }).click();
  await expect(page.getByRole("status")).toHaveText("The SAML metadata was checked and saved.");
  await expect(page.getByText(`Entity id: ${entityId}`)).toBeVisible();
  await expect(page.getByText(/1 signing certificate, valid until/)).toBeVisible();
  // The SP metadata address answers with this organization's service provider.
  const sp = await page.request.get(metadataUrl);
  expect(sp.status()).toBe(200);
  expect(await sp.text()).toContain((await page.locator("#saml-acs-url").textContent())!);

  // The domain of the owner's own address.
  await expect(page.getByLabel("Domain to claim")).toHaveValue(owner.domain);
  await page.getByRole("button", { name: "Claim this domain" }).click();
  await expect(page.getByRole("status")).toHaveText(`${owner.domain} is now claimed by your organization.`);
  await expect(page.getByRole("table", { name: "Claimed domains" }).getByRole("row", { name: new RegExp(owner.domain) })).toBeVisible();

  // The idle timeout: out of range is refused at the field, then saved.
  const idle = page.getByLabel("End sessions unused for (minutes)");
  await expect(idle).toHaveValue("60");
  await idle.fill("3");
  await page.getByRole("button", { name: "Save the idle timeout" }).click();
  await expect(page.getByText("Enter a whole number of minutes from 5 to 1,440.")).toBeVisible();
  await expect(idle).toHaveAttribute("aria-invalid", "true");
  await idle.fill("45");
  await page.getByRole("button", { name: "Save the idle timeout" }).click();
  await expect(page.getByRole("status")).toHaveText("The idle timeout was saved.");
  await expect(idle).toHaveValue("45");
  expect(await seriousViolations(page)).toEqual([]);

  // A viewer (at another domain) gets the 403 page and no link to it.
  await page.goto("/app/members");
  const memberEmail = `member-${unique()}@example.org`;
  const before = mailCount();
  await page.getByLabel("Email address").fill(memberEmail);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Viewer" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  const invitation = firstLink(await emailTo(memberEmail, before))!;
  const member = await newPage(browser);
  await member.goto(invitation);
  await signIn(member, memberEmail);
  await member.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(member).toHaveURL(/\/app\?joined=/);
  await expect(member.getByRole("link", { name: "SSO and security" })).toHaveCount(0);
  const refused = await member.goto("/app/sso");
  expect(refused?.status()).toBe(403);
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  await expect(member.getByText("Redirect URI")).toHaveCount(0);

  // Promoted to admin, they require SSO: the owner (at the claimed domain, signed in by email) is signed out.
  await page.reload();
  await page.getByLabel(`New role for ${memberEmail}`).selectOption({ label: "Admin" });
  await page.getByRole("button", { name: `Change role: ${memberEmail}` }).click();
  await expect(page.getByRole("status")).toHaveText("The role was changed.");
  await member.goto("/app/sso");
  await expect(member.getByText(`Issuer found by discovery: ${idp.url}`)).toBeVisible();
  await expect(member.getByText(new RegExp(`Everyone with an address at ${owner.domain.replace(/\./g, "\\.")} is signed out at once`))).toBeVisible();
  await member.getByRole("button", { name: "Require single sign-on" }).click();
  await expect(member.getByRole("status")).toHaveText("Single sign-on is now required. 1 session was ended.");
  await expect(member.getByText("Single sign-on is required: people with an address at your claimed domains")).toBeVisible();
  await page.goto("/app/sso");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fapp%2Fsso$/);

  // The audit log has every change, with its actor, and the filter lists the new events.
  await member.goto("/app/audit");
  const log = member.getByRole("table", { name: /Audit log entries/ });
  await expect(member.getByTestId("audit-entry").first()).toContainText("Single sign-on required");
  await expect(member.getByTestId("audit-entry").first()).toContainText(memberEmail);
  for (const event of ["Idle timeout changed", "Email domain claimed", "SAML identity provider saved", "OpenID Connect connection saved"]) {
    await expect(log).toContainText(event);
  }
  await member.getByLabel("Event").selectOption({ label: "OpenID Connect connection saved" });
  await member.getByRole("button", { name: "Show", exact: true }).click();
  await expect(member.getByTestId("audit-entry")).toHaveCount(1);
  await expect(member.getByTestId("audit-entry").first()).toContainText(owner.email);
  const download = member.waitForEvent("download");
  await member.getByRole("link", { name: "Download these entries as CSV" }).click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString("utf8");
  expect(csv).toContain('"sso.oidc_saved"');
  expect(csv).not.toContain("e2e-idp-secret");

  // Removing the providers: once none is enabled, SSO is no longer required; then the domain goes.
  await member.goto("/app/sso");
  await member.getByRole("button", { name: "Remove the SAML identity provider" }).click();
  await expect(member.getByRole("status")).toHaveText("The SAML identity provider was removed.");
  await member.getByRole("button", { name: "Remove the OpenID Connect connection" }).click();
  await expect(member.getByRole("status")).toContainText("The OpenID Connect connection was removed.");
  await expect(member.getByRole("status")).toContainText("single sign-on is no longer required");
  await expect(member.getByText("Single sign-on is not required")).toBeVisible();
  await member.getByRole("button", { name: `Remove the domain ${owner.domain}` }).click();
  await expect(member.getByRole("status")).toHaveText(`${owner.domain} was removed.`);
  await expect(member.getByText("No domain is claimed yet.")).toBeVisible();
});

test("the SSO page in Spanish passes axe and says what each field needs", async ({ browser }) => {
  const owner = await ownerWithOrganization(browser, "es");
  await upgradeToEnterprise(owner.page, owner.name);
  await owner.page.goto("/app?lang=es");
  await owner.page.getByRole("link", { name: "SSO y seguridad" }).click();
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText(`SSO y seguridad de ${owner.name}`);
  await owner.page.getByRole("button", { name: "Comprobar y guardar la conexión OpenID Connect" }).click();
  await expect(owner.page.getByText("Escriba el id. de cliente que le dio su proveedor de identidad.")).toBeVisible();
  expect(await seriousViolations(owner.page)).toEqual([]);
});
