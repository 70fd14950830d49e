// "Was this helpful?" and "Report a wrong price" on a hospital page: keyboard only, English and
// Spanish, without JavaScript, the honeypot, the rate limit and axe scans with the forms open.
//
// What was stored is checked in the database the server uses: DATABASE_URL when set, else the
// embedded PostgreSQL that `npm start` runs (its port is in the data folder's postmaster.pid).
// Against another server (E2E_BASE_URL) with no DATABASE_URL the specs assert through the UI
// only. Every row a spec stores carries a unique marker and is deleted afterwards.
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { configuredDatabaseUrl } from "../../lib/db/url";
import { seriousViolations } from "./support/axe";

// ── The server's database ────────────────────────────────────────────────────────────────────
// lib/setup/database.ts (EMBEDDED_DATA_DIR) and lib/db/embedded.ts (user, password, database).
const EMBEDDED_DATA_DIR = ".data/postgres";

/**
 * The server's database URL; null only when the specs run against someone else's server
 * (E2E_BASE_URL) and no DATABASE_URL says where its database is. The server these specs start
 * always has a reachable database: not finding it is a failure, not a reason to skip.
 */
function serverDatabaseUrl(): string | null {
  const configured = configuredDatabaseUrl("app");
  if (configured) return configured;
  if (process.env.E2E_BASE_URL) return null;
  const pidFile = path.join(EMBEDDED_DATA_DIR, "postmaster.pid");
  if (!existsSync(pidFile)) throw new Error(`No DATABASE_URL and no embedded PostgreSQL running in ${EMBEDDED_DATA_DIR}`);
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`Unreadable port in ${pidFile}`);
  return `postgresql://postgres:postgres@127.0.0.1:${port}/priceline`;
}

async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T | undefined> {
  const url = serverDatabaseUrl();
  if (!url) return undefined;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

interface FeedbackRow {
  kind: string;
  status: string;
  page: string;
  hospital_slug: string | null;
  service: string | null;
  shown_price: string | null;
  message: string | null;
  contact_email: string | null;
  locale: string;
}

/** The rows whose message contains `marker`; undefined when the server's database is unknown. */
function rowsWith(marker: string): Promise<FeedbackRow[] | undefined> {
  return withDatabase(async (c) => (await c.query<FeedbackRow>(`SELECT * FROM feedback WHERE strpos(message, $1) > 0 ORDER BY id`, [marker])).rows);
}

async function expectStored(marker: string, expected: Partial<FeedbackRow>[]) {
  const rows = await rowsWith(marker);
  if (rows === undefined) {
    test.info().annotations.push({ type: "note", description: "E2E_BASE_URL without DATABASE_URL: checked through the UI only" });
    return;
  }
  expect(rows).toEqual(expected.map((e) => expect.objectContaining(e)));
}

const RUN = `e2e-feedback-${randomUUID()}`;
let n = 0;
/** A unique marker for the text of one test's submissions. */
const marker = () => `${RUN}-${++n}`;

test.afterAll(async () => {
  await withDatabase((c) => c.query(`DELETE FROM feedback WHERE strpos(message, $1) > 0`, [RUN]));
});

// Each test is its own client for the rate limit (5 per 10 minutes per address).
test.beforeEach(async ({ context }) => {
  const b = randomBytes(3);
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `10.${b[0]}.${b[1]}.${b[2]}` });
});

// ── The page ─────────────────────────────────────────────────────────────────────────────────
let hospitalSlug: string | undefined;

async function aHospitalSlug(page: Page): Promise<string> {
  hospitalSlug ??=
    (await withDatabase(async (c) => (await c.query<{ slug: string }>(`SELECT slug FROM hospitals ORDER BY slug LIMIT 1`)).rows[0]?.slug)) ??
    (await (await page.request.get("/api/v1/search?q=70551")).json()).services[0].hospitals[0].hospital.slug;
  return hospitalSlug!;
}

