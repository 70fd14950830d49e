// Runs fuzz cases in child processes (worker.ts), so that a hang is cut off at
// its time budget, memory is measured per case (peak RSS), and a crash of the
// process itself (out of memory, a native abort) is one failed case rather than
// a dead fuzz run. Cases that must be measured alone (the adversarial ones) get
// a process each; mutations share a process per batch.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { isHeavy, type CaseSpec } from "./cases";
import type { OpOutcome, Violation } from "./contract";
import { classifyViolation, type KnownBugId } from "./known-bugs";
import type { WorkerDone } from "./worker";

export interface CaseResult {
  id: string;
  label: string;
  bytes: number;
  /** Time spent checking (building the file excluded). */
  ms: number;
  budgetMs: number;
  /** Peak RSS: exact (the process's maxRSS) when isolated, else the highest sample while the case ran. */
  maxRssMb: number;
  isolated: boolean;
  outcomes: OpOutcome[];
  violations: Violation[];
  known?: KnownBugId;
}

export interface RunOptions {
  /** Scratch directory (files are built and removed there). */
  workDir: string;
  /** Worker processes at once (default 1). */
  concurrency?: number;
  /** Cases per shared worker process (default 200). */
  batchSize?: number;
  /** Which cases get a process of their own (default: the heavy adversarial ones). */
  isolate?: (spec: CaseSpec) => boolean;
  /** V8 heap limit of a worker, MB (default 1536): past it the case fails as "memory" instead of taking the machine. */
  heapMb?: number;
  /** Kill a worker whose RSS passes this many MB (default 2048). */
  hardRssMb?: number;
  /** Longest a case may take to build its file (default 10 min: multi-GiB bombs). */
  buildTimeoutMs?: number;
  /** Peak RSS allowed for a case in a shared process (default: not checked). */
  batchMaxRssMb?: number;
  onResult?: (result: CaseResult) => void;
}

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts");

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

interface Running {
  i: number;
  phase: "building" | "checking";
  since: number;
  label: string;
  bytes: number;
  budgetMs: number;
  maxRssMb?: number;
  known?: KnownBugId;
  triggers: KnownBugId[];
  peakMb: number;
}

function classify(violations: Violation[], running: Running): Violation[] {
  return violations.map((v) => {
    const known = classifyViolation(v, running.triggers, running.known);
    return known ? { ...v, known } : v;
  });
}

