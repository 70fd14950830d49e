// The contract every hostile file is held to, checked in-process:
//   readMrfFile   completes, or throws an MrfError that names the file;
//   validateFile  resolves to a well-formed report (it throws only for file-system failures);
//   unpackLocalFile / resolveInput  fail with a SourceError (yielded, for resolveInput)
//                 and leave no temp files behind.
// Time and memory limits are enforced around this, by the runner (child processes).
import { readdir } from "node:fs/promises";
import { resolveInput, SourceError, unpackLocalFile, type SizeLimits } from "../../ingest/sources";
import { readMrfFile } from "../index";
import { MrfError } from "../types";
import { validateFile } from "../validate";
import type { Issue } from "../validate/types";
import type { KnownBugId } from "./known-bugs";

export type ViolationKind = "crash" | "hang" | "memory" | "contract" | "unclear";

export interface Violation {
  kind: ViolationKind;
  /** Which step: read-strict, read-lenient, validate, unpack, resolve, or the case as a whole. */
  op: string;
  detail: string;
  /** Set by the runner when the violation is a known bug's (known-bugs.ts). */
  known?: KnownBugId;
}

export type MrfOp = "read-strict" | "read-lenient" | "validate";
export const ALL_OPS: readonly MrfOp[] = ["read-strict", "read-lenient", "validate"];

export interface Expectation {
  /** The strict read must fail with an MrfError whose message matches (a RegExp source, case-insensitive). */
  readError?: string;
  /** The strict read must complete (the file is valid). */
  readCompletes?: boolean;
  /** The validation report must list an error with this rule. */
  validateRule?: string;
  /** Unpacking must fail with a SourceError of one of these codes ("ok": it must succeed). */
  unpack?: readonly string[];
}

export interface OpOutcome {
  op: string;
  ms: number;
  /** "completed: 3 records", "MrfError: …", "report: 2 errors (json.syntax)", … */
  result: string;
}

export interface CheckResult {
  outcomes: OpOutcome[];
  violations: Violation[];
}

/** Longest message still read as a message: past this, a value was pasted into it unbounded. */
export const MAX_MESSAGE = 2_000;

