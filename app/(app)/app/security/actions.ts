"use server";

// Server actions of /app/security. Each re-checks the session itself (requireUser) and acts only
// on the signed-in user's own two-factor settings; lib/security/two-factor checks the codes.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentSessionToken, requireUser } from "@/lib/auth";
import { requestOrigin } from "@/lib/audit";
import { cancelEnrolment, confirmEnrolment, disableTwoFactor, startEnrolment, TwoFactorError, type TwoFactorResult } from "@/lib/security/two-factor";

const SECURITY_PATH = "/app/security";

function back(params: Record<string, string>, anchor = "two-factor"): never {
  redirect(`${SECURITY_PATH}?${new URLSearchParams(params)}#${anchor}`);
}

/** Keeps ?required=operator across the page's own round trips. */
function keep(form: FormData): Record<string, string> {
  return form.get("required") === "operator" ? { required: "operator" } : {};
}

function failed(result: TwoFactorResult, form: FormData, field: string): never {
  if (result.ok) throw new Error("not a failure");
  back({ ...keep(form), error: result.reason, field });
}

export async function startEnrolmentAction(form: FormData): Promise<void> {
  const user = await requireUser(SECURITY_PATH);
  try {
    await startEnrolment(user);
  } catch (error) {
    if (error instanceof TwoFactorError) back({ ...keep(form), error: error.reason });
    throw error;
  }
  back({ ...keep(form), step: "confirm" });
}

export async function cancelEnrolmentAction(form: FormData): Promise<void> {
  const user = await requireUser(SECURITY_PATH);
  await cancelEnrolment(user.id);
  back(keep(form));
}

export async function confirmEnrolmentAction(form: FormData): Promise<void> {
  const user = await requireUser(SECURITY_PATH);
  const code = String(form.get("code") ?? "").slice(0, 20);
  const result = await confirmEnrolment(user.id, code, { sessionToken: await currentSessionToken(), ...requestOrigin(await headers()) });
  if (!result.ok) failed(result, form, "confirm");
  back({ ...keep(form), done: "enabled" });
}

export async function disableTwoFactorAction(form: FormData): Promise<void> {
  const user = await requireUser(SECURITY_PATH);
  const code = String(form.get("code") ?? "").slice(0, 20);
  const result = await disableTwoFactor(user.id, code, { sessionToken: await currentSessionToken(), ...requestOrigin(await headers()) });
  if (!result.ok) failed(result, form, "disable");
  back({ done: "disabled" });
}
