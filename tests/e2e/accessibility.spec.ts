import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

async function openAllDisclosures(page: Page) {
  await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

test("home page has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/");
  expect(await seriousViolations(page)).toEqual([]);
});

test("search results page has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/search?q=70551");
  await expect(page.getByTestId("hospital-price-row").first()).toBeVisible();
  await openAllDisclosures(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test("search results on a phone have no serious or critical axe violations", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/search?q=knee%20replacement");
  expect(await seriousViolations(page)).toEqual([]);
});

test("empty and no-result search pages have no serious or critical axe violations", async ({ page }) => {
  await page.goto("/search");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/search?q=zzqx%20unobtainium");
  expect(await seriousViolations(page)).toEqual([]);
});

test("hospital page has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/search?q=70551");
  await page.getByTestId("hospital-price-row").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/hospitals\//);
  expect(await seriousViolations(page)).toEqual([]);
});

test("not-found page has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/hospitals/no-such-hospital");
  expect(await seriousViolations(page)).toEqual([]);
});
