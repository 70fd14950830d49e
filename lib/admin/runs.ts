// Ingestion runs for operators (/admin/runs): every attempt lib/ingest/runs.ts recorded, newest
// first, and one run with its stored report — errors and alerts counted per rule with the first
// ones in detail — and the rows lenient ingestion set aside (quarantined_rows) with their
// reasons. Runs and quarantined rows belong to no organization: parameterized SQL on the app's
// pool, as lib/feedback does.
import type pg from "pg";
import { getPool } from "../db/pool";

type Queryable = Pick<pg.Pool, "query">;

export const RUNS_PAGE_SIZE = 50;
/** Quarantined rows shown on a run's page (all are counted). */
export const RUN_QUARANTINE_LIMIT = 200;
/** Characters of a quarantined row's raw text shown. */
export const RAW_PREVIEW = 500;

export type RunStatus = "succeeded" | "skipped" | "failed";

export interface RunSummary {
  id: number;
  source: string;
  fileName: string;
  status: RunStatus;
  mode: "strict" | "lenient";
  hospital: { id: number; slug: string; name: string } | null;
  mrfFileId: number | null;
  cmsVersion: string | null;
  format: string | null;
  bytes: number;
  rowsRead: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  errorCount: number;
  alertCount: number;
  /** Why the run failed or was skipped, or a note (rows set aside). */
  message: string | null;
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
}

export interface RunIssue {
  rule: string;
  message: string;
  row?: number;
  column?: string;
  path?: string;
}

export interface RunReport {
  errorCounts: Record<string, number>;
  alertCounts: Record<string, number>;
  errors: RunIssue[];
  alerts: RunIssue[];
}

export interface QuarantinedRow {
  row: number;
  reasons: string[];
  raw: string;
  truncated: boolean;
}

export interface RunDetail extends RunSummary {
  contentHash: string | null;
  report: RunReport | null;
  quarantined: QuarantinedRow[];
}

export interface RunPage {
  runs: RunSummary[];
  /** Pass as `before` for older runs; null when there are none. */
  next: string | null;
}

const COLUMNS = `r.id, r.source, r.file_name, r.status, r.mode, r.hospital_id, h.slug AS hospital_slug, h.name AS hospital_name,
  r.mrf_file_id, r.cms_version, r.format, r.content_hash, r.bytes, r.rows_read, r.rows_loaded, r.rows_quarantined,
  r.error_count, r.alert_count, r.message, r.started_at, r.finished_at, r.duration_ms`;

interface Row {
  id: number;
  source: string;
  file_name: string;
  status: RunStatus;
  mode: "strict" | "lenient";
  hospital_id: number | null;
  hospital_slug: string | null;
  hospital_name: string | null;
  mrf_file_id: number | null;
  cms_version: string | null;
  format: string | null;
  content_hash: string | null;
  bytes: string;
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
  error_count: number;
  alert_count: number;
  message: string | null;
  started_at: Date;
  finished_at: Date;
  duration_ms: number;
}

function summary(row: Row): RunSummary {
  return {
    id: row.id,
    source: row.source,
    fileName: row.file_name,
    status: row.status,
    mode: row.mode,
    hospital: row.hospital_id !== null && row.hospital_slug ? { id: row.hospital_id, slug: row.hospital_slug, name: row.hospital_name ?? row.hospital_slug } : null,
    mrfFileId: row.mrf_file_id,
    cmsVersion: row.cms_version,
    format: row.format,
    bytes: Number(row.bytes),
    rowsRead: row.rows_read,
    rowsLoaded: row.rows_loaded,
    rowsQuarantined: row.rows_quarantined,
    errorCount: row.error_count,
    alertCount: row.alert_count,
    message: row.message,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    durationMs: row.duration_ms,
  };
}

function encodeCursor(run: RunSummary): string {
  return `${run.startedAt.getTime()}.${run.id}`;
}

/** Parses a `before` cursor; null for anything malformed (the first page is shown instead). */
export function parseRunCursor(value: unknown): { startedAt: Date; id: number } | null {
  const match = typeof value === "string" ? /^(\d{1,15})\.(\d{1,10})$/.exec(value) : null;
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return null;
  return { startedAt: new Date(Number(match[1])), id };
}

/** Runs newest first (by start), a page at a time. */
export async function listRuns(options: { before?: string | null; limit?: number } = {}, db: Queryable = getPool()): Promise<RunPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? RUNS_PAGE_SIZE), 1), 200);
  const cursor = parseRunCursor(options.before);
  const params: unknown[] = [];
  let where = "";
  if (cursor) {
    params.push(cursor.startedAt.toISOString(), cursor.id);
    where = `WHERE (r.started_at, r.id) < ($1::timestamptz, $2)`;
  }
  params.push(limit + 1);
  const { rows } = await db.query<Row>(
    `SELECT ${COLUMNS} FROM ingestion_runs r LEFT JOIN hospitals h ON h.id = r.hospital_id
     ${where} ORDER BY r.started_at DESC, r.id DESC LIMIT $${params.length}`,
    params,
  );
  const runs = rows.slice(0, limit).map(summary);
  return { runs, next: rows.length > limit ? encodeCursor(runs.at(-1)!) : null };
}

const record = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function counts(value: unknown): Record<string, number> {
  if (!record(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === "number"));
}

function issues(value: unknown): RunIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(record).map((i) => ({
    rule: String(i.rule ?? ""),
    message: String(i.message ?? ""),
    ...(typeof i.row === "number" ? { row: i.row } : {}),
    ...(typeof i.column === "string" ? { column: i.column } : {}),
    ...(typeof i.path === "string" ? { path: i.path } : {}),
  }));
}

/** The stored report (ingestion-file's validationSummary) read defensively: it is JSON of any age. */
export function parseRunReport(value: unknown): RunReport | null {
  if (!record(value)) return null;
  return { errorCounts: counts(value.errorCounts), alertCounts: counts(value.alertCounts), errors: issues(value.errors), alerts: issues(value.alerts) };
}

/** What a quarantined row's `reasons` JSON says, as lines of text. */
export function reasonTexts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((r) => (typeof r === "string" ? r : record(r) ? [r.rule, r.message].filter((p) => typeof p === "string" && p).join(": ") || JSON.stringify(r) : JSON.stringify(r)))
    .filter((t): t is string => typeof t === "string" && t.length > 0);
}

/** One run with its report and quarantined rows, or null when there is no run with this id. */
export async function getRun(id: number, db: Queryable = getPool()): Promise<RunDetail | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const { rows } = await db.query<Row & { report: unknown }>(
    `SELECT ${COLUMNS}, r.report FROM ingestion_runs r LEFT JOIN hospitals h ON h.id = r.hospital_id WHERE r.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  let quarantined: QuarantinedRow[] = [];
  if (row.mrf_file_id !== null && row.hospital_id !== null) {
    const q = await db.query<{ row: number; reasons: unknown; raw: string }>(
      `SELECT row, reasons, left(raw, $4) AS raw, length(raw) > $4 AS truncated
         FROM quarantined_rows WHERE hospital_id = $1 AND mrf_file_id = $2 ORDER BY row, id LIMIT $3`,
      [row.hospital_id, row.mrf_file_id, RUN_QUARANTINE_LIMIT, RAW_PREVIEW],
    );
    quarantined = q.rows.map((r) => ({ row: r.row, reasons: reasonTexts(r.reasons), raw: r.raw, truncated: Boolean((r as { truncated?: boolean }).truncated) }));
  }
  return { ...summary(row), contentHash: row.content_hash, report: parseRunReport(row.report), quarantined };
}
