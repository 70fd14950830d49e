// The operator area and two-factor sign-in end to end (issue 5): a user signs in by magic link
// and is made a platform operator in the database; /admin sends them to enrol TOTP, they enrol
// (codes computed here with otpauth, as an authenticator app would), sign out, sign back in, are
// asked for the code (a wrong one is refused), enter it, and see users, ingestion runs with a
// run's report, and the feedback queue, where they change an entry's status. A user who is not
// an operator gets the 403 page. An organization admin creates an API key (shown once), calls
// /api/v1/search with it (200), revokes it, and the same call is refused (401). axe-core on every
// new page.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { seriousViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { e2eAuthUrl } from "./support/mail";
import { signInByEmail, type SignInLang } from "./support/sign-in";

// Magic links and session cookies are on the server's AUTH_URL.
test.use({ baseURL: process.env.E2E_BASE_URL ?? e2eAuthUrl() });
test.skip(Boolean(process.env.E2E_BASE_URL) && !process.env.DATABASE_URL, "makes an operator directly in the server's database");

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const MARKER = `e2e-operator-${randomUUID()}`;
let runId = 0;

test.beforeAll(async () => {
  await withDatabase(async (c) => {
    const report = {
      errorCounts: { "methodology.required": 2 },
      alertCounts: { "payer.name.case": 1 },
      errors: [{ rule: "methodology.required", message: `Methodology is missing ${MARKER}`, row: 4, column: "methodology" }],
      alerts: [{ rule: "payer.name.case", message: "Payer name is all capitals", row: 5 }],
    };
    runId = (
      await c.query(
        `INSERT INTO ingestion_runs (source, file_name, status, mode, bytes, rows_read, rows_loaded, error_count, alert_count, report, message, started_at, finished_at, duration_ms)
         VALUES ('e2e', $1, 'failed', 'strict', 1234, 10, 0, 2, 1, $2, $3, now(), now(), 2500) RETURNING id`,
        [`${MARKER}.csv`, JSON.stringify(report), `row 4: methodology is required (${MARKER})`],
      )
    ).rows[0].id;
    await c.query(`INSERT INTO feedback (kind, page, message, locale) VALUES ('wrong_price', '/hospitals/demo', $1, 'en')`, [`Wrong price ${MARKER}`]);
  });
});

test.afterAll(async () => {
  await withDatabase(async (c) => {
    await c.query(`DELETE FROM ingestion_runs WHERE id = $1`, [runId]);
    await c.query(`DELETE FROM feedback WHERE strpos(message, $1) > 0`, [MARKER]);
  });
});

const signInHere = (page: Page, email: string, lang: SignInLang = "en") => signInByEmail(page, email, { lang });

