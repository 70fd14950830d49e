// Open bugs the fuzzer found in code outside lib/mrf/fuzz, each reproduced with
// a minimal input and marked it.fails: the test states the contract, and fails
// today. When a fix lands, vitest reports the it.fails as failing — then drop
// the case's `known` and the entry in lib/mrf/fuzz/known-bugs.ts (the case then
// runs in readers.fuzz.test.ts as a regression guard, like those already fixed).
// None are open at the moment, so the it.fails loop below is empty; the list of
// fixed ones is in known-bugs.ts.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CsvLimitError, CsvTokenizer } from "../../lib/mrf/csv/tokenizer";
import { ADVERSARIAL, KNOWN_BUGS, adversarialCase, formatFailures, knownAt, knownBugText, runCases, type CaseResult } from "../../lib/mrf/fuzz";

const workDir = mkdtempSync(path.join(os.tmpdir(), "priceline-fuzz-known-"));
const knownCases = ADVERSARIAL.filter((c) => knownAt(c, "small"));
let results: CaseResult[] = [];

beforeAll(async () => {
  // Each in a process of its own: csv-code-index-huge would otherwise take the process down.
  results = await runCases(
    knownCases.map((c) => adversarialCase(c.name, "small")),
    { workDir, concurrency: 2, isolate: () => true, hardRssMb: 1024 },
  );
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("known bugs (it.fails until fixed)", () => {
  it("every open bug is reproduced by a case filed under it, and every case's bug is open", () => {
    for (const id of Object.keys(KNOWN_BUGS)) expect(ADVERSARIAL.some((c) => c.known === id), `no case reproduces ${id}`).toBe(true);
    for (const c of ADVERSARIAL) if (c.known !== undefined) expect(Object.keys(KNOWN_BUGS)).toContain(c.known);
  });

  it("every known-bug case reproduces the bug it is filed under, and nothing else", () => {
    for (const c of knownCases) {
      const r = results.find((x) => x.id === `${c.name}@small`)!;
      expect(r.violations.length, `${c.name} no longer fails: fixed? ${formatFailures([r])}`).toBeGreaterThan(0);
      expect(r.violations.every((v) => v.known !== undefined), formatFailures([r])).toBe(true);
    }
  });

  for (const c of knownCases) {
    it.fails(`${c.known}: ${c.name} — ${knownBugText(c.known!).slice(0, 90)}…`, () => {
      const r = results.find((x) => x.id === `${c.name}@small`)!;
      expect(r.violations, formatFailures([r])).toEqual([]);
    });
  }

  it("(fixed in 202e183) tokenizer fast path: an unquoted field past maxFieldLength is refused, as a quoted one is", () => {
    for (const line of [`${"a".repeat(1000)}\n`, `"${"a".repeat(1000)}"\n`]) {
      const tokenizer = new CsvTokenizer({ maxFieldLength: 10, maxColumns: 5 });
      expect(() => tokenizer.push(line)).toThrow(CsvLimitError);
    }
  });
});
