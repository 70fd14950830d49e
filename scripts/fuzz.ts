// Long fuzz run of the MRF readers, the validator and the unpackers.
//
//   npx tsx scripts/fuzz.ts [--seed N] [--iterations N] [--big] [--concurrency N]
//                           [--only REGEX] [--keep] [--allow-known] [--json]
//
// Runs N seeded mutations of generated valid files (tall CSV, wide CSV, JSON;
// some gzipped or zipped and damaged), then every named adversarial case —
// at test size, or with --big at full size: a 100 MB field, 100,000 columns,
// 1,000,000-level nesting, 100 MiB JSON strings, 3 GiB gzip and zip bombs.
// Each case runs in a child process with a wall-clock budget (10 s + 1 s/MB)
// and its peak RSS measured (adversarial cases alone, limit 300 MB). Prints a
// table and a summary; exits 1 on any crash, hang, memory breach or contract
// violation (with --allow-known, only on ones no known bug explains).
//
// A failing case is replayed with --seed S --only <case id>; --keep writes the
// selected cases' files to a directory instead of deleting them.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ADVERSARIAL,
  KNOWN_BUGS,
  adversarialCase,
  buildCase,
  formatCaseTable,
  formatFailures,
  formatSummary,
  isKnownFailure,
  mutationCase,
  runCases,
  summarize,
  worstKind,
  type CaseResult,
  type CaseSpec,
} from "../lib/mrf/fuzz";
import { parseScriptArgs } from "./script-args";

const values = parseScriptArgs(
  {
    seed: { type: "string", default: "1" },
    iterations: { type: "string", default: "2000" },
    big: { type: "boolean", default: false },
    concurrency: { type: "string", default: String(Math.max(1, Math.min(4, os.availableParallelism()))) },
    only: { type: "string" },
    keep: { type: "boolean", default: false },
    "allow-known": { type: "boolean", default: false },
    "no-adversarial": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
  "npx tsx scripts/fuzz.ts [--seed N] [--iterations N] [--big] [--concurrency N] [--only REGEX] [--keep] [--allow-known] [--no-adversarial] [--json]",
);

const seed = Number(values.seed);
const iterations = Number(values.iterations);
const scale = values.big ? "full" : "small";
if (!Number.isInteger(seed) || seed < 0 || !Number.isInteger(iterations) || iterations < 0) {
  console.error("usage: npx tsx scripts/fuzz.ts [--seed N] [--iterations N] [--big] [--concurrency N] [--only REGEX] [--keep] [--allow-known] [--json]");
  process.exit(2);
}

let specs: CaseSpec[] = Array.from({ length: iterations }, (_, i) => mutationCase(seed, i, "full"));
if (!values["no-adversarial"]) specs.push(...ADVERSARIAL.map((c) => adversarialCase(c.name, scale, seed)));
if (values.only) {
  const only = new RegExp(values.only);
  specs = specs.filter((s) => only.test(s.id));
}

if (values.keep) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "priceline-fuzz-keep-"));
  const bases = path.join(dir, ".bases");
  mkdirSync(bases, { recursive: true });
  for (const spec of specs) {
    const built = await buildCase(spec, dir, bases);
    console.log(`${spec.id}\t${built.file}\t${built.label}`);
  }
  rmSync(bases, { recursive: true, force: true });
  process.exit(0);
}

const workDir = mkdtempSync(path.join(os.tmpdir(), "priceline-fuzz-"));
const started = Date.now();
let done = 0;
let failing = 0;
const progressEvery = Math.max(50, Math.floor(specs.length / 20));
console.log(
  `fuzz: seed ${seed}, ${iterations} mutations, ${values["no-adversarial"] ? 0 : ADVERSARIAL.length} adversarial cases at ${scale} size, ` +
    `${values.concurrency} workers${values.only ? `, only /${values.only}/` : ""}`,
);

const onResult = (r: CaseResult) => {
  done++;
  if (r.violations.length) {
    failing++;
    const v = r.violations[0]!;
    console.log(`  ${worstKind(r)!.toUpperCase()} ${r.id} [${r.label}] ${v.kind} (${v.op}): ${v.detail.slice(0, 200)}${v.known ? `  [known: ${v.known}]` : ""}`);
  }
  if (done % progressEvery === 0 || r.isolated) {
    const t = ((Date.now() - started) / 1000).toFixed(0);
    if (r.isolated) console.log(`  ${r.id}: ${(r.ms / 1000).toFixed(2)} s, ${r.maxRssMb} MB${r.violations.length ? "" : ", ok"}`);
    if (done % progressEvery === 0) console.log(`  … ${done}/${specs.length} cases, ${failing} failing, ${t} s`);
  }
};

let results: CaseResult[];
try {
  results = await runCases(specs, {
    workDir,
    concurrency: Number(values.concurrency),
    batchSize: 250,
    batchMaxRssMb: 600,
    onResult,
  });
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const summary = summarize(results);
const isolated = results.filter((r) => r.isolated || r.id.includes("@"));
console.log(`\nAdversarial cases (${scale} size):\n`);
console.log(formatCaseTable(isolated));
const failures = results.filter((r) => r.violations.length > 0);
if (failures.length) {
  console.log(`\nFailures (${failures.length}):\n`);
  const text = formatFailures(failures).split("\n");
  console.log(text.slice(0, 400).join("\n") + (text.length > 400 ? `\n… ${text.length - 400} more lines` : ""));
}
const knownSeen = [...new Set(results.flatMap((r) => r.violations.map((v) => v.known)).filter((k) => k !== undefined))];
if (knownSeen.length) {
  console.log("\nKnown bugs seen:\n");
  for (const k of knownSeen) console.log(`  ${k}: ${KNOWN_BUGS[k]}`);
}
console.log(`\nSummary (${((Date.now() - started) / 1000).toFixed(0)} s):\n`);
console.log(formatSummary(summary));
const mutationResults = results.filter((r) => !r.id.includes("@"));
if (mutationResults.length) {
  const peak = Math.max(...mutationResults.map((r) => r.maxRssMb));
  console.log(`\nmutations: ${mutationResults.length} cases, ${mutationResults.filter((r) => r.violations.length).length} failing, peak worker RSS ${peak} MB`);
}
if (values.json) console.log(JSON.stringify({ seed, iterations, scale, summary }));

const blocking = failures.filter((r) => !(values["allow-known"] && isKnownFailure(r)));
process.exit(blocking.length > 0 ? 1 : 0);
