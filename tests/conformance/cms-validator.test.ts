// Conformance with CMS's own validator (@cmsgov/hpt-validator 2.4.0): both run
// on the same files and must give the same valid/invalid verdict and the same
// failing rules (through the explicit mapping in cms-mapping.ts).
//
//  (a) every CMS example and template file, v2 and v3, when the shared CMS
//      reference data is present;
//  (b) small valid files from the project generator (tall, wide, JSON; v3 and
//      rewritten to v2.0/2.1/2.2), each broken in one specific way per rule;
//  (c) seeded random multi-cell edits of the same files;
//  (d) the test fixtures CMS's validator package ships (its own edge cases:
//      BOMs, mixed line endings, blank headers, every v3 allowed-amount case),
//      which no part of the project was written from.
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateFile, type Issue } from "../../lib/mrf/validate";
import { RULES, type RuleId } from "../../lib/mrf/validate/rules";
import { runCms, type CmsFinding } from "./cms";
import { CMS_MAPPING, compareWithCms } from "./cms-mapping";
import { makeBases, writeCsv, type Base, type BaseKey } from "./fixtures";
import { fuzzCsv, fuzzJson, prng } from "./fuzz";
import { MUTATIONS } from "./mutations";
import { runMutation } from "./run-mutation";

const SHARED = resolve(import.meta.dirname, "../../../shared/data/cms");
const CMS_FIXTURES = resolve(import.meta.dirname, "../../node_modules/@cmsgov/hpt-validator/test/fixtures");

const show = (issues: Issue[]) => issues.map((i) => `${i.rule} @ ${i.row ?? i.path ?? ""} ${i.column ?? ""}`);
const showCms = (findings: CmsFinding[]) => findings.map((f) => `${f.kind} @ ${f.path}: ${f.message.slice(0, 120)}`);

/** Asserts that our errors and CMS's explain each other, with a readable diff on failure. */
function expectSameFindings(ours: Issue[], cms: CmsFinding[], format: "csv" | "json", what: string) {
  const { oursOnly, cmsOnly } = compareWithCms(ours, cms, format);
  expect({ what, oursOnly: show(oursOnly), cmsOnly: showCms(cmsOnly) }).toEqual({ what, oursOnly: [], cmsOnly: [] });
}

/**
 * Runs both validators on a file (CMS's told the version ours read from it, else `fallback`) and
 * expects the same verdict and, when the file has a usable version, the same findings.
 */
async function expectAgreement(file: string, name: string, fallback: string) {
  const ours = await validateFile(file);
  const format = ours.format === "json" ? "json" : "csv";
  const cms = await runCms(file, format, ours.version ?? fallback);
  expect(ours.valid).toBe(cms.valid);
  if (ours.version === null) {
    // No usable version: we stop at that, CMS validates against the fallback version's rules.
    expect(ours.errors.map((e) => e.rule)).toEqual([expect.stringMatching(/^(version\.|json\.syntax)/)]);
    return ours;
  }
  expectSameFindings(ours.errors, cms.errors, format, `${name} errors`);
  expectSameFindings(ours.alerts, cms.alerts, format, `${name} alerts`);
  return ours;
}

describe.skipIf(!existsSync(SHARED))(`CMS example and template files (${SHARED}; skipped when the shared CMS data is absent)`, () => {
  const files = existsSync(SHARED)
    ? ["v2", "v3"].flatMap((v) =>
        readdirSync(join(SHARED, v))
          // schema*.json are JSON Schemas, not price files.
          .filter((f) => /\.(csv|json)$/.test(f) && !f.startsWith("schema"))
          .map((f) => join(v, f)),
      )
    : [];

  it("finds the examples", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)("%s: same verdict and rules as CMS", async (name) => {
    const ours = await expectAgreement(join(SHARED, name), name, "");
    expect(ours.version).not.toBeNull();
    // CMS's own examples are valid; its templates (placeholders, blank values) are not.
    expect(ours.valid).toBe(name.includes("example"));
  });
});

