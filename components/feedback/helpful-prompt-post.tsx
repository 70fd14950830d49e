// "Was this helpful?" on a page that ships no JavaScript (/search, ADR 14): a plain form posted
// to the page's own URL, whose server answers it (lib/feedback/form-post) and renders the form
// again in the answer's state. No server action: those belong to the App Router.
import type { HelpfulFormState } from "@/lib/feedback/types";
import { HelpfulPromptView, type HelpfulContext } from "./helpful-prompt-view";
import { helpfulText } from "./helpful-text";

export interface HelpfulPromptPostProps extends HelpfulContext {
  /** Where the form posts: the page's own URL. */
  action: string;
  /** The answer to the last post, or idle. */
  state: HelpfulFormState;
}

export function HelpfulPromptPost({ locale, action, state, ...context }: HelpfulPromptPostProps) {
  return <HelpfulPromptView {...context} locale={locale} text={helpfulText(locale)} formId="helpful" state={state} form={{ method: "post", action }} />;
}
