// Child process of bench:search: writes the national sample's files one at a
// time with the project's generator and loads each through the project's
// ingestion (lib/ingest ingestFile, exactly as `priceline ingest` does), then
// deletes it, so the sample never needs more than one file's room on disk.
// Hospitals that already have a loaded file are skipped (a load cut short
// resumes where it stopped). Progress goes to stderr; the last stdout line is
// a JSON summary.
//
//   node --import tsx scripts/bench/search-load-worker.ts '<json: {seed, hospitals, rows, databaseUrl}>'
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ingestFile } from "../../lib/ingest";
import { planNationalSample, writePlannedFile, type SampleOptions } from "./national-sample";

interface WorkerInput extends SampleOptions {
  databaseUrl: string;
}

const input = JSON.parse(process.argv[2] ?? "null") as WorkerInput | null;
if (!input?.databaseUrl) {
  console.error("usage: search-load-worker '<json: {seed, hospitals, rows, databaseUrl}>'");
  process.exit(2);
}

const sample = planNationalSample(input);
const client = new pg.Client({ connectionString: input.databaseUrl });
await client.connect();
const loaded = new Set(
  (
    await client.query<{ key: string }>(
      `SELECT h.name || '|' || coalesce(h.license_state, '') AS key FROM hospitals h
       WHERE EXISTS (SELECT 1 FROM mrf_files f WHERE f.hospital_id = h.id AND f.status = 'succeeded')`,
    )
  ).rows.map((r) => r.key),
);
await client.end();

const work = mkdtempSync(path.join(os.tmpdir(), "priceline-bench-search-"));
const todo = sample.files.filter((f) => !loaded.has(`${f.hospital.name}|${f.hospital.state}`));
let rows = 0;
let bytes = 0;
let quarantined = 0;
let generateMs = 0;
let ingestMs = 0;
let done = 0;
let lastReport = 0;
const started = performance.now();
process.stderr.write(`loading ${todo.length} of ${sample.files.length} hospital files (${sample.files.length - todo.length} already loaded) …\n`);
try {
  for (const file of todo) {
    const t0 = performance.now();
    const written = await writePlannedFile(file, sample.seed, work);
    const t1 = performance.now();
    const summary = await ingestFile(written.path, { databaseUrl: input.databaseUrl, demo: true });
    const t2 = performance.now();
    rmSync(written.path, { force: true });
    if (summary.status !== "succeeded") {
      throw new Error(`${file.fileName}: ingest ${summary.status}: ${summary.message ?? ""}`);
    }
    generateMs += t1 - t0;
    ingestMs += t2 - t1;
    rows += summary.rows;
    bytes += written.bytes;
    quarantined += summary.quarantined ?? 0;
    done++;
    const now = performance.now();
    if (now - lastReport > 5000 || done === todo.length) {
      lastReport = now;
      const rate = rows / ((now - started) / 1000);
      const left = todo.slice(done).reduce((n, f) => n + f.targetRows, 0);
      process.stderr.write(
        `  ${done}/${todo.length} files, ${rows.toLocaleString("en-US")} rows, ${Math.round(rate).toLocaleString("en-US")} rows/s, about ${Math.round(left / Math.max(rate, 1))} s left\n`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(JSON.stringify({ files: done, skipped: sample.files.length - todo.length, rows, bytes, quarantined, generateMs: Math.round(generateMs), ingestMs: Math.round(ingestMs), ms: Math.round(performance.now() - started) }));
