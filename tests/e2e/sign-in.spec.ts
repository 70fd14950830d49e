// Sign-in with a magic link, end to end: a real SMTP sink (smtp-server) on the port the server's
// SMTP_URL names (playwright.config.ts), a new email address, the link from the email, the app's
// home, an organization created, sign-out, and the guard turning the next visit away. Plus
// axe-core on the sign-in page and the app, in English and Spanish.
import { expect, test, type Page } from "@playwright/test";
import { firstLink } from "../../lib/mail/sink";
import { e2eAuthUrl } from "./support/mail";
import { emailTo, mailCount } from "./support/mailbox";
import { seriousViolations } from "./support/axe";

// The server's AUTH_URL: magic links and session cookies are on this address.
test.use({ baseURL: process.env.E2E_BASE_URL ?? e2eAuthUrl() });

// The mail sink runs for the whole run (tests/e2e/support/mail-sink-setup.ts).

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signIn(page: Page, email: string, lang: "en" | "es" = "en"): Promise<string> {
  const before = mailCount();
  await page.goto(`/sign-in?lang=${lang}`); // remembers the language
  await page.goto("/app");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fapp$/);
  await page.getByLabel(lang === "en" ? "Email address" : "Correo electrónico").fill(email);
  await page.getByRole("button", { name: lang === "en" ? "Email me a sign-in link" : "Enviarme un enlace para iniciar sesión" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang === "en" ? "Check your email" : "Revise su correo");
  const message = await emailTo(email, before);
  const link = firstLink(message);
  expect(link, message.text).toMatch(/\/api\/auth\/callback\/nodemailer\?/);
  await page.goto(link!);
  await expect(page).toHaveURL(/\/app$/);
  return link!;
}

test("a new user signs in with a magic link, creates an organization and signs out", async ({ page }) => {
  const email = `new-${unique()}@example.org`;
  const slug = `acme-${unique()}`;
  const link = await signIn(page, email);

  await expect(page.getByRole("heading", { level: 1, name: "Your organizations" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByText("You do not belong to an organization yet")).toBeVisible();

  // A slug that breaks the rules is explained at the field.
  await page.getByLabel("Organization name").fill("Acme Health Plan");
  await page.getByLabel("Short name").fill("Bad Slug!");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The organization was not created");
  await expect(page.getByLabel("Short name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use only lower-case letters, numbers and single hyphens between them.")).toBeVisible();

  await page.getByLabel("Organization name").fill("Acme Health Plan");
  await page.getByLabel("Short name").fill(slug);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("status")).toHaveText("Acme Health Plan is created, and you are its owner.");
  const list = page.getByRole("list", { name: "Organizations you belong to" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem")).toContainText("Acme Health Plan");
  await expect(list.getByRole("listitem")).toContainText("your role: Owner");
  await expect(page.getByRole("table", { name: "Members" })).toContainText(email);

  // The same slug again is taken.
  await page.getByLabel("Organization name").fill("Another Acme");
  await page.getByLabel("Short name").fill(slug);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText("This short name is already taken. Choose another.")).toBeVisible();

  // A second organization: the switcher appears, and switching changes the current one.
  await expect(page.getByLabel("Switch to another organization")).toHaveCount(0);
  await page.getByLabel("Organization name").fill("Beta Clinic");
  await page.getByLabel("Short name").fill(`beta-${slug}`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { name: "Current organization: Beta Clinic" })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.getByLabel("Switch to another organization").selectOption({ label: "Acme Health Plan" });
  await page.getByRole("button", { name: "Switch", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("You are now working in Acme Health Plan.");
  await expect(page.getByRole("heading", { name: "Current organization: Acme Health Plan" })).toBeVisible();

  // The private API knows the user and the memberships.
  const me = await page.request.get("/api/app/me");
  expect(me.status()).toBe(200);
  const body = await me.json();
  expect(body.user.email).toBe(email);
  expect(body.memberships).toEqual([
    expect.objectContaining({ slug, role: "owner", name: "Acme Health Plan" }),
    expect.objectContaining({ slug: `beta-${slug}`, role: "owner", name: "Beta Clinic" }),
  ]);

  // A used link does not work twice.
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\/error\?error=Verification/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("expired or has already been used");

  await page.goto("/app");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");

  await page.goto("/app");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fapp$/);
  const after = await page.request.get("/api/app/me");
  expect(after.status()).toBe(401);
  expect(await after.json()).toEqual({ error: "unauthorized" });
});

test("sign out everywhere ends the sessions of every browser", async ({ browser }) => {
  const email = `two-${unique()}@example.org`;
  const first = await browser.newPage();
  await signIn(first, email);
  // signIn waits for the next email to the address: the second browser's.
  const second = await browser.newPage();
  await signIn(second, email);

  await second.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(second).toHaveURL(/\/sign-in\?signedOut=everywhere/);
  await expect(second.getByRole("status")).toHaveText("You are signed out on every device.");
  await first.goto("/app");
  await expect(first).toHaveURL(/\/sign-in\?callbackUrl=%2Fapp$/);
  await Promise.all([first.close(), second.close()]);
});

test("the sign-in form explains an invalid email address, in Spanish too", async ({ page }) => {
  await page.goto("/sign-in?lang=es");
  await page.getByLabel("Correo electrónico").fill("no-es-un-correo");
  await page.getByRole("button", { name: "Enviarme un enlace para iniciar sesión" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Escriba un correo electrónico como nombre@ejemplo.com.");
  await expect(page.getByLabel("Correo electrónico")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Correo electrónico")).toHaveValue("no-es-un-correo");
  await page.goto("/sign-in?lang=en&error=rateLimited");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many sign-in links were asked for in a short time.");
});

test("the guard: private pages redirect, private APIs answer 401, a forged cookie or middleware header changes nothing", async ({ page, request }) => {
  // Next.js drops a trailing slash first (308 to /app), which the guard then turns away.
  const slash = await request.get("/app/", { maxRedirects: 0 });
  expect([308, 303]).toContain(slash.status());
  for (const path of ["/app", "/admin", "/admin/anything", "/%61pp", "/APP"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(303);
    expect(response.headers().location, path).toMatch(/^\/sign-in\?callbackUrl=/);
  }
  const forged = await request.get("/api/app/me", {
    headers: { cookie: "authjs.session-token=forged-token-0123456789abcdef", "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware:proxy:proxy:proxy:proxy:proxy" },
  });
  expect(forged.status()).toBe(401);
  expect(await forged.json()).toEqual({ error: "unauthorized" });
  // The open-redirect attempt falls back to the app's home.
  await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await expect(page.locator('input[name="callbackUrl"]')).toHaveCount(0);
});

test("a signed-in user who is not an operator gets the 403 page at /admin", async ({ page }) => {
  await signIn(page, `plain-${unique()}@example.org`);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
});

test.describe("accessibility of sign-in and the app", () => {
  for (const lang of ["en", "es"] as const) {
    test(`/sign-in and /app in ${lang}: no serious or critical axe violations`, async ({ page }) => {
      await page.goto(`/sign-in?lang=${lang}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`/sign-in?lang=${lang}&error=invalidEmail&email=x`);
      expect(await seriousViolations(page)).toEqual([]);

      await signIn(page, `a11y-${lang}-${unique()}@example.org`, lang);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel(lang === "en" ? "Organization name" : "Nombre de la organización").fill("");
      await page.getByRole("button", { name: lang === "en" ? "Create organization" : "Crear organización" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
