// `npm run bench:search`: search speed on a national sample.
//
// Loads (once, then reuses) a generated national sample — 520 fictional
// hospitals over every state and DC, at least 5,000,000 charge rows, written as
// CMS v3.0.0 files by the project's generator and loaded by its ingestion —
// starts the production server on it (`npm start`), and measures:
//   - the search API: ~260 distinct mixed queries (codes of every type, words,
//     typos, locations, filters), one after the other after a warm-up; the full
//     response time of each;
//   - the search page: 20 concurrent clients, 400 requests for /search?q=…;
//     the time to first byte of each;
//   - the JavaScript /search ships: every script of its HTML a browser downloads, and the
//     code of its inline scripts, gzipped at level 9. Next.js's legacy polyfills (<script nomodule>) are listed apart: every browser
//     with ES modules (all since 2018) skips them without downloading.
// It prints a table with the targets and, as the last line, one JSON object.
// Any non-200 answer is an error (exit 1, no JSON line): the figures of a
// search that failed would mean nothing.
//
//   npm run bench:search [-- --json] [--fresh] [--build] [--seed N] [--hospitals N] [--rows N]
//        [--page-requests 400] [--clients 20]
import { writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { DEFAULT_SAMPLE, planNationalSample } from "./bench/national-sample";
import { gzipSize, timedGet } from "./bench/search-http";
import { collectInlineScripts, collectScripts } from "./bench/search-html";
import { abortLoad, BENCH_SEARCH_DIR, locationCoverage, sampleDatabase, type SampleDatabase } from "./bench/search-load";
import { apiPath, apiQueryMix, pageQueryMix, QUERY_KINDS, type BenchQuery, type QueryKind } from "./bench/search-queries";
import { ensureBuild, startServer, type RunningServer } from "./bench/search-server";
import { oneDecimal, summarize, type Summary } from "./bench/search-stats";
import { parseScriptArgs } from "./script-args";

const values = parseScriptArgs(
  {
    json: { type: "boolean" },
    fresh: { type: "boolean" },
    build: { type: "boolean" },
    seed: { type: "string", default: String(DEFAULT_SAMPLE.seed) },
    hospitals: { type: "string", default: String(DEFAULT_SAMPLE.hospitals) },
    rows: { type: "string", default: String(DEFAULT_SAMPLE.rows) },
    "page-requests": { type: "string", default: "400" },
    clients: { type: "string", default: "20" },
  },
  "npm run bench:search [-- --json] [--fresh] [--build] [--seed N] [--hospitals N] [--rows N] [--page-requests 400] [--clients 20]",
);

const TARGETS = { apiP95: 50, apiP99: 150, pageTtfbP95: 200, jsKbGz: 120 };
const MIN_SAMPLE = { hospitals: 500, rows: 5_000_000 };
const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d }) : "-");

const sampleOptions = { seed: Number(values.seed), hospitals: Number(values.hospitals), rows: Number(values.rows) };
const pageRequests = Number(values["page-requests"]);
const clients = Number(values.clients);
if (!(pageRequests > 0 && clients > 0)) throw new Error("--page-requests and --clients must be positive");
const plan = planNationalSample(sampleOptions);
const roster = plan.files.map((f) => f.hospital);

interface KindResult {
  times: number[];
  /** Each answered query and its time, for the slowest-queries list and last-run.json. */
  answered: { path: string; ms: number; services: number }[];
  failures: { path: string; status: number; message: string }[];
  empty: number;
}

let db: SampleDatabase | undefined;
let server: RunningServer | undefined;
const cleanup = async () => {
  abortLoad();
  await server?.stop();
  server = undefined;
  await db?.stop();
  db = undefined;
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

function errorMessage(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { error?: { message?: string; parameter?: string } };
    return parsed.error?.message ?? body.toString("utf8").slice(0, 160);
  } catch {
    return body.toString("utf8").slice(0, 160);
  }
}

