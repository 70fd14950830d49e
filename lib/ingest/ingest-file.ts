// Loads one price file into PostgreSQL in a single transaction: either the whole
// file version is there afterwards (with its run record and its changes against
// the previous version), or nothing of it is. See docs/adr/0004.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, type ReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { readMrfBatches, type MrfEvent, type ReadOptions } from "../mrf";
import { MrfError, type MrfFormat, type MrfHeader } from "../mrf/types";
import { ReportBuilder } from "../mrf/validate/report";
import { BatchLoader } from "./batch-loader";
import { upsertHospital } from "./hospital";
import { saveRun, saveRunSeparately } from "./runs";
import { recordChanges, type ChangeCounts } from "./versions";

export const SUPPORTED_VERSIONS = ["2.0.0", "2.1.0", "2.2.0", "3.0.0"];

export type IngestMode = "strict" | "lenient";

export interface IngestProgress {
  rows: number;
  items: number;
  bytes: number;
  totalBytes: number;
}

export interface IngestOptions {
  databaseUrl: string;
  /** Marks the hospital as fictional demo data. */
  demo?: boolean;
  /** Where the file came from, when not the local path (e.g. its URL). */
  source?: string;
  /** strict: any invalid row fails the file; lenient (default): invalid rows are set aside. */
  mode?: IngestMode;
  /** Reads the file in batches of events; defaults to the CMS template reader (a legacy mapping supplies its own). */
  reader?: (filePath: string, options: ReadOptions) => AsyncIterable<MrfEvent[]>;
  /** Called about every 50,000 rows and at the end. */
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary {
  status: "succeeded" | "skipped" | "failed";
  file: string;
  rows: number;
  items: number;
  format?: MrfFormat;
  version?: string;
  hospital?: { id: number; slug: string; name: string };
  mrfFileId?: number;
  runId?: number;
  contentHash?: string;
  quarantined?: number;
  errors?: number;
  alerts?: number;
  changes?: ChangeCounts;
  durationMs: number;
  /** Why the file was skipped or failed, with file/row/column where known. */
  message?: string;
}

const PROGRESS_EVERY = 50_000;
/** Issues kept in detail in a run's report (all are counted). */
const REPORT_DETAIL = 200;

function validationSummary(report: ReportBuilder) {
  const errors = Object.values(report.errorCounts).reduce((n, c) => n + c, 0);
  return {
    errors,
    alerts: report.alertTotal,
    report: { errorCounts: report.errorCounts, alertCounts: report.alertCounts, errors: report.errors, alerts: report.alerts },
  };
}

/** SHA-256 of the bytes of the latest pass over a file (see ReadOptions.onChunk). */
class StreamingHash {
  private hash = createHash("sha256");
  bytes = 0;

  start(): void {
    this.hash = createHash("sha256");
    this.bytes = 0;
  }

  chunk(bytes: Buffer): void {
    this.hash.update(bytes);
    this.bytes += bytes.length;
  }

  digest(): string {
    return this.hash.digest("hex");
  }

