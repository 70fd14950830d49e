"use client";

// The interactive "Was this helpful?" (markup in ./helpful-prompt-view.tsx; HelpfulPrompt
// translates its text on the server). The form posts to a server action: with JavaScript
// through useActionState, without it as a plain form post that Next.js answers with the
// re-rendered page.
import { useActionState, useEffect, useId, useRef } from "react";
import { submitHelpful } from "@/app/(public)/feedback/actions";
import { IDLE, type HelpfulFormState } from "@/lib/feedback/types";
import { fieldIds } from "./fields";
import { HelpfulPromptView, helpfulProblemId, type HelpfulContext, type HelpfulText } from "./helpful-prompt-view";

export interface HelpfulPromptFormProps extends HelpfulContext {
  text: HelpfulText;
}

const INITIAL: HelpfulFormState = IDLE;

export function HelpfulPromptForm({ text, ...context }: HelpfulPromptFormProps) {
  const [state, formAction, pending] = useActionState(submitHelpful, INITIAL);
  const formId = `helpful${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const statusRef = useRef<HTMLDivElement>(null);

  // After an answer: focus the thank-you, the first field in error, or the problem.
  useEffect(() => {
    if (state.status === "idle") return;
    if (state.status === "ok") statusRef.current?.focus();
    else if (state.status === "invalid" && state.errors.helpful) document.getElementById(`${formId}-yes`)?.focus();
    else if (state.status === "invalid" && state.errors.comment) document.getElementById(fieldIds(formId, "comment").input)?.focus();
    else document.getElementById(helpfulProblemId(formId))?.focus();
  }, [state, formId]);

  return <HelpfulPromptView {...context} text={text} formId={formId} state={state} pending={pending} form={{ action: formAction }} statusRef={statusRef} />;
}
