// The record of every ingestion attempt, for the operator's view of runs.
import pg from "pg";
import type { IngestSummary } from "./ingest-file";

export interface RunRecord {
  summary: IngestSummary;
  source: string;
  mode: "strict" | "lenient";
  bytes: number;
  rowsRead: number;
  startedAt: Date;
  report?: unknown;
}

const INSERT_RUN = `
  INSERT INTO ingestion_runs (source, file_name, status, mode, hospital_id, mrf_file_id, cms_version, format,
    content_hash, bytes, rows_read, rows_loaded, rows_quarantined, error_count, alert_count, report, message,
    started_at, finished_at, duration_ms)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, now(), $19)
  RETURNING id`;

/** Inserts the run on `client` (inside the load transaction for a successful run). */
export async function saveRun(client: pg.ClientBase, run: RunRecord): Promise<number> {
  const s = run.summary;
  const { rows } = await client.query<{ id: number }>(INSERT_RUN, [
    run.source, s.file, s.status, run.mode, s.hospital?.id ?? null, s.mrfFileId ?? null, s.version ?? null,
    s.format ?? null, s.contentHash ?? null, run.bytes, run.rowsRead, s.rows, s.quarantined ?? 0,
    s.errors ?? 0, s.alerts ?? 0, run.report === undefined ? null : JSON.stringify(run.report),
    s.message ?? null, run.startedAt, s.durationMs,
  ]);
  return rows[0]!.id;
}

/** Records a failed or skipped run on its own connection (the load transaction is gone). */
export async function saveRunSeparately(databaseUrl: string, run: RunRecord): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    return await saveRun(client, run);
  } catch {
    return undefined; // the database itself may be what failed; the caller still reports the run
  } finally {
    await client.end().catch(() => undefined);
  }
}