async function measureApi(base: string, queries: BenchQuery[]): Promise<Map<QueryKind, KindResult>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const results = new Map<QueryKind, KindResult>(QUERY_KINDS.map((k) => [k, { times: [], answered: [], failures: [], empty: 0 }]));
  try {
    for (const q of queries) {
      const requestPath = apiPath(q);
      const r = await timedGet(base + requestPath, { agent, gzip: true });
      const into = results.get(q.kind)!;
      if (r.status !== 200) {
        into.failures.push({ path: requestPath, status: r.status, message: errorMessage(r.body) });
        continue;
      }
      into.times.push(r.totalMs);
      const parsed = JSON.parse(r.body.toString("utf8")) as { services?: unknown[] };
      const services = parsed.services?.length ?? 0;
      if (services === 0) into.empty++;
      into.answered.push({ path: requestPath, ms: r.totalMs, services });
    }
  } finally {
    agent.destroy();
  }
  return results;
}

async function measurePage(base: string, paths: string[], concurrency: number): Promise<{ ttfb: number[]; total: number[]; failures: { path: string; status: number }[]; ms: number }> {
  const ttfb: number[] = [];
  const total: number[] = [];
  const failures: { path: string; status: number }[] = [];
  let next = 0;
  const started = performance.now();
  // Each client has its own connection and sends its next request when the previous one is answered.
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (let i = next++; i < paths.length; i = next++) {
          const r = await timedGet(base + paths[i]!, { agent, gzip: true });
          if (r.status !== 200) failures.push({ path: paths[i]!, status: r.status });
          else {
            ttfb.push(r.ttfbMs);
            total.push(r.totalMs);
          }
        }
      } finally {
        agent.destroy();
      }
    }),
  );
  return { ttfb, total, failures, ms: performance.now() - started };
}

interface ScriptSize {
  url: string;
  noModule: boolean;
  bytes: number;
  gz: number;
}

async function measureJs(base: string): Promise<{ files: ScriptSize[]; failures: string[] }> {
  const page = await timedGet(`${base}/search?q=70551`);
  if (page.status !== 200) return { files: [], failures: [`/search?q=70551 answered ${page.status}`] };
  const html = page.body.toString("utf8");
  const scripts = collectScripts(html, `${base}/search?q=70551`);
  const files: ScriptSize[] = [];
  const failures: string[] = [];
  // A page of results, not an error page, is what is measured (it may well ship no script at all).
  if (!html.includes('data-testid="result-summary"')) failures.push("/search?q=70551 shows no results: the measured page is not a results page");
  collectInlineScripts(html).forEach((text, i) => {
    const body = Buffer.from(text, "utf8");
    files.push({ url: `${base}/search?q=70551#inline-script-${i + 1}`, noModule: false, bytes: body.length, gz: gzipSize(body) });
  });
  for (const { url, noModule } of scripts) {
    const r = await timedGet(url);
    if (r.status !== 200) failures.push(`${url} answered ${r.status}`);
    else files.push({ url, noModule, bytes: r.body.length, gz: gzipSize(r.body) });
  }
  return { files, failures };
}

const row = (label: string, n: number, fails: number, empty: number | string, s: Summary) =>
  `${label.padEnd(10)} ${fmt(n).padStart(7)} ${fmt(fails).padStart(8)} ${String(empty).padStart(6)} ${fmt(s.p50, 1).padStart(8)} ${fmt(s.p95, 1).padStart(8)} ${fmt(s.p99, 1).padStart(8)} ${fmt(s.max, 1).padStart(8)}`;

