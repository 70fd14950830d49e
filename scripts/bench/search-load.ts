// The database bench:search measures: the national sample, loaded once and kept.
//
// Without DATABASE_URL it lives in an embedded PostgreSQL cluster under
// .data/bench-search/ (git-ignored); with DATABASE_URL, in a database of its own
// (priceline_bench_search) on that server, never in the configured database
// itself. The sample it holds (generator version, seed, hospitals, rows) and
// whether its load finished are recorded as the database's comment: a run with
// the same sample reuses it, a different sample or --fresh rebuilds it, and a
// load cut short resumes (the worker skips hospitals already loaded).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate/apply";
import { configuredDatabaseUrl, redactUrl } from "../../lib/db/url";
import { SAMPLE_VERSION, type SampleOptions } from "./national-sample";

export const BENCH_SEARCH_DIR = ".data/bench-search";
const EMBEDDED_DIR = path.join(BENCH_SEARCH_DIR, "postgres");
const DATABASE = "priceline_bench_search";

export interface SampleDatabase {
  url: string;
  embedded: boolean;
  hospitals: number;
  /** States (and DC) of the hospitals' locations. */
  states: number;
  /** Charge rows loaded (tall-CSV rows, as ingestion counts them). */
  rows: number;
  /** Time spent loading in this run (0 when the cached database was reused). */
  loadMs: number;
  reused: boolean;
  stop(): Promise<void>;
}

interface SampleMeta {
  sample: { version: number; seed: number; hospitals: number; rows: number };
  complete: boolean;
  /** Migrations the database had when the sample was loaded. */
  migrations?: string[];
  loadedAt?: string;
  loadMs?: number;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery<T extends pg.QueryResultRow>(adminUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

async function readMeta(adminUrl: string): Promise<{ exists: boolean; meta: SampleMeta | undefined }> {
  const rows = await adminQuery<{ comment: string | null }>(
    adminUrl,
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [DATABASE],
  );
  if (rows.length === 0) return { exists: false, meta: undefined };
  try {
    return { exists: true, meta: rows[0]!.comment ? (JSON.parse(rows[0]!.comment) as SampleMeta) : undefined };
  } catch {
    return { exists: true, meta: undefined };
  }
}

async function writeMeta(url: string, meta: SampleMeta): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`COMMENT ON DATABASE "${DATABASE}" IS ${c.escapeLiteral(JSON.stringify(meta))}`);
  } finally {
    await c.end();
  }
}

async function migrationNames(url: string): Promise<string[]> {
  const rows = await adminQuery<{ name: string }>(url, `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`);
  return rows.map((r) => r.name);
}

let activeWorker: ChildProcess | undefined;

/** Stops a load in progress (bench:search's signal handler); the next run resumes it. */
export function abortLoad(): void {
  activeWorker?.kill("SIGTERM");
}

/** Runs the load worker in its own process, its progress on our stderr; resolves with its JSON summary. */
function runWorker(sample: SampleOptions, databaseUrl: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      // The flags of `npm run priceline`, so the load runs as users' ingests do.
      ["--single-threaded-gc", "--import", "tsx", "scripts/bench/search-load-worker.ts", JSON.stringify({ ...sample, databaseUrl })],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    activeWorker = child;
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      activeWorker = undefined;
      if (code !== 0) return reject(new Error(`the sample load failed (${signal ?? `exit ${code}`})`));
      try {
        resolve(JSON.parse(out.trim().split("\n").pop() ?? "") as Record<string, unknown>);
      } catch {
        reject(new Error(`the sample load printed no summary: ${out.slice(-500)}`));
      }
    });
  });
}

export async function sampleDatabase(sample: SampleOptions, options: { fresh: boolean; log: (line: string) => void }): Promise<SampleDatabase> {
  const { log } = options;
  const configured = configuredDatabaseUrl("migrations");
  let adminUrl: string;
  let stopServer: () => Promise<void>;
  if (configured) {
    adminUrl = configured;
    stopServer = async () => undefined;
    log(`database: ${DATABASE} on ${redactUrl(configured)}`);
  } else {
    const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DIR, port: 0, database: "postgres", log });
    adminUrl = server.url;
    stopServer = server.stop;
    log(`database: embedded PostgreSQL in ${EMBEDDED_DIR} (${redactUrl(server.url)})`);
  }
  const url = withDatabase(adminUrl, DATABASE);
  try {
    const wanted: SampleMeta["sample"] = { version: SAMPLE_VERSION, seed: sample.seed, hospitals: sample.hospitals, rows: sample.rows };
    const { exists, meta } = await readMeta(adminUrl);
    const same = meta !== undefined && JSON.stringify(meta.sample) === JSON.stringify(wanted);
    if (exists && (options.fresh || !same)) {
      log(options.fresh ? "--fresh: dropping the cached sample" : "the cached database holds another sample: rebuilding it");
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    }
    if (!exists || options.fresh || !same) await adminQuery(adminUrl, `CREATE DATABASE "${DATABASE}"`);
    await applyMigrations(url);

    let loadMs = 0;
    const reused = same && !options.fresh && meta.complete;
    if (reused) {
      log(`reusing the loaded sample (seed ${sample.seed}, loaded ${meta.loadedAt ?? "earlier"}; --fresh to rebuild)`);
      const atLoad = meta.migrations;
      const since = atLoad ? (await migrationNames(url)).filter((m) => !atLoad.includes(m)) : [];
      if (since.length > 0) {
        log(`note: migrations applied since the sample was loaded: ${since.join(", ")}; if they change what ingestion writes, pass --fresh`);
      }
    } else {
      await writeMeta(url, { sample: wanted, complete: false });
      const started = performance.now();
      log(`loading the national sample: ${sample.hospitals} hospitals, at least ${sample.rows.toLocaleString("en-US")} charge rows (seed ${sample.seed}) …`);
      const summary = await runWorker(sample, url);
      log(`  loaded: ${JSON.stringify(summary)}`);
      log("  VACUUM ANALYZE …");
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        // What autovacuum would have done on a live server: planner statistics and visibility maps.
        await c.query("VACUUM (ANALYZE)");
        await c.query("CHECKPOINT");
      } finally {
        await c.end();
      }
      loadMs = performance.now() - started;
      await writeMeta(url, { sample: wanted, complete: true, migrations: await migrationNames(url), loadedAt: new Date().toISOString(), loadMs: Math.round(loadMs) });
      log(`  sample ready in ${(loadMs / 1000).toFixed(0)} s`);
    }

    const counts = await adminQuery<{ hospitals: number; states: number; rows: string }>(
      url,
      `SELECT (SELECT count(*)::int FROM hospitals) AS hospitals,
              (SELECT count(DISTINCT state)::int FROM hospital_locations) AS states,
              (SELECT coalesce(sum(row_count), 0)::text FROM mrf_files WHERE status = 'succeeded') AS rows`,
    );
    return { url, embedded: !configured, hospitals: counts[0]!.hospitals, states: counts[0]!.states, rows: Number(counts[0]!.rows), loadMs, reused, stop: stopServer };
  } catch (error) {
    await stopServer();
    throw error;
  }
}

/** Hospital locations, and how many of them have coordinates (what distance search needs). */
export async function locationCoverage(url: string): Promise<{ locations: number; placed: number }> {
  const rows = await adminQuery<{ locations: number; placed: number }>(
    url,
    `SELECT count(*)::int AS locations, count(*) FILTER (WHERE latitude IS NOT NULL AND longitude IS NOT NULL)::int AS placed FROM hospital_locations`,
  );
  return rows[0]!;
}
