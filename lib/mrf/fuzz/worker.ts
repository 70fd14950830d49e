// Child-process side of the fuzz runner (see runner.ts). Builds and checks the
// cases of a JSON list from an index on, one after another, and reports on
// stdout as JSON lines, so the parent can time each case, measure its memory,
// and kill the process when one hangs:
//   {"ev":"start","i":3}  {"ev":"built","i":3,...}  {"ev":"done","i":3,...}
//
//   node --import tsx lib/mrf/fuzz/worker.ts <cases.json> <first index> <work dir>
import { existsSync } from "node:fs";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildCase, budgetFor, type BuiltCase, type CaseSpec } from "./cases";
import { knownTriggers } from "./known-bugs";
import { checkMrfFile, checkPackedFile, describeCrash, type CheckResult, type Violation } from "./contract";

export interface WorkerDone {
  ev: "done";
  i: number;
  ms: number;
  maxRssMb: number;
  outcomes: { op: string; ms: number; result: string }[];
  violations: Violation[];
}

const [casesFile, first, workDir] = process.argv.slice(2);
if (!casesFile || !first || !workDir) {
  console.error("usage: worker.ts <cases.json> <first index> <work dir>");
  process.exit(2);
}

/** The first 256 KiB, as text: enough to see the headers. */
async function readHead(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(256 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

// Errors that escape every await (an unhandled rejection, a throw in a stream
// callback) are crashes of the case that was running when they surfaced.
let escaped: string[] = [];
process.on("unhandledRejection", (reason) => void escaped.push(`unhandled rejection: ${describeCrash(reason)}`));
process.on("uncaughtException", (error) => void escaped.push(`uncaught exception: ${describeCrash(error)}`));

const objectKeys = Object.getOwnPropertyNames(Object.prototype).length;
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).length;
function polluted(): string | null {
  const probe = {} as Record<string, unknown>;
  if (Object.getOwnPropertyNames(Object.prototype).length !== objectKeys) return "Object.prototype gained properties";
  if (Object.getOwnPropertyNames(Array.prototype).length !== arrayKeys) return "Array.prototype gained properties";
  if (probe.hospital_name !== undefined || probe.description !== undefined) return "a plain object inherits MRF fields";
  return null;
}

const specs = JSON.parse(await readFile(casesFile, "utf8")) as CaseSpec[];
const casesDir = path.join(workDir, `cases-${process.pid}`);
const basesDir = path.join(workDir, `bases-${process.pid}`);
const tempRoot = path.join(workDir, `temp-${process.pid}`);
await mkdir(casesDir, { recursive: true });
await mkdir(tempRoot, { recursive: true });
await mkdir(basesDir, { recursive: true });
const escapeMarkers = [tempRoot, path.dirname(tempRoot), path.dirname(path.dirname(tempRoot)), os.tmpdir()].map((d) => path.join(d, "fuzz-escape.csv"));

for (let i = Number(first); i < specs.length; i++) {
  const spec = specs[i]!;
  send({ ev: "start", i });
  let built: BuiltCase;
  try {
    built = await buildCase(spec, casesDir, basesDir);
  } catch (error) {
    // The fuzzer's own failure, not the code under test's: say so and go on.
    const violation: Violation = { kind: "contract", op: "build", detail: `the fuzzer could not build this case: ${describeCrash(error)}` };
    send({ ev: "done", i, ms: 0, maxRssMb: maxRssMb(), outcomes: [], violations: [violation] } satisfies WorkerDone);
    continue;
  }
  const triggers = knownTriggers(await readHead(built.file));
  send({ ev: "built", i, bytes: built.bytes, label: built.label, budgetMs: budgetFor(built), maxRssMb: built.maxRssMb, known: built.known, triggers });
  escaped = [];
  const start = performance.now();
  let result: CheckResult;
  try {
    result = built.packed
      ? await checkPackedFile(built.file, { displayName: built.displayName, tempRoot, limits: built.limits, ops: built.ops, expect: built.expect })
      : await checkMrfFile(built.file, { displayName: built.displayName, ops: built.ops, expect: built.expect });
  } catch (error) {
    result = { outcomes: [], violations: [{ kind: "crash", op: "check", detail: describeCrash(error) }] };
  }
  const ms = Math.round(performance.now() - start);
  await new Promise((resolve) => setImmediate(resolve)); // let stray rejections surface
  for (const e of escaped) result.violations.push({ kind: "crash", op: "process", detail: e });
  const pollution = polluted();
  if (pollution) result.violations.push({ kind: "contract", op: "process", detail: `prototype pollution: ${pollution}` });
  for (const marker of escapeMarkers) {
    if (existsSync(marker)) {
      result.violations.push({ kind: "contract", op: "unpack", detail: `a zip entry escaped the temp directory: ${marker}` });
      await rm(marker, { force: true });
    }
  }
  await rm(built.file, { force: true });
  await rm(tempRoot, { recursive: true, force: true });
  await mkdir(tempRoot, { recursive: true });
  send({ ev: "done", i, ms, maxRssMb: maxRssMb(), outcomes: result.outcomes, violations: result.violations } satisfies WorkerDone);
}
await rm(casesDir, { recursive: true, force: true });
await rm(basesDir, { recursive: true, force: true });
await rm(tempRoot, { recursive: true, force: true });