async function openHospitalPage(page: Page): Promise<string> {
  const slug = await aHospitalSlug(page);
  await page.goto(`/hospitals/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return slug;
}

/** Presses Tab until `target` has the focus (keyboard only: no clicks, no focus()). */
async function tabTo(page: Page, target: Locator, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

const TEXT = {
  en: {
    question: "Was this helpful?",
    yes: "Yes",
    no: "Not really",
    comment: "Anything else you would like to tell us? (optional)",
    sendFeedback: "Send feedback",
    thanks: "Thank you for your feedback.",
    toggle: "Report a wrong price",
    service: "Service or billing code",
    shownPrice: "Price shown (optional)",
    message: "What is wrong, or what is the right price?",
    email: "Email (optional)",
    sendReport: "Send report",
    confirmation: "Thank you. We received your report and will check this price.",
    messageRequired: "Tell us what is wrong, or what the right price is.",
    emailInvalid: "Enter an email address like name@example.com, or leave it empty.",
    rateLimited: /You have sent several messages in a short time\. Please try again in \d+ minutes?\./,
  },
  es: {
    question: "¿Le resultó útil?",
    yes: "Sí",
    no: "No mucho",
    comment: "¿Quiere decirnos algo más? (opcional)",
    sendFeedback: "Enviar comentarios",
    thanks: "Gracias por sus comentarios.",
    toggle: "Reportar un precio incorrecto",
    service: "Servicio o código de facturación",
    shownPrice: "Precio que aparece (opcional)",
    message: "¿Qué está mal o cuál es el precio correcto?",
    email: "Correo electrónico (opcional)",
    sendReport: "Enviar reporte",
    confirmation: "Gracias. Recibimos su reporte y revisaremos este precio.",
    messageRequired: "Díganos qué está mal o cuál es el precio correcto.",
    emailInvalid: "Escriba un correo electrónico como nombre@ejemplo.com o deje el campo vacío.",
    rateLimited: /Ha enviado varios mensajes en poco tiempo\. Vuelva a intentarlo en \d+ minutos?\./,
  },
} as const;
type Text = (typeof TEXT)[keyof typeof TEXT];

const feedbackSection = (page: Page, heading: string) => page.getByRole("region", { name: heading });
const reportToggle = (page: Page, t: Text) => page.locator("summary", { hasText: t.toggle });
const reportForm = (page: Page) => page.getByTestId("report-form");

async function describedBy(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).innerText()));
  return texts.join(" ");
}

// ── The flows, in each language ─────────────────────────────────────────────────────────────
for (const [locale, t, heading] of [
  ["en", TEXT.en, "Help us improve"],
  ["es", TEXT.es, "Ayúdenos a mejorar"],
] as const) {
  test.describe(`in ${locale === "en" ? "English" : "Spanish"}`, () => {
    test.use({ locale });

    test("keyboard only: report a wrong price, fix an error, see the confirmation; the report is stored", async ({ page }) => {
      const slug = await openHospitalPage(page);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const id = marker();
      const form = reportForm(page);

      await tabTo(page, reportToggle(page, t));
      await expect(form).toBeHidden();
      await page.keyboard.press("Enter");
      await expect(form).toBeVisible();

      const service = form.getByRole("textbox", { name: t.service });
      const shownPrice = form.getByRole("textbox", { name: t.shownPrice });
      const message = form.getByRole("textbox", { name: t.message });
      const email = form.getByRole("textbox", { name: t.email });

      // The honeypot is nowhere a person can reach: Tab goes from the toggle to the first field.
      await page.keyboard.press("Tab");
      await expect(service).toBeFocused();
      await page.keyboard.type("CPT 70551");
      await page.keyboard.press("Tab");
      await expect(shownPrice).toBeFocused();
      await page.keyboard.type("$1,250.00");
      await page.keyboard.press("Tab");
      await expect(message).toBeFocused(); // left empty on purpose
      await page.keyboard.press("Tab");
      await expect(email).toBeFocused();
      await page.keyboard.type("not-an-email");
      await tabTo(page, form.getByRole("button", { name: t.sendReport }));
      await page.keyboard.press("Enter");

      // Errors sit under their fields, are tied to them, and focus goes to the first one.
      await expect(message).toBeFocused();
      await expect(message).toHaveAttribute("aria-invalid", "true");
      expect(await describedBy(message)).toContain(t.messageRequired);
      await expect(email).toHaveAttribute("aria-invalid", "true");
      expect(await describedBy(email)).toContain(t.emailInvalid);
      // What was typed is still there.
      await expect(service).toHaveValue("CPT 70551");
      await expect(email).toHaveValue("not-an-email");

      await page.keyboard.type(`The hospital's list says $950. ${id}`);
      await page.keyboard.press("Tab");
      await expect(email).toBeFocused();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.press("Delete");
      await tabTo(page, form.getByRole("button", { name: t.sendReport }));
      await page.keyboard.press("Enter");

      const confirmation = page.getByRole("status").filter({ hasText: t.confirmation });
      await expect(confirmation).toBeVisible();
      await expect(confirmation).toBeFocused();
      await expect(form).toHaveCount(0);

      await expectStored(id, [
        {
          kind: "wrong_price",
          status: "new",
          page: `/hospitals/${slug}`,
          hospital_slug: slug,
          service: "CPT 70551",
          shown_price: "$1,250.00",
          message: `The hospital's list says $950. ${id}`,
          contact_email: null,
          locale,
        },
      ]);
    });

    test("keyboard only: “Was this helpful?” with a comment, thanked politely", async ({ page }) => {
      const slug = await openHospitalPage(page);
      const section = feedbackSection(page, heading);
      const group = section.getByRole("group", { name: t.question });
      const comment = section.getByRole("textbox", { name: t.comment });
      const id = marker();

      await expect(comment).toBeHidden(); // until a choice is made
      await tabTo(page, group.getByRole("radio", { name: t.yes }));
      await page.keyboard.press("ArrowRight"); // moves to, and chooses, the second answer
      await expect(group.getByRole("radio", { name: t.no })).toBeChecked();
      await expect(comment).toBeVisible();
      await page.keyboard.press("Tab");
      await expect(comment).toBeFocused();
      await page.keyboard.type(`No price for my plan. ${id}`);
      await page.keyboard.press("Tab");
      await expect(section.getByRole("button", { name: t.sendFeedback })).toBeFocused();
      await page.keyboard.press("Enter");

      const thanks = page.getByRole("status").filter({ hasText: t.thanks });
      await expect(thanks).toBeVisible();
      await expect(thanks).toBeFocused();
      await expect(page.getByTestId("helpful-form")).toHaveCount(0);

      await expectStored(id, [
        { kind: "not_helpful", page: `/hospitals/${slug}`, hospital_slug: slug, message: `No price for my plan. ${id}`, locale },
      ]);
    });

    test("the hospital page with the forms open, and with errors, has no serious or critical axe violations", async ({ page }) => {
      await openHospitalPage(page);
      await reportToggle(page, t).click();
      await feedbackSection(page, heading).getByRole("radio", { name: t.yes }).check();
      await expect(reportForm(page)).toBeVisible();
      await expect(feedbackSection(page, heading).getByRole("textbox", { name: t.comment })).toBeVisible();
      // The honeypot is not in the accessibility tree.
      await expect(page.getByRole("textbox", { name: /Leave this field empty|Deje este campo vacío/ })).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);

      await reportForm(page).getByRole("button", { name: t.sendReport }).click();
      await expect(reportForm(page).getByText(t.messageRequired)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

// ── Bots and floods ─────────────────────────────────────────────────────────────────────────
test("a filled honeypot looks accepted and stores nothing", async ({ page }) => {
  await openHospitalPage(page);
  const id = marker();
  await reportToggle(page, TEXT.en).click();
  const form = reportForm(page);
  await form.getByRole("textbox", { name: TEXT.en.service }).fill("CPT 70551");
  await form.getByRole("textbox", { name: TEXT.en.message }).fill(`Buy cheap pills ${id}`);
  // What a form-filling bot does: fill every input, the hidden one too.
  await form.locator('input[name="website"]').evaluate((el, v) => ((el as HTMLInputElement).value = v), "http://spam.example");
  await form.getByRole("button", { name: TEXT.en.sendReport }).click();
  await expect(page.getByRole("status").filter({ hasText: TEXT.en.confirmation })).toBeVisible();
  const rows = await rowsWith(id);
  if (rows === undefined) test.info().annotations.push({ type: "note", description: "E2E_BASE_URL without DATABASE_URL: nothing to check" });
  else expect(rows).toEqual([]);
});

test("a search result's price is reported from its hospital's page, with the service and the price filled in", async ({ page }) => {
  const id = marker();
  await page.goto("/search?q=70551");
  const row = page.getByTestId("hospital-price-row").first();
  const hospital = (await row.getByRole("link").first().innerText()).trim();
  const shown = (await row.getByRole("cell").nth(1).locator("span.block").first().innerText()).trim();
  await row.getByRole("link", { name: `Report a wrong price at ${hospital}` }).click();
  await expect(page).toHaveURL(/\/hospitals\/[a-z0-9-]+\?report=CPT%3A70551&price=.+#report$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(hospital);
  // The form is open, the service and the price shown are given, not asked for.
  const form = reportForm(page);
  await expect(form).toBeVisible();
  await expect(form).toContainText("Service: CPT 70551");
  await expect(form).toContainText(`Price shown: ${shown} (`);
  await expect(form.getByRole("textbox", { name: TEXT.en.service })).toHaveCount(0);
  await form.getByRole("textbox", { name: TEXT.en.message }).fill(`The cash price is lower on their own site ${id}`);
  await form.getByRole("button", { name: TEXT.en.sendReport }).click();
  await expect(page.getByRole("status").filter({ hasText: TEXT.en.confirmation })).toBeVisible();
  await expectStored(id, [{ kind: "wrong_price", service: "CPT:70551", shown_price: expect.stringMatching(/^\$[\d,]+\.\d\d \(.+\)$/) as unknown as string, locale: "en" }]);
});

test("the 6th submission within 10 minutes from one client is refused, with the wait", async ({ page }) => {
  const id = marker();
  for (let i = 1; i <= 6; i++) {
    await openHospitalPage(page);
    const section = feedbackSection(page, "Help us improve");
    await section.getByRole("radio", { name: TEXT.en.yes }).check();
    await section.getByRole("textbox", { name: TEXT.en.comment }).fill(`${id} #${i}`);
    await section.getByRole("button", { name: TEXT.en.sendFeedback }).click();
    if (i <= 5) await expect(page.getByRole("status").filter({ hasText: TEXT.en.thanks })).toBeVisible();
  }
  const alert = page.getByRole("alert").filter({ hasText: TEXT.en.rateLimited });
  await expect(alert).toBeVisible();
  await expect(alert).toBeFocused();
  // The comment is kept for a later try.
  await expect(feedbackSection(page, "Help us improve").getByRole("textbox", { name: TEXT.en.comment })).toHaveValue(`${id} #6`);
  const rows = await rowsWith(id);
  if (rows !== undefined) expect(rows).toHaveLength(5);
});

// ── Without JavaScript: plain form posts to the server actions ──────────────────────────────
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wrong-price report is posted, errors come back with the typed text, and the report is stored", async ({ page }) => {
    const slug = await openHospitalPage(page);
    const id = marker();
    await reportToggle(page, TEXT.en).click(); // <details> opens without script
    let form = reportForm(page);
    await form.getByRole("textbox", { name: TEXT.en.service }).fill("CPT 70551");
    await form.getByRole("textbox", { name: TEXT.en.email }).fill("ana@example.org");
    await form.getByRole("button", { name: TEXT.en.sendReport }).click();

    form = reportForm(page);
    await expect(form).toBeVisible(); // the disclosure comes back open
    const message = form.getByRole("textbox", { name: TEXT.en.message });
    await expect(message).toHaveAttribute("aria-invalid", "true");
    expect(await describedBy(message)).toContain(TEXT.en.messageRequired);
    await expect(form.getByRole("textbox", { name: TEXT.en.service })).toHaveValue("CPT 70551");
    await expect(form.getByRole("textbox", { name: TEXT.en.email })).toHaveValue("ana@example.org");

    await message.fill(`Cash price is $900 ${id}`);
    await form.getByRole("button", { name: TEXT.en.sendReport }).click();
    await expect(page.getByRole("status").filter({ hasText: TEXT.en.confirmation })).toBeVisible();
    await expectStored(id, [
      { kind: "wrong_price", hospital_slug: slug, service: "CPT 70551", contact_email: "ana@example.org", message: `Cash price is $900 ${id}`, locale: "en" },
    ]);
  });

  test.describe("in Spanish", () => {
    test.use({ locale: "es" });

    test("“Was this helpful?” is posted and thanked", async ({ page }) => {
      const slug = await openHospitalPage(page);
      const id = marker();
      const section = feedbackSection(page, "Ayúdenos a mejorar");
      await section.getByRole("radio", { name: TEXT.es.yes }).check();
      await section.getByRole("textbox", { name: TEXT.es.comment }).fill(`Muy claro ${id}`); // revealed by CSS alone
      await section.getByRole("button", { name: TEXT.es.sendFeedback }).click();
      await expect(page.getByRole("status").filter({ hasText: TEXT.es.thanks })).toBeVisible();
      await expectStored(id, [{ kind: "helpful", hospital_slug: slug, message: `Muy claro ${id}`, locale: "es" }]);
    });
  });
});

