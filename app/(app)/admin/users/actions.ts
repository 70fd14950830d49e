"use server";

// The users list's one action: turn two-factor off for a user who lost their authenticator app.
// It re-checks the operator and their second factor itself (requireOperator); an operator cannot
// reset their own (they would lose the operator area until they enrol again).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireOperator } from "@/lib/admin";
import { requestOrigin } from "@/lib/audit";
import { resetTwoFactor } from "@/lib/security/two-factor";
import { isUuid } from "@/lib/tenancy/roles";

const USERS_PATH = "/admin/users";

export async function resetTwoFactorAction(form: FormData): Promise<void> {
  const operator = await requireOperator(USERS_PATH);
  const userId = String(form.get("user") ?? "");
  const query = String(form.get("q") ?? "").slice(0, 254);
  const back = new URLSearchParams(query ? { q: query } : {});
  if (!isUuid(userId) || userId === operator.id) {
    back.set("error", "notReset");
    redirect(`${USERS_PATH}?${back}`);
  }
  const reset = await resetTwoFactor(userId, operator.id, requestOrigin(await headers()));
  back.set(reset ? "done" : "error", reset ? "reset" : "notReset");
  redirect(`${USERS_PATH}?${back}`);
}
