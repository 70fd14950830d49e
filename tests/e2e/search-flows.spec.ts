// The public flows end to end on the production build: searching with filters and comparing
// hospitals with the keyboard alone, the shoppable-services entry point, the same in Spanish on a
// phone, and the links and preview images a shared search or comparison carries.
import { expect, test, type Locator, type Page } from "@playwright/test";

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 })) return;
  }
  throw new Error(`${target.toString()} could not be reached with the Tab key`);
}

function firstService(page: Page) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) }).first();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test.describe("keyboard only, desktop", () => {
  test("search by code, filter by place and radius, order by distance", async ({ page }) => {
    await page.goto("/");
    await tabTo(page, page.getByRole("searchbox", { name: "Service or billing code" }));
    await page.keyboard.type("70551");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=70551/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prices for “70551”");

    const filters = page.locator("summary", { hasText: "Location, insurer and other filters" });
    await tabTo(page, filters);
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByLabel("Near (ZIP code or city, state)"));
    await page.keyboard.type("Columbus, OH");
    const radius = page.getByLabel("Within");
    await tabTo(page, radius);
    await page.keyboard.type("100"); // a closed <select> picks the option its typed text starts
    await expect(radius).toHaveValue("100");
    const sort = page.getByLabel("Order hospitals by");
    await tabTo(page, sort);
    await page.keyboard.type("Nearest");
    await expect(sort).toHaveValue("distance");
    await tabTo(page, page.getByRole("button", { name: "Apply filters" }));
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL((url) => url.searchParams.get("location") === "Columbus, OH" && url.searchParams.get("sort") === "distance");
    await expect(page.getByText("Hospitals within 100 miles of Columbus, OH")).toBeVisible();
    const rows = firstService(page).getByTestId("hospital-price-row");
    await expect(rows).toHaveCount(2);
    // Nearest first: Columbus itself, then Athens (about 60 miles away); nothing outside Ohio.
    await expect(rows.nth(0)).toContainText("Ironwood Heights Medical Center");
    await expect(rows.nth(1)).toContainText("Kettle Creek Community Hospital");
    const miles = await rows.evaluateAll((all) => all.map((r) => Number(/([\d.]+) miles? away/.exec(r.textContent ?? "")?.[1])));
    expect(miles[0]).toBeLessThan(10);
    expect(miles[1]).toBeGreaterThan(40);
    expect(miles[1]).toBeLessThanOrEqual(100);
  });

  test("tick two hospitals and compare them, chart and table", async ({ page }) => {
    await page.goto("/search?q=70551");
    const service = firstService(page);
    await expect(service.getByTestId("hospital-price-row").first()).toBeVisible();
    await page.locator("body").focus();
    for (const name of ["Pecan Creek Memorial Hospital", "Hudson Lantern Hospital"]) {
      const box = service.getByRole("checkbox", { name: `Compare ${name}` });
      await tabTo(page, box, 200);
      await page.keyboard.press("Space");
      await expect(box).toBeChecked();
    }
    await tabTo(page, service.getByRole("button", { name: "Compare selected hospitals" }));
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/compare\?service=CPT%3A70551/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Compare /);
    const chart = page.getByRole("img", { name: /Insurer rates at each hospital/ });
    await expect(chart).toHaveAttribute("aria-label", /Pecan Creek Memorial Hospital: \d+ insurer rates? from \$[\d,.]+ to \$[\d,.]+/);
    await expect(chart).toHaveAttribute("aria-label", /Hudson Lantern Hospital: \d+ insurer rates?/);
    const table = page.getByRole("table", { name: /prices at each hospital/ });
    await expect(table.getByRole("link", { name: "Pecan Creek Memorial Hospital" })).toBeVisible();
    await expect(table.getByRole("link", { name: "Hudson Lantern Hospital" })).toBeVisible();
    await expect(table.getByTestId("compare-row").first()).toContainText("$");

    // And back to the search, still by keyboard.
    await tabTo(page, page.getByRole("link", { name: "Back to the search" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=70551/);
  });

  test("a common service from the list leads to its prices", async ({ page }) => {
    await page.goto("/");
    await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Common services" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/services$/);
    const link = page.getByRole("link", { name: /^Prices for / }).first();
    const name = (await link.getAttribute("aria-label"))!.replace(/^Prices for /, "");
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?service=[a-z0-9-]+/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expect(page.getByTestId("hospital-price-row").first()).toBeVisible();
  });
});

