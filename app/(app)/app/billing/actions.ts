"use server";

// Server actions of /app/billing and /pricing: Checkout for a plan (or an in-place plan change)
// and the Customer Portal. Each re-checks the session, the membership in the organization the
// form names and the "billing.manage" permission (owners and admins) before lib/billing runs.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authUrl } from "@/lib/auth/config";
import { requireUser } from "@/lib/auth";
import { requestOrigin } from "@/lib/audit";
import { BillingError, BillingNotConfiguredError, isPaidPlanId, portalUrl, startCheckout } from "@/lib/billing";
import { can } from "@/lib/members";
import { membershipIn } from "@/lib/orgs";

const BILLING_PATH = "/app/billing";

async function billingManager(form: FormData): Promise<{ userId: string; organizationId: string }> {
  const user = await requireUser(BILLING_PATH);
  const organizationId = String(form.get("organization") ?? "");
  const role = await membershipIn(user.id, organizationId);
  if (!role || !can(role, "billing.manage")) redirect(`${BILLING_PATH}?error=forbidden`);
  return { userId: user.id, organizationId };
}

function failure(error: unknown): never {
  if (error instanceof BillingError) redirect(`${BILLING_PATH}?error=${error.code}`);
  if (error instanceof BillingNotConfiguredError) redirect(`${BILLING_PATH}?error=not_configured`);
  console.error("billing action failed", error);
  redirect(`${BILLING_PATH}?error=stripe`);
}

export async function checkoutAction(form: FormData): Promise<void> {
  const { userId, organizationId } = await billingManager(form);
  const plan = String(form.get("plan") ?? "");
  if (!isPaidPlanId(plan)) redirect(`${BILLING_PATH}?error=invalid_plan`);
  const base = authUrl();
  let target: string;
  try {
    const result = await startCheckout(
      organizationId,
      userId,
      plan,
      { successUrl: `${base}${BILLING_PATH}?checkout=success`, cancelUrl: `${base}${BILLING_PATH}?checkout=canceled` },
      requestOrigin(await headers()),
    );
    target = result.kind === "redirect" ? result.url : `${BILLING_PATH}?changed=${result.plan}`;
  } catch (error) {
    failure(error);
  }
  redirect(target);
}

export async function portalAction(form: FormData): Promise<void> {
  const { organizationId } = await billingManager(form);
  let target: string;
  try {
    target = await portalUrl(organizationId, `${authUrl()}${BILLING_PATH}`);
  } catch (error) {
    failure(error);
  }
  redirect(target);
}
