// `npm run bench:ingest`: ingestion speed and memory against CMS's own validator.
//
// For each size it generates a CMS v3.0.0 tall CSV (and, for the reference size,
// the JSON form of the same content), ingests each from cold into a fresh empty
// database in a child process (validation and indexes included), and runs
// @cmsgov/hpt-validator on the same CSV in another child process. It prints a
// table and, last, one JSON line with every figure.
//
//   npm run bench:ingest [-- --sizes 50,100,500] [--file existing.csv]
//   npm run bench:ingest -- --cms-example repeat|payers|single    (a file made from
//        CMS's own tall example in ../shared/data, independently of the generator)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate/apply";
import { configuredDatabaseUrl } from "../lib/db/url";
import { generateMrfFile } from "../lib/mrf/generator";
import { CMS_EXAMPLE_SHAPES, CMS_TALL_EXAMPLE, isCmsExampleShape, writeCmsExampleFile } from "./bench/cms-example-file";
import { parseScriptArgs } from "./script-args";

const MiB = 1024 * 1024;
const values = parseScriptArgs(
  {
    sizes: { type: "string", default: "50,100,500" },
    reference: { type: "string", default: "100" },
    file: { type: "string" },
    "cms-example": { type: "string" },
    // The machines' speed drifts by tens of percent over minutes: the compared
    // pair (the reference file's ingest and CMS's validation) is measured this
    // many times, alternately, and the best of each is kept.
    runs: { type: "string", default: "2" },
    keep: { type: "boolean" },
  },
  "npm run bench:ingest [-- --sizes 50,100,500] [--reference 100] [--runs 2] [--keep] [--file existing.csv] [--cms-example repeat|payers|single]",
);

const work = mkdtempSync(path.join(os.tmpdir(), "priceline-bench-"));
// Under the project, not the private temp folder: PostgreSQL runs as its own user.
const embeddedDir = path.resolve(".data/bench-postgres", String(process.pid));
const admin = configuredDatabaseUrl("migrations")
  ? { url: configuredDatabaseUrl("migrations")!, stop: async () => undefined }
  : await startEmbeddedPostgres({ dataDir: embeddedDir, port: 0, database: "postgres" });

/** Node flags of `npm run priceline` (package.json), so the bench measures what users run. */
const CLI_FLAGS = ["--single-threaded-gc"];