// ── On /search, which ships no JavaScript: the form posts to the page itself ────────────────
for (const [locale, t, heading] of [
  ["en", TEXT.en, "Help us improve"],
  ["es", TEXT.es, "Ayúdenos a mejorar"],
] as const) {
  test(`/search in ${locale === "en" ? "English" : "Spanish"}: “Was this helpful?” by keyboard, stored, thanked beside the same results`, async ({ page }) => {
    await page.goto(`/search?q=70551&lang=${locale}`);
    expect(await page.locator("script").count()).toBe(0);
    const section = feedbackSection(page, heading);
    const group = section.getByRole("group", { name: t.question });
    const comment = section.getByRole("textbox", { name: t.comment });
    const id = marker();

    await expect(comment).toBeHidden(); // until a choice is made, by CSS alone
    await tabTo(page, group.getByRole("radio", { name: t.yes }));
    await page.keyboard.press("Space");
    await expect(comment).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(comment).toBeFocused();
    await page.keyboard.type(`Clear prices ${id}`);
    await page.keyboard.press("Tab");
    await expect(section.getByRole("button", { name: t.sendFeedback })).toBeFocused();
    await page.keyboard.press("Enter");

    // The answer comes back as the same search, scrolled to the thank-you.
    await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("q") === "70551" && url.hash === "#feedback");
    await expect(page.getByRole("status").filter({ hasText: t.thanks })).toBeVisible();
    await expect(page.getByTestId("helpful-form")).toHaveCount(0);
    await expect(page.getByTestId("result-summary")).toBeVisible();
    await expectStored(id, [{ kind: "helpful", page: "/search?q=70551", message: `Clear prices ${id}`, locale }]);
  });
}