describe("CMS's validator's own test fixtures", () => {
  const files = readdirSync(CMS_FIXTURES, { recursive: true, encoding: "utf8" }).filter((f) => /\.(csv|json)$/.test(f)).sort();

  it("finds them", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  // A file that declares no version, or an unknown one, is compared with CMS's v3.0.0 rules.
  it.each(files)("%s: same verdict and rules as CMS", async (name) => {
    await expectAgreement(join(CMS_FIXTURES, name), name, "3.0.0");
  });
});

describe("generated files broken one rule at a time", () => {
  let dir: string;
  let bases: Record<BaseKey, Base>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "priceline-conformance-"));
    bases = await makeBases(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(MUTATIONS.map((m, n) => [m.name, m, n] as const))("%s", async (_name, mutation, n) => {
    const { ours, cms, format } = await runMutation(mutation, bases[mutation.base], dir, n);
    // The rules we report are exactly the ones this break is about…
    expect(new Set(ours.errors.map((e) => e.rule))).toEqual(new Set(mutation.errors));
    expect(new Set(ours.alerts.map((e) => e.rule))).toEqual(new Set(mutation.alerts ?? []));
    // …CMS gives the same verdict…
    expect(ours.valid).toBe(cms.valid);
    expect(ours.valid).toBe(mutation.errors.length === 0);
    // …and the same failing rules, at the same places.
    expectSameFindings(ours.errors, cms.errors, format, "errors");
    expectSameFindings(ours.alerts, cms.alerts, format, "alerts");
  });

  // Text CMS's parser (papaparse, rows split on LF) reads otherwise than ours: CMS then
  // reports other cells of the rows it ran together, so only the verdicts are compared.
  it.each([
    // The last row's first field becomes "x"y…: a quoted "x" with text after it.
    ["a closing quote followed by text", "csv.quote_invalid", (t: string) => t.replace(/\n(?=[^\n]*\n?$)/, '\n"x"y'), 0],
    ["old Mac line endings (CR alone)", "csv.line_ending_cr", (t: string) => t.replace(/\r?\n/g, "\r"), 1],
  ] as const)("tall3: %s is an error for both validators", async (_name, rule, edit, n) => {
    const { ours, cms } = await runMutation({ name: rule, base: "tall3", errors: [rule], text: edit }, bases.tall3, dir, MUTATIONS.length + n);
    expect(ours.errors.map((e) => e.rule)).toContain(rule);
    expect(ours.valid).toBe(false);
    expect(cms.valid).toBe(false);
  });

  it("covers every rule that has a CMS counterpart", () => {
    const covered = new Set(MUTATIONS.flatMap((m) => [...m.errors, ...(m.alerts ?? [])]));
    const uncovered = (Object.keys(RULES) as RuleId[]).filter((id) => {
      const cms = CMS_MAPPING[id];
      return (cms.csv.length > 0 || cms.json.length > 0) && !covered.has(id);
    });
    expect(uncovered).toEqual([]);
  });

  const FUZZ_CASES = 60;
  it(`${FUZZ_CASES} seeded random CSV edits and ${FUZZ_CASES} JSON edits agree with CMS`, async () => {
    const random = prng(20260101);
    const csvKeys: BaseKey[] = ["tall3", "wide3", "tall22", "wide22", "tall21", "tall20", "wide20"];
    const jsonKeys: BaseKey[] = ["json3", "json22", "json21", "json20"];
    for (let n = 0; n < FUZZ_CASES * 2; n++) {
      const csv = n < FUZZ_CASES;
      const keys = csv ? csvKeys : jsonKeys;
      const key = keys[Math.floor(random() * keys.length)]!;
      const base = bases[key];
      const file = join(dir, `fuzz-${n}.${csv ? "csv" : "json"}`);
      let edits: string[];
      if (csv) {
        const fuzzed = fuzzCsv(base, random);
        edits = fuzzed.edits;
        await writeFile(file, writeCsv(fuzzed.rows));
      } else {
        const fuzzed = fuzzJson(base, random);
        edits = fuzzed.edits;
        await writeFile(file, JSON.stringify(fuzzed.doc));
      }
      const ours = await validateFile(file);
      const cms = await runCms(file, base.format, ours.version ?? base.version);
      const what = `case ${n} (${key}: ${edits.join("; ")})`;
      expect(ours.valid, what).toBe(cms.valid);
      expectSameFindings(ours.errors, cms.errors, base.format, what);
    }
  });
});
