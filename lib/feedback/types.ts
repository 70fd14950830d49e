// Feedback types shared by the server code and the client forms (no server imports here).

export const FEEDBACK_KINDS = ["helpful", "not_helpful", "wrong_price"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_STATUSES = ["new", "reviewed", "dismissed"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** The fields of the "Was this helpful?" form a visitor fills in. */
export type HelpfulField = "helpful" | "comment";
/** The fields of the "Report a wrong price" form a visitor fills in. */
export type WrongPriceField = "service" | "shownPrice" | "message" | "email";

/**
 * What a feedback server action returns, for `useActionState`:
 *   idle         nothing sent yet (the initial state)
 *   ok           stored (or, for a filled honeypot, silently dropped)
 *   invalid      field errors in the visitor's language (`form`: a problem with the hidden
 *                fields — a stale or tampered form), with what was typed so the form keeps it
 *   rateLimited  too many submissions from this client; try again in `retryAfterSeconds`
 *   error        the database failed; nothing was stored
 * Messages come translated (the dictionaries stay on the server).
 */
export type FeedbackFormState<F extends string> =
  | { status: "idle" }
  | { status: "ok" }
  | { status: "invalid"; errors: Partial<Record<F | "form", string>>; values: Partial<Record<F, string>> }
  | { status: "rateLimited"; retryAfterSeconds: number; message: string; values: Partial<Record<F, string>> }
  | { status: "error"; message: string; values: Partial<Record<F, string>> };

export type HelpfulFormState = FeedbackFormState<HelpfulField>;
export type WrongPriceFormState = FeedbackFormState<WrongPriceField>;

export const IDLE: { status: "idle" } = { status: "idle" };

/** Form field names (the `name` attributes): shared by the forms and the parsers. */
export const FIELD = {
  page: "page",
  query: "query",
  hospitalSlug: "hospital",
  service: "service",
  shownPrice: "shown_price",
  message: "message",
  email: "email",
  helpful: "helpful",
  comment: "comment",
  /** The language the form was shown in: its messages and the stored `locale` follow it. */
  locale: "locale",
} as const;

/**
 * The honeypot: a text input humans never see or reach (hidden off-screen, `aria-hidden`
 * wrapper, `tabindex=-1`, autocomplete off) and form-filling bots do fill.
 */
export const HONEYPOT_FIELD = "website";

/** Length limits, after trimming (UTF-16 code units, as the browser's `maxlength` counts). */
export const FEEDBACK_LIMITS = {
  page: 2000,
  query: 200,
  hospitalSlug: 120,
  service: 200,
  shownPrice: 100,
  comment: 1000,
  message: 2000,
  email: 254,
} as const;
