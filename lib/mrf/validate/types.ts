// The shapes a validation run reports in. An Issue is either an error (the file
// breaks a CMS rule) or an alert (CMS asks hospitals to fix it, but the file is
// still valid). Alerts are told apart by their rule id, which always starts
// with "alert.", so Issue stays the plain JSON shape the CLI prints.

export type ValidatedFormat = "csv_tall" | "csv_wide" | "json";

export interface Issue {
  /** Stable rule id, e.g. "methodology.required"; see rules.ts. */
  rule: string;
  /** What is wrong and what to encode instead, for a hospital analyst. */
  message: string;
  /** CSV: 1-based record number (row 1 = general headers, row 3 = column headers). */
  row?: number;
  /** CSV: the header name of the column, as written in the file. */
  column?: string;
  /** JSON: where the value is, e.g. $.standard_charge_information[3].standard_charges[0].setting */
  path?: string;
}

export interface ValidationReport {
  valid: boolean;
  /** The CMS data dictionary version the file was checked against (null when it could not be told). */
  version: string | null;
  format: ValidatedFormat | null;
  /** CSV: non-blank data rows below row 3. JSON: standard_charge_information items. */
  rows: number;
  /** The first MAX_LISTED_ISSUES errors; errorCounts counts all of them. */
  errors: Issue[];
  alerts: Issue[];
  /** Errors per rule id, over the whole file. */
  errorCounts: Record<string, number>;
}

/** Detailed errors and alerts kept per report; beyond this only the counts grow. */
export const MAX_LISTED_ISSUES = 1000;

export const ALERT_PREFIX = "alert.";

export function isAlert(issue: Issue): boolean {
  return issue.rule.startsWith(ALERT_PREFIX);
}

/** Shared empty result: row checks return it when a row is clean, so clean rows allocate nothing. */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]) as readonly Issue[];