/** Runs `specs` in one worker process at a time, restarting it after a kill, until all have a result. */
async function runGroup(specs: CaseSpec[], group: number, isolated: boolean, options: RunOptions, emit: (r: CaseResult) => void): Promise<void> {
  await mkdir(options.workDir, { recursive: true });
  const list = path.join(options.workDir, `group-${process.pid}-${group}.json`);
  await writeFile(list, JSON.stringify(specs));
  let next = 0;
  while (next < specs.length) {
    next = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        [`--max-old-space-size=${options.heapMb ?? 1536}`, "--import", "tsx", WORKER, list, String(next), options.workDir],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let current: Running | null = null;
      let killed: Violation | null = null;
      let lastDone = next - 1;
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr = (stderr + d.toString("utf8")).slice(-4000);
      });

      const fail = (violation: Violation) => {
        if (!current) return;
        const spec = specs[current.i]!;
        emit({
          id: spec.id,
          label: current.label,
          bytes: current.bytes,
          ms: Date.now() - current.since,
          budgetMs: current.budgetMs,
          maxRssMb: current.peakMb,
          isolated,
          outcomes: [],
          violations: classify([violation], current),
          known: current.known,
        });
        lastDone = current.i;
        current = null;
      };

      const timer = setInterval(() => {
        if (!current || child.pid === undefined) return;
        const rss = rssMb(child.pid);
        if (rss !== null) current.peakMb = Math.max(current.peakMb, rss);
        const elapsed = Date.now() - current.since;
        if (rss !== null && rss > (options.hardRssMb ?? 2048)) {
          killed = { kind: "memory", op: "process", detail: `RSS reached ${rss} MB (hard limit ${options.hardRssMb ?? 2048} MB); killed` };
        } else if (current.phase === "checking" && elapsed > current.budgetMs) {
          killed = { kind: "hang", op: "case", detail: `still running after ${(elapsed / 1000).toFixed(1)} s (budget ${(current.budgetMs / 1000).toFixed(1)} s); killed` };
        } else if (current.phase === "building" && elapsed > (options.buildTimeoutMs ?? 600_000)) {
          killed = { kind: "hang", op: "build", detail: `building the file took over ${(elapsed / 1000).toFixed(0)} s; killed` };
        }
        if (killed) child.kill("SIGKILL");
      }, 100);

      createInterface({ input: child.stdout }).on("line", (line) => {
        let message: { ev?: string; i?: number } & Record<string, unknown>;
        try {
          message = JSON.parse(line) as typeof message;
        } catch {
          return; // stray output from the code under test
        }
        const i = message.i ?? -1;
        // FUZZ_TRACE=1: every worker event on stderr, with a timestamp (to see where time goes).
        if (process.env.FUZZ_TRACE) process.stderr.write(`[${Date.now() % 100000}] g${group} ${String(message.ev)} ${i}\n`);
        if (message.ev === "start") {
          current = { i, phase: "building", since: Date.now(), label: "", bytes: 0, budgetMs: 0, peakMb: 0, triggers: [] };
        } else if (message.ev === "built" && current) {
          Object.assign(current, {
            phase: "checking",
            since: Date.now(),
            label: String(message.label ?? ""),
            bytes: Number(message.bytes ?? 0),
            budgetMs: Number(message.budgetMs ?? 10_000),
            maxRssMb: message.maxRssMb as number | undefined,
            known: message.known as KnownBugId | undefined,
            triggers: (message.triggers as KnownBugId[] | undefined) ?? [],
          });
        } else if (message.ev === "done" && current) {
          const done = message as unknown as WorkerDone;
          const violations = [...done.violations];
          const peak = isolated ? done.maxRssMb : Math.max(current.peakMb, rssMb(child.pid ?? 0) ?? 0);
          const limit = isolated ? current.maxRssMb : options.batchMaxRssMb;
          if (limit !== undefined && peak > limit) {
            violations.push({ kind: "memory", op: "case", detail: `peak RSS ${peak} MB over the ${limit} MB limit` });
          }
          if (done.ms > current.budgetMs) {
            violations.push({ kind: "hang", op: "case", detail: `took ${(done.ms / 1000).toFixed(1)} s (budget ${(current.budgetMs / 1000).toFixed(1)} s)` });
          }
          emit({
            id: specs[i]!.id,
            label: current.label,
            bytes: current.bytes,
            ms: done.ms,
            budgetMs: current.budgetMs,
            maxRssMb: peak,
            isolated,
            outcomes: done.outcomes,
            violations: classify(violations, current),
            known: current.known,
          });
          lastDone = i;
          current = null;
        }
      });

      child.on("close", (code, signal) => {
        clearInterval(timer);
        if (current) {
          const outOfMemory = /heap out of memory|Reached heap limit|Allocation failed/i.test(stderr);
          fail(
            killed ??
              (outOfMemory
                ? { kind: "memory", op: "process", detail: `worker ran out of memory (exit ${code ?? signal})` }
                : { kind: "crash", op: "process", detail: `worker died (exit ${code ?? signal}): ${stderr.trim().split("\n").slice(-3).join(" | ")}` }),
          );
        } else if (code !== 0 && lastDone < specs.length - 1) {
          // Died between cases (e.g. while starting): blame the next case so the run moves on.
          current = { i: lastDone + 1, phase: "building", since: Date.now(), label: "", bytes: 0, budgetMs: 0, peakMb: 0, triggers: [] };
          fail({ kind: "crash", op: "process", detail: `worker died (exit ${code ?? signal}): ${stderr.trim().split("\n").slice(-3).join(" | ")}` });
        }
        resolve(lastDone + 1);
      });
    });
  }
}

/** Runs every case; results arrive through onResult as they finish and are returned in case order. */
export async function runCases(specs: readonly CaseSpec[], options: RunOptions): Promise<CaseResult[]> {
  const isolate = options.isolate ?? isHeavy;
  const batchSize = options.batchSize ?? 200;
  const groups: { specs: CaseSpec[]; isolated: boolean }[] = [];
  let batch: CaseSpec[] = [];
  for (const spec of specs) {
    if (isolate(spec)) {
      groups.push({ specs: [spec], isolated: true });
    } else {
      batch.push(spec);
      if (batch.length >= batchSize) {
        groups.push({ specs: batch, isolated: false });
        batch = [];
      }
    }
  }
  if (batch.length) groups.push({ specs: batch, isolated: false });

  const results = new Map<string, CaseResult>();
  const emit = (r: CaseResult) => {
    results.set(r.id, r);
    options.onResult?.(r);
  };
  let nextGroup = 0;
  const lane = async () => {
    while (nextGroup < groups.length) {
      const g = nextGroup++;
      await runGroup(groups[g]!.specs, g, groups[g]!.isolated, options, emit);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, lane));
  return specs.map((s) => results.get(s.id)).filter((r): r is CaseResult => r !== undefined);
}

// ---- reporting ----------------------------------------------------------------------

