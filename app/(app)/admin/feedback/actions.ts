"use server";

// The feedback queue's one action: move an entry to another status. It re-checks the operator
// and their second factor itself (requireOperator), whatever page posted the form.
import { redirect } from "next/navigation";
import { changeFeedbackStatus, parseStatusFilter, requireOperator } from "@/lib/admin";

const FEEDBACK_PATH = "/admin/feedback";

export async function changeFeedbackStatusAction(form: FormData): Promise<void> {
  await requireOperator(FEEDBACK_PATH);
  const id = String(form.get("id") ?? "");
  const filter = parseStatusFilter(String(form.get("filter") ?? ""));
  const changed = await changeFeedbackStatus(id, String(form.get("status") ?? ""));
  const back = new URLSearchParams();
  if (filter) back.set("status", filter);
  if (changed) {
    back.set("done", String(changed.id));
    back.set("to", changed.status);
    redirect(`${FEEDBACK_PATH}?${back}#feedback-${changed.id}`);
  }
  back.set("error", "notChanged");
  redirect(`${FEEDBACK_PATH}?${back}`);
}
