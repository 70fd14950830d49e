// "Was this helpful?" for any public page: translated here, on the server (the dictionaries stay
// out of the browser), and handed to the client form.
import { FEEDBACK_LIMITS } from "@/lib/feedback/types";
import { i18nFor, type Locale } from "@/lib/i18n";
import { HelpfulPromptForm, type HelpfulText } from "./helpful-prompt-form";

export interface HelpfulPromptProps {
  locale: Locale;
  /** The page the answer is about: its path and query string. */
  page: string;
  /** What the visitor searched for, the hospital and the service, when the page is about them. */
  query?: string;
  hospitalSlug?: string;
  service?: string;
}

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

export function HelpfulPrompt({ locale, ...context }: HelpfulPromptProps) {
  return <HelpfulPromptForm text={helpfulText(locale)} locale={locale} {...context} />;
}