export interface Summary {
  cases: number;
  passed: number;
  failed: number;
  /** Failing cases by the worst kind of violation they had. */
  crashes: number;
  hangs: number;
  memory: number;
  contract: number;
  unclear: number;
  /** Failing cases that reproduce a known bug, and those that do not. */
  knownFailures: number;
  newFailures: number;
  maxRss: { mb: number; id: string; label: string } | null;
  /** The same among cases that passed (a killed runaway is not a measurement of normal use). */
  maxRssPassing: { mb: number; id: string; label: string } | null;
  slowest: { ms: number; id: string; label: string } | null;
}

/** A failing case whose every violation is a known bug's. */
export function isKnownFailure(result: CaseResult): boolean {
  return result.violations.length > 0 && result.violations.every((v) => v.known !== undefined);
}

/** Violations no known bug explains: what a test asserts to be empty. */
export function unknownViolations(results: readonly CaseResult[]): string[] {
  return results.flatMap((r) => r.violations.filter((v) => !v.known).map((v) => `${r.id} [${r.label}] ${v.kind} (${v.op}): ${v.detail}`));
}

const SEVERITY = ["crash", "hang", "memory", "contract", "unclear"] as const;

export function worstKind(result: CaseResult): (typeof SEVERITY)[number] | null {
  for (const kind of SEVERITY) if (result.violations.some((v) => v.kind === kind)) return kind;
  return null;
}

export function summarize(results: readonly CaseResult[]): Summary {
  const s: Summary = {
    cases: results.length,
    passed: 0,
    failed: 0,
    crashes: 0,
    hangs: 0,
    memory: 0,
    contract: 0,
    unclear: 0,
    knownFailures: 0,
    newFailures: 0,
    maxRss: null,
    maxRssPassing: null,
    slowest: null,
  };
  for (const r of results) {
    const worst = worstKind(r);
    if (worst === null) s.passed++;
    else {
      s.failed++;
      if (worst === "crash") s.crashes++;
      else if (worst === "hang") s.hangs++;
      else if (worst === "memory") s.memory++;
      else if (worst === "contract") s.contract++;
      else s.unclear++;
      if (isKnownFailure(r)) s.knownFailures++;
      else s.newFailures++;
    }
    if (r.isolated && (!s.maxRss || r.maxRssMb > s.maxRss.mb)) s.maxRss = { mb: r.maxRssMb, id: r.id, label: r.label };
    if (r.isolated && worst === null && (!s.maxRssPassing || r.maxRssMb > s.maxRssPassing.mb)) {
      s.maxRssPassing = { mb: r.maxRssMb, id: r.id, label: r.label };
    }
    if (!s.slowest || r.ms > s.slowest.ms) s.slowest = { ms: r.ms, id: r.id, label: r.label };
  }
  return s;
}

const fmtBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(0)} KiB` : `${n} B`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join("  ").trimEnd()).join("\n");
}

/** One line per isolated (adversarial) case: size, time, peak RSS, verdict. */
export function formatCaseTable(results: readonly CaseResult[]): string {
  const rows = [["case", "size", "time", "peak RSS", "verdict"]];
  for (const r of results) {
    const worst = worstKind(r);
    const known = [...new Set(r.violations.map((v) => v.known).filter(Boolean))].join(", ");
    const verdict = worst === null ? "ok" : `${worst.toUpperCase()}${known ? ` (known: ${known})` : ""}${isKnownFailure(r) ? "" : known ? " + NEW" : " NEW"}`;
    rows.push([r.id, fmtBytes(r.bytes), `${(r.ms / 1000).toFixed(2)} s`, `${r.maxRssMb} MB`, verdict]);
  }
  return table(rows);
}

export function formatSummary(s: Summary): string {
  const rows = [
    ["cases", String(s.cases)],
    ["passed", String(s.passed)],
    ["crashes", String(s.crashes)],
    ["hangs", String(s.hangs)],
    ["memory", String(s.memory)],
    ["contract", String(s.contract)],
    ["unclear errors", String(s.unclear)],
    ["failures (known bugs / new)", `${s.knownFailures} / ${s.newFailures}`],
    ["max RSS (isolated cases)", s.maxRss ? `${s.maxRss.mb} MB  ${s.maxRss.id}` : "-"],
    ["max RSS (passing cases)", s.maxRssPassing ? `${s.maxRssPassing.mb} MB  ${s.maxRssPassing.id}` : "-"],
    ["slowest", s.slowest ? `${(s.slowest.ms / 1000).toFixed(2)} s  ${s.slowest.id}` : "-"],
  ];
  return table(rows);
}

/** Every failing case with its violations, for the log. */
export function formatFailures(results: readonly CaseResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.violations.length === 0) continue;
    out.push(`${r.id}  [${r.label}]`);
    for (const v of r.violations) out.push(`    ${v.kind} (${v.op}): ${v.detail}${v.known ? `  [known: ${v.known}]` : ""}`);
  }
  return out.join("\n");
}
