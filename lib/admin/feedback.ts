// The feedback queue for operators (/admin/feedback): lib/feedback's listFeedback and
// setFeedbackStatus, with the filter and the form's values parsed here so the page and its
// action stay thin.
import { FEEDBACK_STATUSES, isFeedbackStatus, listFeedback, setFeedbackStatus, type FeedbackEntry, type FeedbackPage, type FeedbackStatus } from "../feedback";

export const ADMIN_FEEDBACK_PAGE_SIZE = 50;
export { FEEDBACK_STATUSES };
export type { FeedbackEntry, FeedbackStatus };

/** The status filter from the address: a known status, or undefined for all of them. */
export function parseStatusFilter(value: unknown): FeedbackStatus | undefined {
  return isFeedbackStatus(value) ? value : undefined;
}

/** The queue, newest first, filtered by status; a malformed cursor shows the first page. */
export async function feedbackQueue(options: { status?: FeedbackStatus; before?: string | null } = {}): Promise<FeedbackPage> {
  try {
    return await listFeedback({ status: options.status, before: options.before ?? null, limit: ADMIN_FEEDBACK_PAGE_SIZE });
  } catch (error) {
    if (error instanceof RangeError && options.before) return listFeedback({ status: options.status, limit: ADMIN_FEEDBACK_PAGE_SIZE });
    throw error;
  }
}

/** A status change from the form: the id and the status as posted. Null when either is not valid or there is no such entry. */
export async function changeFeedbackStatus(id: unknown, status: unknown): Promise<FeedbackEntry | null> {
  const n = typeof id === "string" && /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || !isFeedbackStatus(status)) return null;
  return setFeedbackStatus(n, status);
}