let exitCode = 0;
try {
  if (sampleOptions.hospitals < MIN_SAMPLE.hospitals || sampleOptions.rows < MIN_SAMPLE.rows) {
    log(`note: a sample below ${MIN_SAMPLE.hospitals} hospitals and ${fmt(MIN_SAMPLE.rows)} rows does not meet the benchmark's definition`);
  }
  const loadStarted = performance.now();
  db = await sampleDatabase(sampleOptions, { fresh: values.fresh === true, log });
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  ensureBuild(values.build === true, log);
  log("starting the production server (npm start) …");
  server = await startServer({ databaseUrl: db.url, logDir: BENCH_SEARCH_DIR });
  const base = server.baseUrl;
  log(`server ready on ${base} (log: ${server.logFile})`);
  // Read after the server started: its database setup places locations loaded before ingestion geocoded them.
  const coverage = await locationCoverage(db.url);

  const queries = apiQueryMix(roster, sampleOptions.seed);
  const warmup = apiQueryMix(roster, sampleOptions.seed + 1, "warmup").slice(0, 40);
  const pagePaths = pageQueryMix(roster, sampleOptions.seed, pageRequests);
  log(`warm-up: ${warmup.length} API queries, ${clients} page requests …`);
  const warmAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const q of warmup) await timedGet(base + apiPath(q), { agent: warmAgent, gzip: true });
  warmAgent.destroy();
  await measurePage(base, pagePaths.slice(0, clients), clients);

  log(`API: ${queries.length} queries, one at a time …`);
  const api = await measureApi(base, queries);
  log(`page: ${pagePaths.length} requests from ${clients} concurrent clients …`);
  const page = await measurePage(base, pagePaths, clients);
  log("JavaScript shipped to /search …");
  const js = await measureJs(base);
  await server.stop();
  server = undefined;

  // Report.
  const all = [...api.values()].flatMap((r) => r.times);
  const apiFailures = [...api.values()].reduce((n, r) => n + r.failures.length, 0);
  const apiSummary = summarize(all);
  const ttfb = summarize(page.ttfb);
  const pageTotal = summarize(page.total);
  const downloaded = js.files.filter((f) => !f.noModule);
  const legacy = js.files.filter((f) => f.noModule);
  const jsRaw = downloaded.reduce((n, f) => n + f.bytes, 0);
  const jsGz = downloaded.reduce((n, f) => n + f.gz, 0);
  const jsKbGz = oneDecimal(jsGz / 1024);
  const legacyGz = legacy.reduce((n, f) => n + f.gz, 0);

  console.log(
    `\nnational sample: ${fmt(db.hospitals)} hospitals in ${db.states} states, ${fmt(db.rows)} charge rows` +
      (db.reused ? ` (cached database reused; ${loadSeconds.toFixed(0)} s to open it)` : ` (loaded in ${(db.loadMs / 1000).toFixed(0)} s)`),
  );
  console.log(`  ${fmt(coverage.placed)} of ${fmt(coverage.locations)} hospital locations have coordinates (distance search needs them)`);
  console.log(`\nAPI GET /api/v1/search, ${fmt(queries.length)} distinct queries one at a time after ${warmup.length} warm-up (ms, full response)`);
  console.log("kind       queries  non-200  empty   p50 ms   p95 ms   p99 ms   max ms");
  for (const kind of QUERY_KINDS) {
    const r = api.get(kind)!;
    console.log(row(kind, r.times.length + r.failures.length, r.failures.length, r.empty, summarize(r.times)));
  }
  const emptyAll = [...api.values()].reduce((n, r) => n + r.empty, 0);
  console.log(row("all", all.length + apiFailures, apiFailures, emptyAll, apiSummary));
  const slowest = [...api.values()].flatMap((r) => r.answered).sort((a, b) => b.ms - a.ms).slice(0, 5);
  if (slowest.length > 0) console.log(`  slowest: ${slowest.map((q) => `${fmt(q.ms, 0)} ms ${q.path.replace("/api/v1/search?", "")}`).join("; ")}`);
  for (const kind of QUERY_KINDS) {
    const r = api.get(kind)!;
    if (r.failures.length === 0) continue;
    const byStatus = new Map<number, number>();
    for (const f of r.failures) byStatus.set(f.status, (byStatus.get(f.status) ?? 0) + 1);
    console.log(`  ${kind}: ${r.failures.length} non-200 (${[...byStatus].map(([s, n]) => `${n}× ${s}`).join(", ")}), e.g.`);
    for (const f of r.failures.slice(0, 3)) console.log(`    ${f.status} ${f.path} — ${f.message}`);
  }

  console.log(`\npage /search, ${fmt(pagePaths.length)} requests from ${clients} concurrent clients in ${(page.ms / 1000).toFixed(1)} s (${fmt(pagePaths.length / (page.ms / 1000), 1)} req/s)`);
  console.log(`  time to first byte  p50 ${fmt(ttfb.p50, 1)} ms, p95 ${fmt(ttfb.p95, 1)} ms, p99 ${fmt(ttfb.p99, 1)} ms, max ${fmt(ttfb.max, 1)} ms`);
  console.log(`  full response       p50 ${fmt(pageTotal.p50, 1)} ms, p95 ${fmt(pageTotal.p95, 1)} ms`);
  if (page.failures.length > 0) {
    console.log(`  ${page.failures.length} non-200, e.g. ${page.failures.slice(0, 3).map((f) => `${f.status} ${f.path}`).join("; ")}`);
  }

  console.log(`\nJavaScript shipped to /search?q=70551: ${downloaded.length} scripts, ${fmt(jsRaw / 1024, 1)} KB, ${fmt(jsKbGz, 1)} KB gzipped (level 9)`);
  for (const f of [...downloaded].sort((a, b) => b.gz - a.gz)) {
    console.log(`  ${fmt(f.gz / 1024, 1).padStart(7)} KB gz ${fmt(f.bytes / 1024, 1).padStart(8)} KB  ${new URL(f.url).pathname}`);
  }
  if (legacy.length > 0) {
    console.log(`  not counted: ${fmt(legacyGz / 1024, 1)} KB gz of <script nomodule> polyfills (${legacy.map((f) => new URL(f.url).pathname).join(", ")}), which browsers with ES modules do not download`);
  }
  for (const f of js.failures) console.log(`  ${f}`);

  // Every request's figures, for a closer look than the table gives.
  const details = path.join(BENCH_SEARCH_DIR, "last-run.json");
  writeFileSync(
    details,
    JSON.stringify({ api: Object.fromEntries([...api].map(([k, r]) => [k, { answered: r.answered, failures: r.failures }])), page: { ttfbMs: page.ttfb, failures: page.failures }, js: js.files }, null, 1),
  );
  console.log(`\n(every request's figures: ${details})`);

  const failed = apiFailures > 0 || page.failures.length > 0 || js.failures.length > 0;
  const checks: [string, number, number, string][] = [
    ["API p95", apiSummary.p95, TARGETS.apiP95, "ms"],
    ["API p99", apiSummary.p99, TARGETS.apiP99, "ms"],
    ["page TTFB p95", ttfb.p95, TARGETS.pageTtfbP95, "ms"],
    ["search JS gzipped", jsKbGz, TARGETS.jsKbGz, "KB"],
  ];
  console.log("\ntargets (2-core machine):");
  for (const [label, value, target, unit] of checks) {
    const ok = value <= target;
    console.log(`  ${label.padEnd(18)} ${fmt(value, 1).padStart(8)} ${unit}  (target ≤ ${target} ${unit})  ${ok ? "ok" : "target missed"}`);
  }
  if (failed) {
    console.log("\nFAILED: some requests did not answer 200, so no figures are reported (see above).");
    exitCode = 1;
  } else {
    console.log(
      JSON.stringify({
        hospitals: db.hospitals,
        rows: db.rows,
        api_p50_ms: oneDecimal(apiSummary.p50),
        api_p95_ms: oneDecimal(apiSummary.p95),
        api_p99_ms: oneDecimal(apiSummary.p99),
        page_ttfb_p95_ms: oneDecimal(ttfb.p95),
        search_js_kb_gz: jsKbGz,
      }),
    );
  }
} catch (error) {
  log(`bench:search failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 2;
} finally {
  await cleanup();
}
process.exit(exitCode);
