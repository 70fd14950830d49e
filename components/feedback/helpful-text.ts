// The translated text of "Was this helpful?", for its client form and its plain-post form.
import { FEEDBACK_LIMITS } from "@/lib/feedback/types";
import { i18nFor, type Locale } from "@/lib/i18n";
import type { HelpfulText } from "./helpful-prompt-view";

export function helpfulText(locale: Locale): HelpfulText {
  const { t } = i18nFor(locale);
  return {
    question: t("feedback.helpful.question"),
    yes: t("feedback.helpful.yes"),
    no: t("feedback.helpful.no"),
    commentLabel: t("feedback.helpful.comment.label"),
    commentHint: t("feedback.helpful.comment.hint", { max: FEEDBACK_LIMITS.comment }),
    submit: t("feedback.helpful.submit"),
    sending: t("feedback.form.sending"),
    thanks: t("feedback.helpful.thanks"),
    honeypot: t("feedback.form.honeypot"),
  };
}
