// Loads one CMS MRF into PostgreSQL in a single transaction: either the whole
// file is there afterwards, or nothing of it is.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { readMrfFile } from "../mrf";
import { MrfError, type MrfFormat, type MrfHeader } from "../mrf/types";
import { BatchLoader } from "./batch-loader";
import { upsertHospital } from "./hospital";

export const SUPPORTED_VERSIONS = ["2.0.0", "2.1.0", "2.2.0", "3.0.0"];

export interface IngestOptions {
  /** Connection string; defaults to the app's configured database. */
  databaseUrl: string;
  /** Marks the hospital as fictional demo data. */
  demo?: boolean;
  /** Where the file came from, when not the local path (e.g. its URL). */
  source?: string;
  onProgress?: (progress: { rows: number; items: number }) => void;
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
  contentHash?: string;
  durationMs: number;
  /** Why the file was skipped or failed, with file/row/column where known. */
  message?: string;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function checkHeader(header: MrfHeader, format: MrfFormat, file: string) {
  if (!SUPPORTED_VERSIONS.includes(header.version)) {
    throw new MrfError(
      `CMS template version "${header.version}" is not supported (supported: ${SUPPORTED_VERSIONS.join(", ")})`,
      format === "json" ? { file, path: "$.version" } : { file, row: 2, column: "version" },
    );
  }
}

export async function ingestFile(filePath: string, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const file = path.basename(filePath);
  const summary: IngestSummary = { status: "failed", file, rows: 0, items: 0, durationMs: 0 };
  const done = (patch: Partial<IngestSummary>): IngestSummary =>
    Object.assign(summary, patch, { durationMs: Date.now() - started });

  let byteSize: number;
  try {
    byteSize = (await stat(filePath)).size;
  } catch (error) {
    return done({ message: `cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
  }
  const contentHash = await sha256(filePath);
  summary.contentHash = contentHash;

  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ id: number; row_count: number; item_count: number; hospital_id: number; slug: string; name: string }>(
      `SELECT f.id, f.row_count, f.item_count, h.id AS hospital_id, h.slug, h.name
         FROM mrf_files f JOIN hospitals h ON h.id = f.hospital_id
        WHERE f.content_hash = $1 AND f.status = 'succeeded' LIMIT 1`,
      [contentHash],
    );
    const seen = existing.rows[0];
    if (seen) {
      return done({
        status: "skipped",
        rows: seen.row_count,
        items: seen.item_count,
        mrfFileId: seen.id,
        hospital: { id: seen.hospital_id, slug: seen.slug, name: seen.name },
        message: "this exact file was already ingested; nothing changed",
      });
    }

    await client.query("BEGIN");
    let loader: BatchLoader | undefined;
    let mrfFileId = 0;
    for await (const event of readMrfFile(filePath, file)) {
      if (event.type === "header") {
        checkHeader(event.header, event.format, file);
        const hospital = await upsertHospital(client, event.header, { demo: options.demo ?? false, replaceLocations: true });
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO mrf_files (hospital_id, source, file_name, cms_version, format, content_hash, byte_size,
             last_updated_on, attestation, attester_name, general_contract_provisions, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'running') RETURNING id`,
          [
            hospital.id, options.source ?? path.resolve(filePath), file, event.header.version, event.format,
            contentHash, byteSize, event.header.lastUpdatedOn, event.header.attestation,
            event.header.attesterName, event.header.generalContractProvisions,
          ],
        );
        mrfFileId = inserted.rows[0]!.id;
        loader = new BatchLoader(client, hospital.id, mrfFileId);
        Object.assign(summary, {
          format: event.format,
          version: event.header.version,
          hospital: { ...hospital, name: event.header.hospitalName },
          mrfFileId,
        });
        continue;
      }
      await loader!.add(event.record);
      if (loader!.chargeCount % 50_000 === 0) options.onProgress?.({ rows: loader!.chargeCount, items: loader!.itemCount });
    }
    if (!loader) throw new MrfError("the file has no header rows", { file });
    await loader.finish();
    await client.query(
      `UPDATE mrf_files SET status = 'succeeded', row_count = $2, item_count = $3, finished_at = now() WHERE id = $1`,
      [mrfFileId, loader.chargeCount, loader.itemCount],
    );
    await client.query("COMMIT");
    options.onProgress?.({ rows: loader.chargeCount, items: loader.itemCount });
    return done({ status: "succeeded", rows: loader.chargeCount, items: loader.itemCount });
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const message = error instanceof MrfError ? error.describe() : `${file}: ${(error as Error).message}`;
    // Nothing of the file was kept: report no rows, whatever was parsed before the failure.
    return done({ status: "failed", rows: 0, items: 0, mrfFileId: undefined, message });
  } finally {
    await client.end();
  }
}
