// Subscribing the signed-in owner's organization to Enterprise the way a customer does: /pricing,
// the Stripe stand-in's hosted checkout, "Pay" (the stand-in sends the signed webhooks), back on
// /app/billing. For specs of Enterprise features (single sign-on); billing.spec tests the flow.
import { expect, type Page } from "@playwright/test";

export async function upgradeToEnterprise(page: Page, organizationName: string): Promise<void> {
  await page.goto("/pricing?lang=en");
  await page.getByRole("button", { name: `Subscribe ${organizationName} to Enterprise` }).click();
  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(/\/app\/billing\?checkout=success$/);
  await expect(page.getByTestId("current-plan")).toContainText("Enterprise");
}
