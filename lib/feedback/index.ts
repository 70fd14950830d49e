// Visitor feedback: "Was this helpful?" and "Report a wrong price", stored for the operators' queue.
//
//   Forms → storage    submitHelpfulFeedback(formData, { locale, headers }) and
//                      submitWrongPriceFeedback(…): honeypot, zod validation (messages in the
//                      visitor's language), rate limit, saveFeedback. Never throw; return a
//                      FeedbackFormState for useActionState. The server actions in
//                      app/(public)/feedback/actions.ts are thin wrappers.
//   Validation         helpfulSchema(locale, { host }), wrongPriceSchema(locale, { host }),
//                      sameSitePath(input, host), FEEDBACK_LIMITS
//   Rate limit         FEEDBACK_RATE_LIMIT (5 per 10 minutes per client), clientKey(headers)
//                      (an HMAC of the address; the address itself is never kept)
//   Queue              saveFeedback(submission), listFeedback({ status, limit, before }),
//                      setFeedbackStatus(id, status)
//
// Client components import from "@/lib/feedback/types" only (no server code).
export * from "./types";
export {
  cleanLine,
  cleanText,
  fieldErrors,
  helpfulInput,
  helpfulSchema,
  sameSitePath,
  wrongPriceInput,
  wrongPriceSchema,
  type FeedbackSubmission,
  type HelpfulInput,
  type WrongPriceInput,
} from "./schema";
export {
  FEEDBACK_RATE_LIMIT,
  clientAddress,
  clientKey,
  createFeedbackRateLimiter,
  feedbackRateLimiter,
  type FeedbackRateLimiter,
  type RateLimitVerdict,
} from "./rate-limit";
export {
  FEEDBACK_LIST_DEFAULT_LIMIT,
  FEEDBACK_LIST_MAX_LIMIT,
  isFeedbackStatus,
  listFeedback,
  saveFeedback,
  setFeedbackStatus,
  type FeedbackEntry,
  type FeedbackPage,
} from "./store";
export { formLocale, honeypotFilled, submitHelpfulFeedback, submitWrongPriceFeedback, type FeedbackRequest } from "./submit";