function child(script: string, args: string[], flags: string[] = []) {
  const run = spawnSync(process.execPath, [...flags, "--import", "tsx", script, ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  const last = run.stdout.trim().split("\n").pop() ?? "";
  if (run.status !== 0) throw new Error(`${script} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(last);
}

async function freshDatabase(name: string): Promise<string> {
  const c = new pg.Client({ connectionString: admin.url });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}"`);
  // Every measurement starts from a clean WAL position, not in the middle of a checkpoint.
  await c.query("CHECKPOINT");
  await c.end();
  const u = new URL(admin.url);
  u.pathname = `/${name}`;
  await applyMigrations(u.toString());
  return u.toString();
}

async function dropDatabase(name: string) {
  const c = new pg.Client({ connectionString: admin.url });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
}

/** Rows needed for `mib` MiB, from a small sample of the same generator. */
async function rowsFor(mib: number, format: "csv_tall" | "json"): Promise<number> {
  const sample = path.join(work, `sample.${format}`);
  const s = await generateMrfFile({ path: sample, format, targetRows: 20_000 });
  rmSync(sample);
  return Math.round(((mib * MiB) / s.bytes) * s.rows);
}

interface Measure {
  label: string;
  file: string;
  mb: number;
  rows: number;
  ms: number;
  peakRssMb: number;
  status: string;
}

const RUNS = Math.max(1, Number(values.runs) || 1);

async function bestOf(measure: () => Promise<Measure>): Promise<Measure> {
  let best: Measure | undefined;
  for (let run = 0; run < RUNS; run++) {
    const m = await measure();
    if (!best || m.ms < best.ms) best = m;
  }
  return best!;
}

/** The reference ingest and CMS's validator, alternately RUNS times; the best of each. */
async function comparedPair(label: string, file: string): Promise<{ ingest: Measure; cms: { ms: number; peakRssMb: number; valid: boolean; file: string } }> {
  let best: Measure | undefined;
  let bestCms: { ms: number; peakRssMb: number; valid: boolean } | undefined;
  for (let run = 0; run < RUNS; run++) {
    const m = await ingestMeasure(label, file);
    if (!best || m.ms < best.ms) best = m;
    const c = child("scripts/bench/cms-validate-once.ts", [file]);
    if (!bestCms || c.ms < bestCms.ms) bestCms = c;
  }
  return { ingest: best!, cms: { ...bestCms!, file } };
}

async function ingestMeasure(label: string, file: string): Promise<Measure> {
  const db = `bench_${process.pid}_${label.replace(/\W/g, "_")}`;
  const url = await freshDatabase(db);
  try {
    const r = child("scripts/bench/ingest-once.ts", [file, url], CLI_FLAGS);
    if (r.status !== "succeeded") throw new Error(`${label}: ingest ${r.status}: ${r.message}`);
    return { label, file, mb: statSync(file).size / MiB, rows: r.rows, ms: r.ms, peakRssMb: r.peakRssMb, status: r.status };
  } finally {
    await dropDatabase(db);
  }
}

const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const results: Measure[] = [];
let cms: { ms: number; peakRssMb: number; valid: boolean; file: string } | undefined;

try {
  let file = values.file;
  const shape = values["cms-example"];
  if (shape !== undefined) {
    if (!isCmsExampleShape(shape)) {
      throw new Error(`--cms-example must be one of ${CMS_EXAMPLE_SHAPES.join(", ")}, not "${shape}"`);
    }
    if (!existsSync(CMS_TALL_EXAMPLE)) throw new Error(`--cms-example needs CMS's tall example at ${CMS_TALL_EXAMPLE}`);
    file = path.join(work, `cms-example-${shape}.csv`);
    process.stderr.write(`writing ${values.reference} MiB from CMS's tall example (${shape}) …\n`);
    await writeCmsExampleFile(file, shape, Number(values.reference) * MiB);
  }
  if (file) {
    const pair = await comparedPair("file", file);
    results.push(pair.ingest);
    cms = pair.cms;
  } else {
    const sizes = values.sizes!.split(",").map(Number);
    const reference = Number(values.reference);
    for (const mib of sizes) {
      const file = path.join(work, `tall-${mib}MiB.csv`);
      process.stderr.write(`generating ${mib} MiB tall CSV …\n`);
      await generateMrfFile({ path: file, format: "csv_tall", targetRows: await rowsFor(mib, "csv_tall") });
      if (mib === reference) {
        process.stderr.write(`ingesting, and CMS validator on ${mib} MiB (best of ${RUNS}) …\n`);
        const pair = await comparedPair(`csv ${mib} MiB`, file);
        results.push(pair.ingest);
        cms = pair.cms;
        const json = path.join(work, `same-${mib}MiB.json`);
        const rows = results[results.length - 1]!.rows;
        process.stderr.write(`generating the same content as JSON …\n`);
        await generateMrfFile({ path: json, format: "json", targetRows: rows });
        process.stderr.write(`ingesting JSON (best of ${RUNS}) …\n`);
        results.push(await bestOf(() => ingestMeasure(`json (${mib} MiB csv content)`, json)));
      } else {
        process.stderr.write(`ingesting ${mib} MiB tall CSV …\n`);
        results.push(await ingestMeasure(`csv ${mib} MiB`, file));
      }
      if (!values.keep) rmSync(file, { force: true });
    }
  }
} finally {
  await admin.stop();
  rmSync(embeddedDir, { recursive: true, force: true });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

console.log("\nfile                              MB     rows        ms    rows/s     MB/s   peak RSS MB");
for (const r of results) {
  console.log(
    `${r.label.padEnd(30)} ${fmt(r.mb, 1).padStart(7)} ${fmt(r.rows).padStart(9)} ${fmt(r.ms).padStart(9)} ${fmt(r.rows / (r.ms / 1000)).padStart(9)} ${fmt(r.mb / (r.ms / 1000), 1).padStart(8)} ${fmt(r.peakRssMb).padStart(9)}`,
  );
}
const ref = results.find((r) => r.file === cms?.file);
const jsonRun = results.find((r) => r.label.startsWith("json"));
if (cms && ref) {
  console.log(`\nCMS validator (validation only): ${fmt(cms.ms)} ms, peak RSS ${fmt(cms.peakRssMb)} MB`);
  console.log(`full ingest vs CMS validation: ${fmt(cms.ms / ref.ms, 2)}x faster (target ≥ 2x)`);
}
if (jsonRun && ref) console.log(`JSON / CSV time: ${fmt(jsonRun.ms / ref.ms, 2)} (target ≤ 1.5)`);
console.log(`peak RSS: max ${fmt(Math.max(...results.map((r) => r.peakRssMb)))} MB (target ≤ 256, flat across sizes)`);
console.log(
  JSON.stringify({
    runs: results.map((r) => ({ label: r.label, mb: +r.mb.toFixed(1), rows: r.rows, ms: Math.round(r.ms), rowsPerSec: Math.round(r.rows / (r.ms / 1000)), mbPerSec: +(r.mb / (r.ms / 1000)).toFixed(1), peakRssMb: Math.round(r.peakRssMb) })),
    cms: cms ? { ms: Math.round(cms.ms), peakRssMb: Math.round(cms.peakRssMb), valid: cms.valid } : null,
    speedupVsCms: cms && ref ? +(cms.ms / ref.ms).toFixed(2) : null,
    jsonOverCsv: jsonRun && ref ? +(jsonRun.ms / ref.ms).toFixed(2) : null,
  }),
);
