// The whole handling of one feedback form post, for the server actions in
// app/(public)/feedback/actions.ts: honeypot, validation, rate limit, storage. It never throws:
// every outcome is a FeedbackFormState, and logs carry no personal data (no text, no address).
import type { ZodError } from "zod";
import { i18nFor, isLocale, type Locale } from "@/lib/i18n";
import { clientKey, feedbackRateLimiter, type FeedbackRateLimiter } from "./rate-limit";
import {
  HELPFUL_FIELDS,
  WRONG_PRICE_FIELDS,
  fieldErrors,
  formText,
  helpfulInput,
  helpfulSchema,
  wrongPriceInput,
  wrongPriceSchema,
  type FeedbackSubmission,
} from "./schema";
import { saveFeedback } from "./store";
import {
  FIELD,
  HONEYPOT_FIELD,
  type FeedbackFormState,
  type HelpfulField,
  type HelpfulFormState,
  type WrongPriceField,
  type WrongPriceFormState,
} from "./types";

export interface FeedbackRequest {
  /** The request's language; the form's own `locale` field, when valid, wins. */
  locale: Locale;
  /** The request's headers: its host (for the page check) and the client's address (rate limit). */
  headers: Headers;
  /** Defaults to the process-wide limiter. */
  limiter?: FeedbackRateLimiter;
  /** Defaults to saveFeedback on the app's pool. */
  save?: (submission: FeedbackSubmission & { locale: Locale }) => Promise<unknown>;
}

/** True when the honeypot has anything in it: a bot filled the form. */
export function honeypotFilled(form: FormData): boolean {
  return formText(form, HONEYPOT_FIELD).trim() !== "";
}

// What the visitor typed goes back to the form so an error does not lose it (bounded: the
// browser's maxlength keeps real input far below this).
const ECHO_MAX = 10_000;
function typed<F extends string>(form: FormData, fields: Record<F, string>): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {};
  for (const [field, name] of Object.entries(fields) as [F, string][]) {
    const value = formText(form, name);
    if (value !== "") values[field] = value.slice(0, ECHO_MAX);
  }
  return values;
}

/** The host the request was made to (behind a proxy, the one it forwarded). */
export function requestHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

/** The language the form was shown in, else the request's: errors read like the page around them. */
export function formLocale(form: FormData, fallback: Locale): Locale {
  const value = formText(form, FIELD.locale);
  return isLocale(value) ? value : fallback;
}

async function handle<F extends string>(
  form: FormData,
  request: FeedbackRequest,
  spec: {
    name: string;
    visible: readonly F[];
    echo: Record<F, string>;
    parse: (locale: Locale) => { success: true; data: FeedbackSubmission } | { success: false; error: ZodError };
  },
): Promise<FeedbackFormState<F>> {
  const values = typed(form, spec.echo);
  const locale = formLocale(form, request.locale);
  try {
    if (honeypotFilled(form)) {
      // Looks like success to the bot; nothing is stored.
      console.warn("feedback dropped: honeypot filled", { form: spec.name });
      return { status: "ok" };
    }
    const parsed = spec.parse(locale);
    if (!parsed.success) return { status: "invalid", errors: fieldErrors(parsed.error, spec.visible), values };
    const verdict = await (request.limiter ?? feedbackRateLimiter()).take(clientKey(request.headers));
    if (!verdict.allowed) {
      console.warn("feedback refused: rate limit", { form: spec.name });
      const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
      const message = i18nFor(locale).t("feedback.form.rateLimited", { n: minutes });
      return { status: "rateLimited", retryAfterSeconds: verdict.retryAfterSeconds, message, values };
    }
    await (request.save ?? saveFeedback)({ ...parsed.data, locale });
    return { status: "ok" };
  } catch (error) {
    // Error names and pg's SQLSTATE codes only: messages may quote the submitted values.
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
    console.error("feedback not stored", { form: spec.name, error: error instanceof Error ? error.name : "unknown", code });
    return { status: "error", message: i18nFor(locale).t("feedback.form.serverError"), values };
  }
}

/** "Was this helpful?": the server action's work. */
export function submitHelpfulFeedback(form: FormData, request: FeedbackRequest): Promise<HelpfulFormState> {
  return handle<HelpfulField>(form, request, {
    name: "helpful",
    visible: HELPFUL_FIELDS,
    echo: { helpful: FIELD.helpful, comment: FIELD.comment },
    parse: (locale) => helpfulSchema(locale, { host: requestHost(request.headers) }).safeParse(helpfulInput(form)),
  });
}

/** "Report a wrong price": the server action's work. */
export function submitWrongPriceFeedback(form: FormData, request: FeedbackRequest): Promise<WrongPriceFormState> {
  return handle<WrongPriceField>(form, request, {
    name: "wrong_price",
    visible: WRONG_PRICE_FIELDS,
    echo: { service: FIELD.service, shownPrice: FIELD.shownPrice, message: FIELD.message, email: FIELD.email },
    parse: (locale) => wrongPriceSchema(locale, { host: requestHost(request.headers) }).safeParse(wrongPriceInput(form)),
  });
}
