// The operator area (/admin): the gate, users, ingestion runs and the feedback queue.
export { OPERATOR_ENROL_PATH, SECURITY_PATH, TWO_FACTOR_PATH, requireOperator, twoFactorPath } from "./guard";
export { ADMIN_USERS_PAGE_SIZE, listUsers, normalizeEmailQuery, parsePage, type AdminUser, type AdminUserPage } from "./users";
export {
  RAW_PREVIEW,
  RUNS_PAGE_SIZE,
  RUN_QUARANTINE_LIMIT,
  getRun,
  listRuns,
  parseRunCursor,
  parseRunReport,
  reasonTexts,
  type QuarantinedRow,
  type RunDetail,
  type RunIssue,
  type RunPage,
  type RunReport,
  type RunStatus,
  type RunSummary,
} from "./runs";
export { ADMIN_FEEDBACK_PAGE_SIZE, FEEDBACK_STATUSES, changeFeedbackStatus, feedbackQueue, parseStatusFilter, type FeedbackEntry, type FeedbackStatus } from "./feedback";