const clip = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n)}… (${s.length.toLocaleString("en-US")} chars)` : s);

/** "RangeError: Maximum call stack size exceeded at lib/mrf/validate/json.ts:66" */
export function describeCrash(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error thrown: ${clip(String(error))}`;
  const frames = (error.stack ?? "").split("\n").slice(1);
  const own = frames.find((f) => /\/lib\//.test(f) && !/\/lib\/mrf\/fuzz\//.test(f)) ?? frames[0] ?? "";
  const where = /\(?((?:\/|file:\/\/)[^()]+:\d+:\d+)\)?\s*$/.exec(own.trim())?.[1]?.replace(/^.*?\/(lib|node_modules)\//, "$1/") ?? "";
  return `${error.name}: ${clip(error.message)}${where ? ` at ${where}` : ""}`;
}

function checkIssue(issue: Issue, op: string, out: Violation[]): void {
  if (typeof issue.rule !== "string" || issue.rule === "" || typeof issue.message !== "string" || issue.message.trim() === "") {
    out.push({ kind: "contract", op, detail: `issue without a rule or a message: ${clip(JSON.stringify(issue))}` });
  } else if (issue.message.length > MAX_MESSAGE) {
    out.push({ kind: "unclear", op, detail: `${issue.rule} message is ${issue.message.length.toLocaleString("en-US")} chars: ${clip(issue.message, 120)}` });
  }
}

function checkMrfError(error: MrfError, op: string, displayName: string, out: Violation[]): void {
  if (error.message.trim() === "") out.push({ kind: "unclear", op, detail: "MrfError with an empty message" });
  if (error.message.length > MAX_MESSAGE) {
    out.push({ kind: "unclear", op, detail: `MrfError message is ${error.message.length.toLocaleString("en-US")} chars: ${clip(error.message, 120)}` });
  }
  if (error.location.file !== displayName) {
    out.push({ kind: "unclear", op, detail: `MrfError does not name the file: ${clip(error.describe())}` });
  }
}

async function readOnce(path: string, displayName: string, mode: "strict" | "lenient", out: Violation[]): Promise<string> {
  const op = `read-${mode}`;
  let records = 0;
  let rejected = 0;
  let headerSeen = false;
  try {
    for await (const event of readMrfFile(path, { displayName, mode })) {
      switch (event.type) {
        case "header":
          if (headerSeen) out.push({ kind: "contract", op, detail: "a second header event" });
          headerSeen = true;
          break;
        case "record": {
          records++;
          const r = event.record;
          if (!headerSeen) out.push({ kind: "contract", op, detail: "a record before the header" });
          if (!Number.isInteger(r.row) || r.row < 1 || typeof r.description !== "string" || r.description === "" || typeof r.setting !== "string") {
            out.push({ kind: "contract", op, detail: `malformed record: ${clip(JSON.stringify(r))}` });
          }
          break;
        }
        case "rejected":
          rejected++;
          if (mode === "strict") out.push({ kind: "contract", op, detail: "a rejected row in a strict read" });
          if (event.issues.length === 0) out.push({ kind: "contract", op, detail: `row ${event.row} rejected without a reason` });
          for (const issue of event.issues) checkIssue(issue, op, out);
          break;
        case "issues":
          for (const issue of event.issues) checkIssue(issue, op, out);
          break;
      }
    }
  } catch (error) {
    if (error instanceof MrfError) {
      checkMrfError(error, op, displayName, out);
      return `MrfError: ${clip(error.describe(), 160)}`;
    }
    out.push({ kind: "crash", op, detail: describeCrash(error) });
    return `crash: ${describeCrash(error)}`;
  }
  return `completed: ${records} records${rejected ? `, ${rejected} rejected` : ""}`;
}

async function validateOnce(path: string, out: Violation[]): Promise<{ result: string; rules: Set<string> }> {
  const op = "validate";
  try {
    const report = await validateFile(path);
    if (typeof report.valid !== "boolean" || !Array.isArray(report.errors) || !Array.isArray(report.alerts)) {
      out.push({ kind: "contract", op, detail: "malformed report" });
      return { result: "malformed report", rules: new Set() };
    }
    if (report.valid !== (report.errors.length === 0)) {
      out.push({ kind: "contract", op, detail: `valid is ${report.valid} with ${report.errors.length} errors listed` });
    }
    for (const issue of report.errors) checkIssue(issue, op, out);
    for (const issue of report.alerts) checkIssue(issue, op, out);
    const rules = new Set(Object.keys(report.errorCounts));
    const top = [...rules].slice(0, 3).join(", ");
    return { result: report.valid ? `valid (${report.rows} rows)` : `invalid: ${Object.values(report.errorCounts).reduce((a, b) => a + b, 0)} errors (${top})`, rules };
  } catch (error) {
    // Any throw is a breach here: the file exists and is readable, so not even UnreadableFileError is expected.
    out.push({ kind: "crash", op, detail: describeCrash(error) });
    return { result: `crash: ${describeCrash(error)}`, rules: new Set() };
  }
}

async function timed<T>(outcomes: OpOutcome[], op: string, run: () => Promise<T>, describe: (value: T) => string): Promise<T> {
  const start = performance.now();
  const value = await run();
  outcomes.push({ op, ms: Math.round(performance.now() - start), result: describe(value) });
  return value;
}

/** Runs the readers and the validator over a (hostile) file and checks the contract. */
export async function checkMrfFile(
  path: string,
  options: { displayName: string; ops?: readonly MrfOp[]; expect?: Expectation },
): Promise<CheckResult> {
  const ops = options.ops ?? ALL_OPS;
  const outcomes: OpOutcome[] = [];
  const violations: Violation[] = [];
  for (const op of ops) {
    if (op === "validate") {
      const { rules } = await timed(outcomes, op, () => validateOnce(path, violations), (v) => v.result);
      const want = options.expect?.validateRule;
      if (want && !rules.has(want)) {
        violations.push({ kind: "contract", op, detail: `expected a ${want} error; got ${[...rules].join(", ") || "none"}` });
      }
    } else {
      const mode = op === "read-strict" ? "strict" : "lenient";
      const result = await timed(outcomes, op, () => readOnce(path, options.displayName, mode, violations), (r) => r);
      const want = options.expect?.readError;
      if (want && mode === "strict" && !(result.startsWith("MrfError") && new RegExp(want, "i").test(result))) {
        violations.push({ kind: "contract", op, detail: `expected an MrfError matching /${want}/; got ${clip(result, 160)}` });
      }
      if (options.expect?.readCompletes && mode === "strict" && !result.startsWith("completed")) {
        violations.push({ kind: "contract", op, detail: `expected the read to complete; got ${clip(result, 160)}` });
      }
    }
  }
  // One file, one verdict: what the validator passes, the strict read must load.
  const validated = outcomes.find((o) => o.op === "validate")?.result;
  const strict = outcomes.find((o) => o.op === "read-strict")?.result;
  if (validated?.startsWith("valid") && strict?.startsWith("MrfError")) {
    violations.push({ kind: "contract", op: "read-strict", detail: `validateFile says ${validated}, but the strict read fails: ${clip(strict, 200)}` });
  }
  return { outcomes, violations };
}

async function leftovers(tempRoot: string): Promise<string[]> {
  return (await readdir(tempRoot)).filter((name) => name.startsWith("priceline-"));
}

/**
 * A compressed (or maybe compressed) file: through unpackLocalFile, then
 * resolveInput, whose decompressed MRF (if any) goes through checkMrfFile.
 */
export async function checkPackedFile(
  path: string,
  options: { displayName: string; tempRoot: string; limits?: Partial<SizeLimits>; ops?: readonly MrfOp[]; expect?: Expectation },
): Promise<CheckResult> {
  const outcomes: OpOutcome[] = [];
  const violations: Violation[] = [];
  const limitOptions = { ...options.limits, tempRoot: options.tempRoot };
  const allowed = options.expect?.unpack;

  await timed(
    outcomes,
    "unpack",
    async () => {
      try {
        const unpacked = await unpackLocalFile(path, limitOptions);
        await unpacked.cleanup();
        if (allowed && !allowed.includes("ok")) {
          violations.push({ kind: "contract", op: "unpack", detail: `expected a SourceError (${allowed.join("/")}); it unpacked (${unpacked.packing})` });
        }
        return `unpacked (${unpacked.packing})`;
      } catch (error) {
        if (!(error instanceof SourceError)) {
          violations.push({ kind: "crash", op: "unpack", detail: describeCrash(error) });
          return `crash: ${describeCrash(error)}`;
        }
        if (allowed && !allowed.includes(error.code)) {
          violations.push({ kind: "contract", op: "unpack", detail: `expected ${allowed.join("/")}; got SourceError(${error.code}): ${clip(error.detail)}` });
        }
        return `SourceError(${error.code}): ${clip(error.detail, 160)}`;
      }
    },
    (r) => r,
  );
  for (const name of await leftovers(options.tempRoot)) {
    violations.push({ kind: "contract", op: "unpack", detail: `temp directory left behind: ${name}` });
  }

  const inner: CheckResult[] = [];
  await timed(
    outcomes,
    "resolve",
    async () => {
      const seen: string[] = [];
      try {
        for await (const item of resolveInput(path, limitOptions)) {
          if (item.kind === "error") {
            if (!item.message) violations.push({ kind: "unclear", op: "resolve", detail: "an error item without a message" });
            seen.push(`error(${item.code ?? "?"}): ${clip(item.message, 120)}`);
          } else {
            seen.push("file");
            inner.push(await checkMrfFile(item.path, { displayName: options.displayName, ops: options.ops ?? ALL_OPS, expect: { ...options.expect, unpack: undefined } }));
          }
        }
      } catch (error) {
        violations.push({ kind: "crash", op: "resolve", detail: describeCrash(error) });
        seen.push(`crash: ${describeCrash(error)}`);
      }
      return seen.join("; ") || "nothing yielded";
    },
    (r) => r,
  );
  for (const name of await leftovers(options.tempRoot)) {
    violations.push({ kind: "contract", op: "resolve", detail: `temp directory left behind: ${name}` });
  }
  for (const r of inner) {
    outcomes.push(...r.outcomes);
    violations.push(...r.violations);
  }
  return { outcomes, violations };
}
