// Validation of the two feedback forms (zod), with messages in the visitor's language, and the
// checks behind them: text clean-up, length bounds, and the same-site page path.
import { z } from "zod";
import { i18nFor, type Locale } from "@/lib/i18n";
import { isValidSlug } from "@/lib/search/slug";
import { FEEDBACK_LIMITS, FIELD, type FeedbackKind, type HelpfulField, type WrongPriceField } from "./types";

// ── Text clean-up ───────────────────────────────────────────────────────────────────────────
// PostgreSQL's text type rejects NUL, and control characters have no business in a message.
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const CONTROL_BUT_NEWLINE_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** One line of text: control characters (line breaks included) become spaces; trimmed. */
export function cleanLine(value: string): string {
  return value.normalize("NFC").replace(CONTROL_ALL, " ").trim();
}

/** A multi-line message: CRLF/CR become LF, other control characters are dropped; trimmed. */
export function cleanText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(CONTROL_BUT_NEWLINE_AND_TAB, "")
    .trim();
}

// ── The page a visitor was on ───────────────────────────────────────────────────────────────
const PLACEHOLDER_ORIGIN = "http://same-site.invalid";

/**
 * The same-site path (path and query string, no fragment) of `input`, or null when it is not
 * one: a path must start with a single "/" ("//host" and "/\host" name other hosts), and an
 * absolute http(s) URL is accepted only when its host is `host` (the request's own host).
 * Control characters, backslashes and anything longer than FEEDBACK_LIMITS.page are refused.
 */
export function sameSitePath(input: string, host?: string | null): string | null {
  const value = input.trim();
  if (value === "" || value.length > FEEDBACK_LIMITS.page) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  let url: URL;
  if (value.startsWith("/")) {
    if (value.startsWith("//")) return null;
    try {
      url = new URL(value, PLACEHOLDER_ORIGIN);
    } catch {
      return null;
    }
    if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  } else {
    try {
      url = new URL(value);
    } catch {
      return null; // a relative path ("search?q=1") or not a URL at all
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!host || url.host.toLowerCase() !== host.trim().toLowerCase()) return null;
    if (url.username || url.password) return null;
  }
  const path = `${url.pathname}${url.search}`;
  return path.length <= FEEDBACK_LIMITS.page ? path : null;
}

// ── Schemas ─────────────────────────────────────────────────────────────────────────────────
/** Raw form input: every field a string ("" when absent). */
export type RawInput<K extends string> = Record<K, string>;

type ContextKey = "page" | "query" | "hospitalSlug" | "service";
export type HelpfulInput = RawInput<ContextKey | "helpful" | "comment">;
export type WrongPriceInput = RawInput<ContextKey | "shownPrice" | "message" | "email">;

/** A validated submission, ready for saveFeedback (absent optional fields are undefined). */
export interface FeedbackSubmission {
  kind: FeedbackKind;
  page: string;
  query?: string;
  hospitalSlug?: string;
  service?: string;
  shownPrice?: string;
  message?: string;
  contactEmail?: string;
}

function messagesFor(locale: Locale) {
  const { t } = i18nFor(locale);
  return {
    tooLong: (max: number) => t("feedback.error.tooLong", { max }),
    form: t("feedback.error.form"),
    helpful: t("feedback.error.helpfulRequired"),
    service: t("feedback.error.serviceRequired"),
    message: t("feedback.error.messageRequired"),
    email: t("feedback.error.email"),
  };
}

/** Optional text: cleaned, bounded, "" becomes undefined. */
function optionalText(clean: (s: string) => string, max: number, tooLong: string) {
  return z
    .string()
    .transform(clean)
    .pipe(z.string().max(max, { error: tooLong }))
    .transform((s) => (s === "" ? undefined : s));
}

/** Required text: cleaned, not empty, bounded. */
function requiredText(clean: (s: string) => string, max: number, required: string, tooLong: string) {
  return z
    .string()
    .transform(clean)
    .pipe(z.string().min(1, { error: required }).max(max, { error: tooLong }));
}

function pageField(host: string | null | undefined, error: string) {
  return z.string().transform((value, ctx) => {
    const path = sameSitePath(value, host);
    if (path === null) {
      ctx.addIssue({ code: "custom", message: error });
      return z.NEVER;
    }
    return path;
  });
}

