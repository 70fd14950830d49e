"use server";

// The two-factor step after sign-in: checks the code (lib/security/two-factor: wrong-code limit,
// no code accepted twice, audited), marks this session and goes on to the safe return address.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APP_HOME, currentSessionToken, requireUser, safeCallbackPath } from "@/lib/auth";
import { requestOrigin } from "@/lib/audit";
import { verifySecondFactor } from "@/lib/security/two-factor";

const TWO_FACTOR_PATH = "/sign-in/two-factor";

export async function verifyTwoFactorAction(form: FormData): Promise<void> {
  const callback = safeCallbackPath(String(form.get("callbackUrl") ?? ""));
  const here = callback ? `${TWO_FACTOR_PATH}?${new URLSearchParams({ callbackUrl: callback })}` : TWO_FACTOR_PATH;
  const user = await requireUser(here);
  const code = String(form.get("code") ?? "").slice(0, 20);
  const result = await verifySecondFactor(user.id, code, { sessionToken: await currentSessionToken(), ...requestOrigin(await headers()) });
  if (result.ok) redirect(callback ?? APP_HOME);
  const params = new URLSearchParams({ error: result.reason });
  if (callback) params.set("callbackUrl", callback);
  if (!result.ok && result.retryAfterSeconds) params.set("retry", String(result.retryAfterSeconds));
  redirect(`${TWO_FACTOR_PATH}?${params}`);
}
