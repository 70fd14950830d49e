// Fuzzing the MRF readers, the validator and the unpackers with hostile input.
//
//   mutate(bytes, format, rng)  seeded mutations of a valid file (mutators.ts)
//   ADVERSARIAL                 named worst cases: 100 MB fields, 100,000 columns,
//                               100,000-level nesting, decompression bombs (cases.ts)
//   checkMrfFile / checkPackedFile   the contract, in-process (contract.ts)
//   runCases                    each case in a child process with a time budget
//                               and a peak-RSS measurement (runner.ts)
//
// Used by tests/fuzz (small, deterministic) and scripts/fuzz.ts (long runs).
export { FuzzRng } from "./rng";
export { MUTATORS, mutate, mutatorNamed, SMALL_PROFILE, FULL_PROFILE, type BaseFormat, type FuzzProfile, type Mutator, type Mutated } from "./mutators";
export { buildZip, gzip, writeGzipBomb, writeZipBomb, type ZipEntrySpec } from "./archives";
export { baseFile, csvCell, csvLine, csvRecords, jsonParts, type BaseSpec } from "./bases";
export {
  ADVERSARIAL,
  DEFAULT_MAX_RSS_MB,
  adversarialCase,
  budgetFor,
  buildCase,
  isHeavy,
  knownAt,
  mutationCase,
  type AdversarialCase,
  type BuiltCase,
  type CaseSpec,
  type Scale,
} from "./cases";
export {
  ALL_OPS,
  MAX_MESSAGE,
  checkMrfFile,
  checkPackedFile,
  describeCrash,
  type CheckResult,
  type Expectation,
  type MrfOp,
  type OpOutcome,
  type Violation,
  type ViolationKind,
} from "./contract";
export { KNOWN_BUGS, classifyViolation, knownBugText, knownTriggers, type KnownBugId } from "./known-bugs";
export {
  formatCaseTable,
  formatFailures,
  formatSummary,
  isKnownFailure,
  runCases,
  unknownViolations,
  summarize,
  worstKind,
  type CaseResult,
  type RunOptions,
  type Summary,
} from "./runner";