function slugField(error: string) {
  return z
    .string()
    .transform(cleanLine)
    .refine((s) => s === "" || (s.length <= FEEDBACK_LIMITS.hospitalSlug && isValidSlug(s)), { error });
}

/** "Was this helpful?": yes or no, an optional comment, and the page's context (hidden fields). */
export function helpfulSchema(locale: Locale, options: { host?: string | null } = {}) {
  const m = messagesFor(locale);
  return z
    .object({
      helpful: z.enum(["yes", "no"], { error: m.helpful }),
      comment: optionalText(cleanText, FEEDBACK_LIMITS.comment, m.tooLong(FEEDBACK_LIMITS.comment)),
      page: pageField(options.host, m.form),
      query: optionalText(cleanLine, FEEDBACK_LIMITS.query, m.form),
      hospitalSlug: slugField(m.form).transform((s) => s || undefined),
      service: optionalText(cleanLine, FEEDBACK_LIMITS.service, m.form),
    })
    .transform(
      (v): FeedbackSubmission => ({
        kind: v.helpful === "yes" ? "helpful" : "not_helpful",
        page: v.page,
        query: v.query,
        hospitalSlug: v.hospitalSlug,
        service: v.service,
        message: v.comment,
      }),
    );
}

/** "Report a wrong price": the hospital, the service, the price shown, what is right, an optional email. */
export function wrongPriceSchema(locale: Locale, options: { host?: string | null } = {}) {
  const m = messagesFor(locale);
  return z
    .object({
      page: pageField(options.host, m.form),
      query: optionalText(cleanLine, FEEDBACK_LIMITS.query, m.form),
      hospitalSlug: slugField(m.form).refine((s) => s !== "", { error: m.form }),
      service: requiredText(cleanLine, FEEDBACK_LIMITS.service, m.service, m.tooLong(FEEDBACK_LIMITS.service)),
      shownPrice: optionalText(cleanLine, FEEDBACK_LIMITS.shownPrice, m.tooLong(FEEDBACK_LIMITS.shownPrice)),
      message: requiredText(cleanText, FEEDBACK_LIMITS.message, m.message, m.tooLong(FEEDBACK_LIMITS.message)),
      email: z
        .string()
        .transform(cleanLine)
        .pipe(
          z
            .string()
            .max(FEEDBACK_LIMITS.email, { error: m.email })
            .pipe(z.union([z.literal(""), z.email({ error: m.email })], { error: m.email })),
        )
        .transform((s) => (s === "" ? undefined : s)),
    })
    .transform(
      (v): FeedbackSubmission => ({
        kind: "wrong_price",
        page: v.page,
        query: v.query,
        hospitalSlug: v.hospitalSlug,
        service: v.service,
        shownPrice: v.shownPrice,
        message: v.message,
        contactEmail: v.email,
      }),
    );
}

// ── From a form post ────────────────────────────────────────────────────────────────────────
/** A form field as a string: "" when absent or a file. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function helpfulInput(form: FormData): HelpfulInput {
  return {
    helpful: formText(form, FIELD.helpful),
    comment: formText(form, FIELD.comment),
    page: formText(form, FIELD.page),
    query: formText(form, FIELD.query),
    hospitalSlug: formText(form, FIELD.hospitalSlug),
    service: formText(form, FIELD.service),
  };
}

export function wrongPriceInput(form: FormData): WrongPriceInput {
  return {
    page: formText(form, FIELD.page),
    query: formText(form, FIELD.query),
    hospitalSlug: formText(form, FIELD.hospitalSlug),
    service: formText(form, FIELD.service),
    shownPrice: formText(form, FIELD.shownPrice),
    message: formText(form, FIELD.message),
    email: formText(form, FIELD.email),
  };
}

export type FieldErrors<F extends string> = Partial<Record<F | "form", string>>;

/**
 * The first message per visible field; problems with fields the visitor cannot see or
 * change (`hidden`) are reported once, as `form`.
 */
export function fieldErrors<F extends string>(error: z.ZodError, visible: readonly F[]): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    const field = (visible as readonly string[]).includes(key) ? (key as F) : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

export const HELPFUL_FIELDS: readonly HelpfulField[] = ["helpful", "comment"];
export const WRONG_PRICE_FIELDS: readonly WrongPriceField[] = ["service", "shownPrice", "message", "email"];