test("keyboard only: search one hospital's prices from its page, then widen to every hospital", async ({ page }) => {
  await page.goto("/hospitals/pecan-creek-memorial-hospital-tx");
  const field = page.getByRole("search").getByRole("searchbox", { name: "Service or billing code" });
  await tabTo(page, field);
  await page.keyboard.type("70551");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.searchParams.get("hospital") === "pecan-creek-memorial-hospital-tx");
  const rows = firstService(page).getByTestId("hospital-price-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Pecan Creek Memorial Hospital");

  const only = page.getByRole("checkbox", { name: "Only at Pecan Creek Memorial Hospital" });
  await expect(only).toBeChecked();
  await tabTo(page, only);
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Apply filters" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === "70551" && !url.searchParams.has("hospital"));
  await expect(firstService(page).getByTestId("hospital-price-row").nth(1)).toBeVisible();
});

test.describe("in Spanish on a phone", () => {
  test.use({ locale: "es-US", extraHTTPHeaders: { "Accept-Language": "es-US,es;q=0.9" }, viewport: { width: 375, height: 812 }, hasTouch: true });

  test("search, read the prices, compare two hospitals", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.getByRole("searchbox", { name: "Servicio o código de facturación" }).fill("70551");
    await page.getByRole("button", { name: "Buscar", exact: true }).tap();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Precios de “70551”");

    // On a phone each hospital is a card, not a table row.
    const cards = page.getByRole("list", { name: /^Precios de .* por hospital$/ }).first().getByRole("listitem");
    await expect(cards.first()).toBeVisible();
    await expect(page.getByRole("table", { name: /por hospital/ }).first()).toBeHidden();
    await expect(cards.first()).toContainText("Precio en efectivo");
    await expect(cards.first()).toContainText("$");

    await page.getByRole("checkbox", { name: "Comparar Pecan Creek Memorial Hospital" }).tap();
    await page.getByRole("checkbox", { name: "Comparar Hudson Lantern Hospital" }).tap();
    await page.getByRole("button", { name: "Comparar los hospitales marcados" }).first().tap();
    await expect(page).toHaveURL(/\/compare\?/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Comparar /);
    await expect(page.getByRole("img", { name: /Tarifas de aseguradoras en cada hospital/ })).toBeVisible();
    await expect(page.getByText("Lo que usted podría pagar en realidad")).toBeVisible();
  });

  test("mistakes are explained in Spanish", async ({ page }) => {
    await page.goto("/compare?service=CPT:70551&h=pecan-creek-memorial-hospital-tx");
    await expect(page.getByText("Elija de 2 a 5 hospitales para comparar.")).toBeVisible();
    await page.goto("/compare?h=pecan-creek-memorial-hospital-tx,hudson-lantern-hospital-ny");
    await expect(page.getByText("Elija un servicio para comparar (un código de facturación como CPT:70551).")).toBeVisible();
    await page.goto("/search?q=70551&location=99999");
    await expect(page.getByText("No conocemos el código postal de «99999»")).toBeVisible();
    await expect(page.getByLabel("Cerca de (código postal o ciudad, estado)")).toHaveValue("99999");
  });
});

test("a search and a comparison each have a canonical URL and a preview image of their prices", async ({ page, request }) => {
  await page.goto("/search?q=70551&utm_source=chat");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/search\?q=70551$/);
  const searchImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(searchImage).toMatch(/\/og\/search\?q=70551&lang=en$/);

  const compare = "/compare?service=CPT:70551&h=pecan-creek-memorial-hospital-tx,hudson-lantern-hospital-ny&payer=Northstar";
  await page.goto(compare);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/compare\?service=CPT%3A70551&h=pecan-creek-memorial-hospital-tx%2Chudson-lantern-hospital-ny&payer=Northstar$/,
  );
  const compareImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(compareImage).toMatch(/\/og\/compare\?service=CPT%3A70551&h=.*&lang=en$/);

  for (const image of [searchImage!, compareImage!]) {
    const response = await request.get(new URL(image).pathname + new URL(image).search);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  }
});
