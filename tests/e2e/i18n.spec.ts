// English and Spanish: the language from Accept-Language, the header's switcher (a plain link,
// remembered in a cookie), <html lang>, keyboard use and an axe scan of the Spanish pages.
import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";

const header = (page: Page) => page.getByRole("banner");

async function expectSpanishSearch(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Precios de “70551”");
  await expect(page.getByRole("searchbox", { name: "Servicio o código de facturación" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Cargo bruto" }).first()).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Precio en efectivo con descuento" }).first()).toBeVisible();
  await expect(page.getByTestId("result-summary")).toContainText("por código de facturación");
  await expect(page.getByTestId("hospital-price-row").first()).toContainText("$");
}

test("Accept-Language: es gets Spanish pages with <html lang=\"es\">", async ({ request }) => {
  for (const path of ["/search?q=70551", "/"]) {
    const html = await (await request.get(path, { headers: { "Accept-Language": "es" } })).text();
    expect(html, path).toContain('<html lang="es">');
    expect(html, path).toContain("Buscar precios");
  }
  const english = await (await request.get("/search?q=70551", { headers: { "Accept-Language": "fr-CA, en;q=0.5, es;q=0.3" } })).text();
  expect(english).toContain('<html lang="en">');
});

// A browser whose preferred language is Spanish (Playwright's `locale` sets its Accept-Language).
test.describe("with a Spanish browser", () => {
  test.use({ locale: "es" });

  test("search and hospital pages are in Spanish, with <html lang=\"es\">", async ({ page }) => {
    await page.goto("/search?q=70551");
    await expectSpanishSearch(page);
    await expect(page).toHaveTitle("Precios de “70551” · Hospital Priceline");
    await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Buscar precios" })).toBeVisible();
    await expect(page.getByTestId("hospital-price-row").first().getByText("Datos de demostración")).toBeVisible();

    await page.getByTestId("hospital-price-row").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/hospitals\/[a-z0-9-]+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 2, name: "Ubicaciones" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Archivo de precios" })).toBeVisible();
    await expect(page.getByRole("table", { name: /Servicios y precios en/ })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "English" })).toHaveAttribute("lang", "en");
  });

  test("a visitor can still choose English, and it sticks", async ({ page }) => {
    await page.goto("/search?q=70551");
    await header(page).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/search?q=70551");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prices for “70551”");
  });

  test("the Spanish search page has no serious or critical axe violations", async ({ page }) => {
    await page.goto("/search?q=70551");
    await expect(page.getByTestId("hospital-price-row").first()).toBeVisible();
    await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/search");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the Spanish hospital page has no serious or critical axe violations", async ({ page }) => {
    await page.goto("/search?q=70551");
    await page.getByTestId("hospital-price-row").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/hospitals\//);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test("the switcher changes the language and the choice sticks across navigation", async ({ page, context }) => {
  await page.goto("/search?q=70551");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const espanol = header(page).getByRole("link", { name: "Español" });
  await expect(espanol).toHaveAttribute("lang", "es");
  await expect(espanol).toHaveAttribute("hreflang", "es");
  await expect(espanol).toHaveAttribute("href", "/search?q=70551&lang=es");

  await espanol.click();
  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("q") === "70551" && url.searchParams.get("lang") === "es");
  await expectSpanishSearch(page);
  const cookie = (await context.cookies()).find((c) => c.name === "lang");
  expect(cookie).toMatchObject({ value: "es", path: "/", sameSite: "Lax", httpOnly: true });
  expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(364 * 24 * 3600);

  // Client-side navigation to a page without ?lang: still Spanish, and the switcher follows the page.
  await page.getByTestId("hospital-price-row").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/hospitals\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 2, name: "Ubicaciones" })).toBeVisible();
  const hospitalPath = new URL(page.url()).pathname;
  await expect(header(page).getByRole("link", { name: "English" })).toHaveAttribute("href", `${hospitalPath}?lang=en`);

  // A fresh page load: the cookie keeps Spanish.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare precios de hospitales");

  // And back to English, which sticks as well.
  await header(page).getByRole("link", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/search");
  await expect(page.getByRole("heading", { name: "How to search" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("keyboard users can reach and use the switcher", async ({ page }) => {
  await page.goto("/search?q=knee%20replacement");
  const espanol = header(page).getByRole("link", { name: "Español" });
  // Skip link, site name, "Search prices", "Common services", then the switcher.
  for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
  await expect(espanol).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]lang=es/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("searchbox", { name: "Servicio o código de facturación" })).toHaveValue("knee replacement");

  const english = header(page).getByRole("link", { name: "English" });
  for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
  await expect(english).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switcher works and the choice sticks", async ({ page }) => {
    await page.goto("/search?q=70551");
    await header(page).getByRole("link", { name: "Español" }).click();
    await expectSpanishSearch(page);
    await page.getByTestId("hospital-price-row").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/hospitals\/[a-z0-9-]+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 2, name: "Ubicaciones" })).toBeVisible();
  });
});