  /** A unique stand-in for the mrf_files row until the hash is known (the row commits only with the real one). */
  static placeholder(): string {
    return randomBytes(32).toString("hex");
  }
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function checkHeader(header: MrfHeader, format: MrfFormat, file: string) {
  if (format === "legacy") return;
  if (!SUPPORTED_VERSIONS.includes(header.version)) {
    throw new MrfError(
      `CMS template version "${header.version}" is not supported (supported: ${SUPPORTED_VERSIONS.join(", ")})`,
      format === "json" ? { file, path: "$.version" } : { file, row: 2, column: "version" },
    );
  }
}

export async function ingestFile(filePath: string, options: IngestOptions): Promise<IngestSummary> {
  const startedAt = new Date();
  const file = path.basename(filePath);
  const source = options.source ?? path.resolve(filePath);
  const mode = options.mode ?? "lenient";
  const summary: IngestSummary = { status: "failed", file, rows: 0, items: 0, durationMs: 0 };
  const finish = (patch: Partial<IngestSummary>): IngestSummary =>
    Object.assign(summary, patch, { durationMs: Date.now() - startedAt.getTime() });
  let totalBytes = 0;
  let rowsRead = 0;
  const streams: ReadStream[] = [];
  const bytesRead = () => streams.reduce((n, s) => n + s.bytesRead, 0);
  const record = (report?: unknown) => ({ summary, source, mode, bytes: totalBytes, rowsRead, startedAt, report });

  try {
    totalBytes = (await stat(filePath)).size;
  } catch (error) {
    finish({ message: `cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    summary.runId = await saveRunSeparately(options.databaseUrl, record());
    return summary;
  }
  const report = new ReportBuilder(REPORT_DETAIL);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  // Only a file of the same size can be the same file. Otherwise the file is
  // hashed as it is read, not read twice (a second pass over gigabytes).
  const sameSize = await client.query(`SELECT 1 FROM mrf_files WHERE byte_size = $1 AND status = 'succeeded' LIMIT 1`, [totalBytes]);
  const hashAfter = sameSize.rowCount === 0 && options.reader === undefined ? new StreamingHash() : null;
  try {
    if (!hashAfter) summary.contentHash = await sha256(filePath);
    const seen = !summary.contentHash ? undefined : (
      await client.query<{ id: number; row_count: number; item_count: number; hospital_id: number; slug: string; name: string; format: MrfFormat; cms_version: string }>(
        `SELECT f.id, f.row_count, f.item_count, f.format, f.cms_version, h.id AS hospital_id, h.slug, h.name
           FROM mrf_files f JOIN hospitals h ON h.id = f.hospital_id
          WHERE f.content_hash = $1 AND f.status = 'succeeded' LIMIT 1`,
        [summary.contentHash],
      )
    ).rows[0];
    if (seen) {
      finish({
        status: "skipped",
        rows: seen.row_count,
        items: seen.item_count,
        format: seen.format,
        version: seen.cms_version,
        mrfFileId: seen.id,
        hospital: { id: seen.hospital_id, slug: seen.slug, name: seen.name },
        message: "this exact file was already ingested; nothing changed",
      });
      summary.runId = await saveRun(client, record());
      return summary;
    }

    await client.query("BEGIN");
    // One commit per file, after seconds of work: waiting for its WAL flush
    // gains nothing. A server crash right after the commit can lose the file
    // as a whole (never part of it), and a kill -9 of this process still rolls
    // everything back.
    await client.query("SET LOCAL synchronous_commit = off");
    let loader: BatchLoader | undefined;
    let header: MrfHeader | undefined;
    const reader = options.reader ?? readMrfBatches;
    let nextProgress = PROGRESS_EVERY;
    const readOptions: ReadOptions = { displayName: file, mode, onStream: (s) => streams.push(s), ...(hashAfter && { onChunk: hashAfter }) };
    for await (const batch of reader(filePath, readOptions)) {
      for (const event of batch) {
        if (event.type === "record") {
          rowsRead++;
          if (loader!.add(event.record)) await loader!.flush();
          continue;
        }
        if (event.type === "issues") {
          report.add(event.issues);
          continue;
        }
        if (event.type === "rejected") {
          report.add(event.issues);
          rowsRead++;
          // Lenient mode: the row is kept aside with its reasons, not loaded.
          if (loader!.reject(event.row, event.raw, event.issues)) await loader!.flush();
          continue;
        }
        checkHeader(event.header, event.format, file);
        header = event.header;
        const hospital = await upsertHospital(client, event.header, { demo: options.demo ?? false, replaceLocations: true });
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO mrf_files (hospital_id, source, file_name, cms_version, format, content_hash, byte_size,
             last_updated_on, attestation, attester_name, general_contract_provisions, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'running') RETURNING id`,
          [
            hospital.id, source, file, event.header.version, event.format, summary.contentHash ?? StreamingHash.placeholder(), totalBytes,
            event.header.lastUpdatedOn, event.header.attestation, event.header.attesterName,
            event.header.generalContractProvisions,
          ],
        );
        loader = new BatchLoader(client, hospital.id, inserted.rows[0]!.id);
        Object.assign(summary, {
          format: event.format,
          version: event.header.version,
          hospital: { ...hospital, name: event.header.hospitalName },
          mrfFileId: loader.mrfFileId,
        });
      }
      if (rowsRead >= nextProgress) {
        nextProgress = rowsRead + PROGRESS_EVERY;
        options.onProgress?.({ rows: loader!.chargeCount, items: loader!.itemCount, bytes: bytesRead(), totalBytes });
      }
    }
    if (!loader || !header) throw new MrfError("the file has no header rows", { file });
    await loader.finish();
    if (hashAfter) {
      // A pass that stopped early (text after a JSON document) did not see every byte.
      summary.contentHash = hashAfter.bytes === totalBytes ? hashAfter.digest() : await sha256(filePath);
      await client.query(`UPDATE mrf_files SET content_hash = $2 WHERE id = $1`, [loader.mrfFileId, summary.contentHash]);
    }
    const changes = await recordChanges(client, loader.hospitalId, loader.mrfFileId, header.lastUpdatedOn);
    await client.query(
      `UPDATE mrf_files SET status = 'succeeded', row_count = $2, item_count = $3, finished_at = now() WHERE id = $1`,
      [loader.mrfFileId, loader.chargeCount, loader.itemCount],
    );
    const validation = validationSummary(report);
    await client.query(
      `UPDATE mrf_files SET quarantined_count = $2, error_count = $3, alert_count = $4 WHERE id = $1`,
      [loader.mrfFileId, loader.quarantinedCount, validation.errors, validation.alerts],
    );
    finish({
      status: "succeeded",
      rows: loader.chargeCount,
      items: loader.itemCount,
      changes,
      quarantined: loader.quarantinedCount,
      errors: validation.errors,
      alerts: validation.alerts,
      ...(loader.quarantinedCount > 0 && {
        message: `${loader.quarantinedCount} row(s) set aside for CMS-rule errors; see the run's report`,
      }),
    });
    // The run record commits with the data: a killed process leaves neither.
    summary.runId = await saveRun(client, record(validation.report));
    await client.query("COMMIT");
    options.onProgress?.({ rows: loader.chargeCount, items: loader.itemCount, bytes: totalBytes, totalBytes });
    return summary;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    // The run record names the file by its hash, even when reading stopped part-way.
    if (!summary.contentHash) summary.contentHash = await sha256(filePath).catch(() => undefined);
    const message = error instanceof MrfError ? error.describe() : `${file}: ${(error as Error).message}`;
    // Nothing of the file was kept: report no rows, whatever was parsed before the failure.
    const validation = validationSummary(report);
    finish({ status: "failed", rows: 0, items: 0, mrfFileId: undefined, changes: undefined, errors: validation.errors, alerts: validation.alerts, message });
    summary.runId = await saveRunSeparately(options.databaseUrl, record(validation.report));
    return summary;
  } finally {
    for (const s of streams) s.destroy();
    await client.end();
  }
}
