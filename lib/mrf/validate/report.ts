// Collects issues into a ValidationReport: every error is counted per rule,
// but only the first MAX_LISTED_ISSUES errors (and alerts) are kept in detail,
// so a file with millions of bad rows still yields a small report.
import { MAX_LISTED_ISSUES, isAlert, type Issue, type ValidatedFormat, type ValidationReport } from "./types";

/** Messages quote values from the file: keep a hostile value from making the report huge. */
const MAX_MESSAGE = 500;
const bounded = (issue: Issue): Issue =>
  issue.message.length > MAX_MESSAGE ? { ...issue, message: `${issue.message.slice(0, MAX_MESSAGE - 1)}…` } : issue;

export class ReportBuilder {
  readonly errors: Issue[] = [];
  readonly alerts: Issue[] = [];
  readonly errorCounts: Record<string, number> = {};
  /** Alerts per rule id (kept for ingestion reports; the CLI lists alerts themselves). */
  readonly alertCounts: Record<string, number> = {};
  private errorTotal = 0;
  /** Every alert seen, including those past the detail cap. */
  alertTotal = 0;

  constructor(private readonly cap = MAX_LISTED_ISSUES) {}

  add(issues: readonly Issue[]): void {
    for (let i = 0; i < issues.length; i++) {
      const issue = bounded(issues[i]!);
      if (isAlert(issue)) {
        this.alertTotal++;
        this.alertCounts[issue.rule] = (this.alertCounts[issue.rule] ?? 0) + 1;
        if (this.alerts.length < this.cap) this.alerts.push(issue);
      } else {
        this.errorTotal++;
        this.errorCounts[issue.rule] = (this.errorCounts[issue.rule] ?? 0) + 1;
        if (this.errors.length < this.cap) this.errors.push(issue);
      }
    }
  }

  get hasErrors(): boolean {
    return this.errorTotal > 0;
  }

  build(fields: { version: string | null; format: ValidatedFormat | null; rows: number }): ValidationReport {
    return {
      valid: this.errorTotal === 0,
      version: fields.version,
      format: fields.format,
      rows: fields.rows,
      errors: this.errors,
      alerts: this.alerts,
      errorCounts: this.errorCounts,
    };
  }
}
