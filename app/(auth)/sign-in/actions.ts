"use server";

// The sign-in form's action: sends the magic link or goes to the organization's identity
// provider (lib/auth), or comes back to the form with the problem or the choice in the address
// (the form works without JavaScript).
import { redirect } from "next/navigation";
import { requestMagicLink, SIGN_IN_PATH, safeCallbackPath } from "@/lib/auth";

export async function requestSignInLink(form: FormData): Promise<void> {
  const result = await requestMagicLink(form);
  const params = new URLSearchParams({ error: result.status });
  // Only a mistyped address, or one with a choice to make, comes back in the address.
  if (result.status === "invalidEmail" || result.status === "ssoAvailable") params.set("email", result.email);
  const callback = safeCallbackPath(String(form.get("callbackUrl") ?? ""));
  if (callback) params.set("callbackUrl", callback);
  redirect(`${SIGN_IN_PATH}?${params}`);
}