async function newPage(browser: Browser, lang: SignInLang = "en"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/sign-in?lang=${lang}`); // remembers the language
  return page;
}

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

test("an operator enrols in two-factor, signs in with a code and works the operator area", async ({ browser }) => {
  test.setTimeout(150_000);
  const email = `operator-${unique()}@example.org`;
  const page = await newPage(browser);
  await page.goto("/app");
  await signInHere(page, email);
  await expect(page).toHaveURL(/\/app$/);
  await withDatabase((c) => c.query(`UPDATE users SET is_platform_operator = true WHERE email = $1`, [email]));

  // No two-factor yet: the operator area sends them to set it up, and says why.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/app\/security\?required=operator$/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Two-factor sign-in is required for operators");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const uri = await page.getByTestId("totp-uri").getAttribute("href");
  const secret = new URL(uri!).searchParams.get("secret")!;
  expect((await page.getByTestId("totp-secret").textContent())?.replace(/\s/g, "")).toBe(secret);
  await expectAccessible(page);
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  await page.getByLabel("Code from the app").fill(totp.generate());
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Two-factor sign-in is on.");
  await expect(page.getByText("Two-factor sign-in is on since")).toBeVisible();
  await page.getByRole("link", { name: "Continue to the operator area" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Operator area");

  // Signed out and back in: the code is asked for before the operator area opens.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin$/);
  await signInHere(page, email);
  await expect(page).toHaveURL(/\/sign-in\/two-factor\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your code");
  await expectAccessible(page);
  await page.getByLabel("Six-digit code").fill("000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("That code is not right.");
  await expect(page.getByLabel("Six-digit code")).toHaveAttribute("aria-invalid", "true");
  // The next step's code: the enrolment's own code may still be current, and a code works once.
  await page.getByLabel("Six-digit code").fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Operator area");
  await expectAccessible(page);

  // Users: found by email, with the operator flag and two-factor on.
  await page.getByRole("navigation", { name: "Operator area sections" }).getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Email address contains").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("1 user found.");
  const row = page.getByTestId("admin-user");
  await expect(row).toContainText(email);
  await expect(row.getByRole("cell").nth(1)).toHaveText("Yes");
  await expect(row.getByRole("cell").nth(2)).toHaveText("On");
  await expectAccessible(page);

  // Ingestion runs, newest first, and one run's full report.
  await page.getByRole("link", { name: "Ingestion runs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ingestion runs");
  const run = page.getByTestId("admin-run").filter({ hasText: `${MARKER}.csv` });
  await expect(run).toContainText("Failed");
  await expect(run).toContainText(`row 4: methodology is required (${MARKER})`);
  await expectAccessible(page);
  await run.getByRole("link", { name: `Run ${runId}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ingestion run ${runId}`);
  await expect(page.getByRole("region", { name: "Errors in detail" })).toContainText(`Methodology is missing ${MARKER}`);
  await expect(page.getByRole("region", { name: "Alerts in detail" })).toContainText("Payer name is all capitals");
  await expectAccessible(page);

  // The feedback queue: new entries, one moved to reviewed.
  await page.getByRole("link", { name: "Feedback queue" }).click();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "New" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/admin\/feedback\?status=new$/);
  const item = page.getByTestId("feedback-item").filter({ hasText: MARKER });
  await expect(item).toContainText("Wrong price");
  await expectAccessible(page);
  await item.getByRole("combobox").selectOption({ label: "Reviewed" });
  await item.getByRole("button", { name: /^Save the status of feedback/ }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "is now: Reviewed." })).toBeVisible();
  await expect(page.getByTestId("feedback-item").filter({ hasText: MARKER })).toHaveCount(0); // gone from the "new" filter
  const stored = await withDatabase(async (c) => (await c.query(`SELECT status FROM feedback WHERE strpos(message, $1) > 0`, [MARKER])).rows);
  expect(stored).toEqual([{ status: "reviewed" }]);
  await page.context().close();
});

test("someone who is not an operator gets the 403 page; an admin's API key works until revoked", async ({ browser }) => {
  const email = `keyholder-${unique()}@example.org`;
  const page = await newPage(browser);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin$/);
  await signInHere(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  for (const path of ["/admin/users", "/admin/runs", `/admin/runs/${runId}`, "/admin/feedback"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  }

  // An organization of their own, then its API keys.
  await page.goto("/app");
  await page.getByLabel("Organization name").fill(`Keys Org ${unique()}`);
  await page.getByLabel("Short name").fill(`k-${unique()}`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await page.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(/\/app\/api-keys$/);
  await expect(page.getByText("No API keys yet.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Key name").fill("Claims dashboard");
  await expect(page.getByRole("checkbox", { name: /search:read/ })).toBeChecked();
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByTestId("new-api-key");
  await expect(shown).toHaveValue(/^hpl_live_[a-z2-7]{8}_/i);
  await expect(page.getByText("it is shown only this once")).toBeVisible();
  const key = await shown.inputValue();
  await expect(page.getByTestId("api-key")).toContainText("Claims dashboard");
  await expectAccessible(page);

  const search = (auth: string) => page.request.get("/api/v1/search?q=mri", { headers: { authorization: `Bearer ${auth}` } });
  expect((await search(key)).status()).toBe(200);

  // Shown once: a reload lists the key by its prefix only.
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);

  await page.getByRole("link", { name: "Revoke the key Claims dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Revoke the key Claims dashboard?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, revoke the key" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("The key is revoked.");
  await expect(page.getByTestId("api-key")).toContainText("Revoked");
  const refused = await search(key);
  expect(refused.status()).toBe(401);
  await page.context().close();
});

test("the security, code and API key pages in Spanish pass axe", async ({ browser }) => {
  const email = `seguridad-${unique()}@example.org`;
  const page = await newPage(browser, "es");
  await page.goto("/app/security");
  await signInHere(page, email, "es");
  await expect(page).toHaveURL(/\/app\/security$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seguridad");
  await expect(page.getByText("Este navegador")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Configurar la verificación en dos pasos" }).click();
  const secret = new URL((await page.getByTestId("totp-uri").getAttribute("href"))!).searchParams.get("secret")!;
  await page.getByLabel("Código de la aplicación").fill("000000");
  await page.getByRole("button", { name: "Activar la verificación en dos pasos" }).click();
  await expect(page.getByText("Ese código no es correcto.")).toBeVisible();
  await expectAccessible(page);
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  await page.getByLabel("Código de la aplicación").fill(totp.generate());
  await page.getByRole("button", { name: "Activar la verificación en dos pasos" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("La verificación en dos pasos está activada.");
  await expectAccessible(page);

  // The code step in Spanish (reached directly: the proxy sends signed-in users with two-factor here).
  await withDatabase((c) => c.query(`UPDATE sessions SET second_factor_at = NULL WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [email]));
  await page.goto("/sign-in/two-factor?callbackUrl=%2Fapp%2Fapi-keys");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Escriba su código");
  await expectAccessible(page);
  await page.getByLabel("Código de seis dígitos").fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page).toHaveURL(/\/app\/api-keys$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claves de API");
  await expectAccessible(page);
  await page.context().close();
});
