// A hospital's public compliance summary: what the CMS rules check found in its current price
// file when it was loaded — errors and alerts per rule, where each was first found, the rows set
// aside, and the file's attestation. Read from the file's ingestion run (lib/ingest/runs.ts).
import { RULES, type RuleId } from "@/lib/mrf/validate";
import { withReadOnlyClient } from "@/lib/search/db";
import type { Locale } from "@/lib/i18n";
import { RULE_TITLES_ES } from "./rule-titles-es";

export interface RuleFinding {
  rule: string;
  kind: "error" | "alert";
  /** Times found in the whole file. */
  count: number;
  /** Where it was first found: CSV row and column, or JSON path. */
  first: { row?: number; column?: string; path?: string } | null;
}

export interface ComplianceSummary {
  /** When the file was checked and loaded (ISO timestamp). */
  checkedAt: string;
  cmsVersion: string | null;
  rowsRead: number;
  rowsLoaded: number;
  /** Rows that broke a rule and were set aside (lenient loading). */
  rowsSetAside: number;
  errorCount: number;
  alertCount: number;
  /** Errors first, then alerts; each by count, most found first. */
  findings: RuleFinding[];
  /** v3 attestation: true, false, or null when the file has none (v2 affirmation is in the same field). */
  attestation: boolean | null;
  attesterName: string | null;
}

interface StoredIssue {
  rule: string;
  row?: number;
  column?: string;
  path?: string;
}

interface StoredReport {
  errorCounts?: Record<string, number>;
  alertCounts?: Record<string, number>;
  errors?: StoredIssue[];
  alerts?: StoredIssue[];
}

const isAlertRule = (rule: string) => rule.startsWith("alert.");

/** Counts per rule; runs recorded before alertCounts existed count the alerts they listed. */
function countsOf(report: StoredReport): Map<string, number> {
  const counts = new Map<string, number>(Object.entries(report.errorCounts ?? {}));
  if (report.alertCounts) for (const [rule, n] of Object.entries(report.alertCounts)) counts.set(rule, n);
  else for (const a of report.alerts ?? []) counts.set(a.rule, (counts.get(a.rule) ?? 0) + 1);
  return counts;
}

export function findingsOf(report: StoredReport | null): RuleFinding[] {
  if (!report) return [];
  const firstOf = new Map<string, StoredIssue>();
  for (const issue of [...(report.errors ?? []), ...(report.alerts ?? [])]) if (!firstOf.has(issue.rule)) firstOf.set(issue.rule, issue);
  return [...countsOf(report)]
    .filter(([, n]) => n > 0)
    .map(([rule, count]): RuleFinding => {
      const f = firstOf.get(rule);
      const first = f ? { ...(f.row !== undefined && { row: f.row }), ...(f.column !== undefined && { column: f.column }), ...(f.path !== undefined && { path: f.path }) } : null;
      return { rule, kind: isAlertRule(rule) ? "alert" : "error", count, first: first && Object.keys(first).length > 0 ? first : null };
    })
    .sort((a, b) => Number(a.kind === "alert") - Number(b.kind === "alert") || b.count - a.count || a.rule.localeCompare(b.rule));
}

/** A rule's one-line title in the interface language (the rule id for a rule this version does not know). */
export function ruleTitle(rule: string, locale: Locale): string {
  if (!(rule in RULES)) return rule;
  return locale === "es" ? RULE_TITLES_ES[rule as RuleId] : RULES[rule as RuleId].title;
}

interface RunRow {
  finished_at: Date;
  cms_version: string | null;
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
  error_count: number;
  alert_count: number;
  report: StoredReport | null;
  attestation: boolean | null;
  attester_name: string | null;
}

/** The summary for a price file, from the run that loaded it; null when no run was recorded. */
export async function getComplianceSummary(mrfFileId: number): Promise<ComplianceSummary | null> {
  return withReadOnlyClient(async (client) => {
    const { rows } = await client.query<RunRow>(
      `SELECT r.finished_at, r.cms_version, r.rows_read, r.rows_loaded, r.rows_quarantined, r.error_count, r.alert_count,
              r.report, f.attestation, f.attester_name
       FROM ingestion_runs r JOIN mrf_files f ON f.id = r.mrf_file_id
       WHERE r.mrf_file_id = $1 AND r.status = 'succeeded'
       ORDER BY r.finished_at DESC, r.id DESC
       LIMIT 1`,
      [mrfFileId],
    );
    const run = rows[0];
    if (!run) return null;
    return {
      checkedAt: run.finished_at.toISOString(),
      cmsVersion: run.cms_version,
      rowsRead: run.rows_read,
      rowsLoaded: run.rows_loaded,
      rowsSetAside: run.rows_quarantined,
      errorCount: run.error_count,
      alertCount: run.alert_count,
      findings: findingsOf(run.report),
      attestation: run.attestation,
      attesterName: run.attester_name,
    };
  });
}

/** CMS requires a file to be updated at least once a year (45 CFR 180.50(e)). */
export function isOutOfDate(lastUpdatedOn: string, now: Date = new Date()): boolean {
  const updated = Date.parse(`${lastUpdatedOn}T00:00:00Z`);
  if (Number.isNaN(updated)) return false;
  const yearLater = new Date(updated);
  yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
  return now.getTime() > yearLater.getTime();
}
