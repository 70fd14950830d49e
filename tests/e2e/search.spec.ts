import { expect, test, type Page } from "@playwright/test";

async function searchThroughForm(page: Page, text: string) {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Service or billing code" }).fill(text);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("q") === text);
}

function serviceSection(page: Page, code: string) {
  return page.locator("section").filter({ has: page.getByText(code, { exact: true }) }).first();
}

test("searching 70551 shows prices from several hospitals and leads to a hospital page", async ({ page }) => {
  await searchThroughForm(page, "70551");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prices for “70551”");

  const mri = serviceSection(page, "CPT 70551");
  const rows = mri.getByTestId("hospital-price-row");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(5);

  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    names.add((await row.getByRole("link").first().innerText()).trim());
    // Every hospital shows at least one dollar figure (gross, cash, min or max).
    await expect(row).toContainText("$");
  }
  expect(names.size).toBeGreaterThanOrEqual(5);

  // Insurer rates are one disclosure per hospital; they open without any script of ours.
  const firstRates = mri.locator("details").first();
  await firstRates.locator("summary").click();
  await expect(firstRates.getByRole("table")).toBeVisible();
  await expect(firstRates.getByRole("columnheader", { name: "Negotiated rate" })).toBeVisible();

  // Demo hospitals are labelled.
  await expect(rows.first().getByText("Demo data")).toBeVisible();

  const link = rows.first().getByRole("link").first();
  const hospitalName = (await link.innerText()).trim();
  await link.click();
  await expect(page).toHaveURL(/\/hospitals\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(hospitalName);
  // The demo set's hospitals carry the label on their own page too.
  await expect(page.getByRole("heading", { level: 1 }).getByText("Demo data")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Locations" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Price file" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Services and prices at/ })).toBeVisible();
});

test("word search finds services by description", async ({ page }) => {
  await searchThroughForm(page, "knee replacement");
  await expect(page.getByTestId("result-summary")).toContainText("words in the hospitals’ descriptions");
  await expect(page.getByTestId("hospital-price-row").first()).toBeVisible();
});

test("empty, no-result and unknown-hospital states", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("heading", { name: "How to search" })).toBeVisible();

  await page.goto("/search?q=zzqx%20unobtainium");
  await expect(page.getByRole("heading", { name: /No prices found/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Brain MRI without contrast" })).toBeVisible();

  const response = await page.goto("/hospitals/no-such-hospital");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hospital not found");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form and results work", async ({ page }) => {
    await searchThroughForm(page, "70551");
    await expect(serviceSection(page, "CPT 70551").getByTestId("hospital-price-row").first()).toBeVisible();
  });
});

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
});

test("the JSON API answers with grouped services and rejects bad parameters", async ({ request }) => {
  const ok = await request.get("/api/v1/search?q=70551");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.matchedBy).toBe("code");
  const mri = body.services.find((s: { id: string }) => s.id === "CPT:70551");
  expect(new Set(mri.hospitals.map((o: { hospital: { slug: string } }) => o.hospital.slug)).size).toBeGreaterThanOrEqual(5);

  const bad = await request.get("/api/v1/search?q=mri&limit=0");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "invalid_parameter", parameter: "limit" });
});
