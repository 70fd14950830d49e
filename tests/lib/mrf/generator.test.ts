// Tests for the deterministic CMS v3.0.0 demo MRF generator (lib/mrf/generator).
// Every file is written under os.tmpdir() and checked with CMS's own validator.

import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { validateFilename } from "@cmsgov/hpt-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_LAST_UPDATED_ON,
  DEMO_HOSPITALS,
  generateDemoSet,
  generateMrfFile,
  runGenerateCommand,
  type DemoFile,
  type MrfFormat,
} from "../../../lib/mrf/generator";
import { validateWithCms } from "../../support/cms-validator";

const tmpDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "priceline-gen-test-"));
  tmpDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** A parsed CMS CSV: row 2 values keyed by row 1 headers, and data rows keyed by row 3 headers. */
interface ParsedCsv {
  general: Record<string, string>;
  columns: string[];
  rows: Record<string, string>[];
  fieldCounts: Set<number>;
}

async function parseCsv(path: string): Promise<ParsedCsv> {
  const text = await readFile(path, "utf8");
  const parsed = Papa.parse<string[]>(text, { newline: "\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [h1 = [], h2 = [], columns = [], ...data] = parsed.data;
  const general: Record<string, string> = {};
  h1.forEach((k, i) => {
    if (k) general[k] = h2[i] ?? "";
  });
  const rows = data.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ""])));
  return { general, columns, rows, fieldCounts: new Set(parsed.data.map((r) => r.length)) };
}

const num = (s: string | undefined) => (s ? Number(s) : undefined);

describe("demo set in all three formats", () => {
  let dir: string;
  let files: DemoFile[];

  beforeAll(async () => {
    dir = await tempDir();
    files = await generateDemoSet({ outDir: dir, allFormats: true });
  });

  it("writes every hospital in every format, with CMS-style file names", async () => {
    expect(files).toHaveLength(DEMO_HOSPITALS.length * 3);
    expect(DEMO_HOSPITALS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(files.map((f) => f.hospitalName)).size).toBe(DEMO_HOSPITALS.length);
    expect(new Set(files.map((f) => f.state)).size).toBeGreaterThanOrEqual(4);
    const onDisk = (await readdir(dir)).sort();
    expect(onDisk).toEqual(files.map((f) => basename(f.path)).sort());
    for (const f of files) {
      expect(validateFilename(basename(f.path)), basename(f.path)).toBe(true);
      expect(f.bytes).toBeGreaterThan(10_000);
      expect((await stat(f.path)).size, basename(f.path)).toBe(f.bytes);
      if (f.format === "csv_tall") expect(f.records).toBe(f.rows);
    }
  });

  it("every file passes the CMS hpt-validator (v3.0.0) with zero errors and zero alerts", async () => {
    const problems: string[] = [];
    for (const f of files) {
      const result = await validateWithCms(f.path);
      if (!result.valid || result.errors.length > 0 || result.alerts.length > 0) {
        problems.push(`${basename(f.path)}: ${JSON.stringify({ errors: result.errors.slice(0, 5), alerts: result.alerts.slice(0, 5) })}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("the validator wrapper really reports errors (so the check above can fail)", async () => {
    const tall = files.find((f) => f.format === "csv_tall");
    if (!tall) throw new Error("no tall file");
    const broken = join(await tempDir(), "broken.csv");
    const lines = (await readFile(tall.path, "utf8")).split("\n");
    // Blank out the first data row's setting, a required value.
    expect(lines[3]).toContain(",outpatient,");
    lines[3] = (lines[3] ?? "").replace(",outpatient,", ",,");
    await writeFile(broken, lines.join("\n"));
    const result = await validateWithCms(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it("reports the same number of charge rows for a hospital in every format", () => {
    for (const h of DEMO_HOSPITALS) {
      const counts = files.filter((f) => f.hospitalName === h.name).map((f) => f.rows);
      expect(counts).toHaveLength(3);
      expect(new Set(counts).size, h.name).toBe(1);
      expect(counts[0]).toBeGreaterThan(300);
    }
  });

  it("covers CPT 70551 and MS-DRG 470 at 5+ hospitals, NDC drugs with units, several payers and plans", async () => {
    const with70551 = new Set<string>();
    const with470 = new Set<string>();
    for (const f of files.filter((x) => x.format === "csv_tall")) {
      const csv = await parseCsv(f.path);
      const codesOf = (r: Record<string, string>) =>
        [1, 2, 3].map((i) => `${r[`code|${i}|type`]}:${r[`code|${i}`]}`).filter((c) => !c.startsWith(":"));
      if (csv.rows.some((r) => codesOf(r).includes("CPT:70551") && r["standard_charge|negotiated_dollar"])) with70551.add(f.hospitalName);
      if (csv.rows.some((r) => codesOf(r).includes("MS-DRG:470") && r.setting === "inpatient")) with470.add(f.hospitalName);

      const ndcRows = csv.rows.filter((r) => codesOf(r).some((c) => c.startsWith("NDC:")));
      expect(ndcRows.length, f.hospitalName).toBeGreaterThan(0);
      for (const r of ndcRows) {
        expect(Number(r.drug_unit_of_measurement)).toBeGreaterThan(0);
        expect(["GR", "ME", "ML", "UN", "F2", "EA", "GM"]).toContain(r.drug_type_of_measurement);
      }

      const payers = new Set(csv.rows.map((r) => r.payer_name).filter(Boolean));
      const plans = new Set(csv.rows.filter((r) => r.payer_name).map((r) => `${r.payer_name}|${r.plan_name}`));
      expect(payers.size, f.hospitalName).toBeGreaterThanOrEqual(4);
      expect(plans.size, f.hospitalName).toBeGreaterThan(payers.size);

      // Some rates are not plain dollars, as in real files.
      expect(csv.rows.some((r) => r["standard_charge|negotiated_percentage"] && !r.modifiers)).toBe(true);
      expect(csv.rows.some((r) => r["standard_charge|negotiated_algorithm"])).toBe(true);
      // DRGs are inpatient; items carry a CPT plus a revenue code as in the CMS examples.
      for (const r of csv.rows.filter((x) => x["code|1|type"] === "MS-DRG")) expect(r.setting).toBe("inpatient");
      expect(csv.rows.some((r) => r["code|1|type"] === "CPT" && r["code|2|type"] === "RC")).toBe(true);
    }
    expect(with70551.size).toBeGreaterThanOrEqual(5);
    expect(with470.size).toBeGreaterThanOrEqual(5);
  });

  it("writes well-formed CSV (same field count on every line) and a sensible header", async () => {
    for (const f of files.filter((x) => x.format !== "json")) {
      const csv = await parseCsv(f.path);
      expect(csv.fieldCounts.size, basename(f.path)).toBe(1);
      expect(csv.general.version).toBe("3.0.0");
      expect(csv.general.last_updated_on).toBe(DEFAULT_LAST_UPDATED_ON);
      const license = Object.keys(csv.general).find((k) => k.startsWith("license_number|"));
      expect(license).toMatch(/^license_number\|[A-Z]{2}$/);
      expect(license?.slice(-2)).toBe(f.state);
      for (const npi of (csv.general.type_2_npi ?? "").split("|")) expect(npi).toMatch(/^\d{10}$/);
      for (const address of (csv.general.hospital_address ?? "").split("|")) {
        expect(address).toMatch(new RegExp(`, [A-Za-z .]+, ${f.state} \\d{5}$`));
      }
      expect(csv.general.location_name?.split("|").length).toBe(csv.general.hospital_address?.split("|").length);
      expect(csv.general.general_contract_provisions).toBeTruthy();
    }
  });

  it("keeps prices internally consistent (gross > cash, min/max match the dollar rates, percentiles ordered)", async () => {
    for (const f of files.filter((x) => x.format === "csv_tall")) {
      const csv = await parseCsv(f.path);
      const groups = new Map<string, Record<string, string>[]>();
      for (const r of csv.rows) {
        if (r.modifiers) continue;
        const key = [r.description, r["code|1"], r["code|2"], r.setting].join("\u0000");
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      for (const rows of groups.values()) {
        const first = rows[0] as Record<string, string>;
        const gross = num(first["standard_charge|gross"]);
        const cash = num(first["standard_charge|discounted_cash"]);
        if (gross !== undefined && cash !== undefined) expect(cash).toBeLessThan(gross);
        const dollars = rows.map((r) => num(r["standard_charge|negotiated_dollar"])).filter((d): d is number => d !== undefined);
        if (dollars.length > 0) {
          expect(num(first["standard_charge|min"])).toBe(Math.min(...dollars));
          expect(num(first["standard_charge|max"])).toBe(Math.max(...dollars));
          if (gross !== undefined) expect(Math.max(...dollars)).toBeLessThan(gross);
        } else {
          expect(first["standard_charge|min"]).toBe("");
        }
        for (const r of rows) {
          if (r.count && r.count !== "0") {
            expect(num(r["10th_percentile"])).toBeLessThanOrEqual(num(r.median_amount) as number);
            expect(num(r.median_amount)).toBeLessThanOrEqual(num(r["90th_percentile"]) as number);
          }
          if (r["standard_charge|methodology"] === "other" || r.count === "0") expect(r.additional_generic_notes).not.toBe("");
        }
      }
    }
  });

  it("JSON files carry the same hospitals, codes and payer details", async () => {
    const json = files.find((f) => f.format === "json" && f.hospitalName === DEMO_HOSPITALS[0]?.name);
    if (!json) throw new Error("no JSON file for the first hospital");
    const doc = JSON.parse(await readFile(json.path, "utf8"));
    expect(doc.version).toBe("3.0.0");
    expect(doc.license_information.state).toBe(json.state);
    expect(doc.attestation.confirm_attestation).toBe(true);
    const mri = doc.standard_charge_information.find((i: { code_information: { code: string }[] }) => i.code_information.some((c) => c.code === "70551"));
    expect(mri.standard_charges[0].payers_information.length).toBeGreaterThan(1);
    expect(doc.modifier_information.length).toBeGreaterThan(0);
  });
});

describe("determinism", () => {
  it("the same seed gives identical bytes; another seed gives different prices", async () => {
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()];
    const first = await generateDemoSet({ outDir: a, seed: 42 });
    const second = await generateDemoSet({ outDir: b, seed: 42 });
    const other = await generateDemoSet({ outDir: c, seed: 43 });
    expect(second.map((f) => basename(f.path))).toEqual(first.map((f) => basename(f.path)));
    for (const [i, f] of first.entries()) {
      const same = await readFile((second[i] as DemoFile).path);
      expect((await readFile(f.path)).equals(same), basename(f.path)).toBe(true);
    }

    // Different seed: same structure (hospitals, codes), different numbers.
    const tallA = first.find((f) => f.format === "csv_tall") as DemoFile;
    const tallC = other.find((f) => f.hospitalName === tallA.hospitalName && f.format === "csv_tall") as DemoFile;
    const mri = async (p: string) => (await parseCsv(p)).rows.find((r) => r["code|1"] === "70551") as Record<string, string>;
    const [mriA, mriC] = [await mri(tallA.path), await mri(tallC.path)];
    expect(mriA.description).toBe(mriC.description);
    expect(mriA["standard_charge|gross"]).not.toBe(mriC["standard_charge|gross"]);
    const otherBytes = await readFile(tallC.path);
    expect((await readFile(tallA.path)).equals(otherBytes)).toBe(false);
  });

  it("scaled files are deterministic too", async () => {
    const dir = await tempDir();
    const a = await generateMrfFile({ path: join(dir, "a.csv"), format: "csv_tall", targetRows: 3000, seed: 5, hospitalIndex: 2 });
    const b = await generateMrfFile({ path: join(dir, "b.csv"), format: "csv_tall", targetRows: 3000, seed: 5, hospitalIndex: 2 });
    expect((await readFile(a.path)).equals(await readFile(b.path))).toBe(true);
    expect(a.rows).toBe(b.rows);
  });

  it("uses the requested last_updated_on", async () => {
    const dir = await tempDir();
    const f = await generateMrfFile({ path: join(dir, "x.json"), format: "json", lastUpdatedOn: "2026-07-15" });
    expect(JSON.parse(await readFile(f.path, "utf8")).last_updated_on).toBe("2026-07-15");
    await expect(generateMrfFile({ path: join(dir, "y.json"), format: "json", lastUpdatedOn: "2026-02-30" })).rejects.toThrow(/lastUpdatedOn/);
  });
});

describe("scaled files", () => {
  const formats: MrfFormat[] = ["csv_tall", "csv_wide", "json"];
  for (const format of formats) {
    it(`a ~5,000-row ${format} file passes the CMS validator and holds many distinct items`, async () => {
      const dir = await tempDir();
      const path = join(dir, format === "json" ? "scaled.json" : "scaled.csv");
      const file = await generateMrfFile({ path, format, targetRows: 5000, hospitalIndex: 4, seed: 9 });
      expect(file.rows).toBeGreaterThanOrEqual(5000);
      expect(file.rows).toBeLessThan(5100);
      const result = await validateWithCms(path);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);

      let descriptions: string[];
      if (format === "json") {
        const doc = JSON.parse(await readFile(path, "utf8"));
        descriptions = doc.standard_charge_information.map((i: { description: string }) => i.description);
        expect(descriptions.length + doc.modifier_information.length).toBe(file.records);
      } else {
        const csv = await parseCsv(path);
        expect(csv.rows.length).toBe(file.records);
        descriptions = csv.rows.map((r) => r.description as string);
      }
      expect(new Set(descriptions).size).toBeGreaterThan(400);
    });
  }

  it("a small target still yields a valid, non-empty file", async () => {
    const dir = await tempDir();
    const file = await generateMrfFile({ path: join(dir, "tiny.json"), format: "json", targetRows: 1 });
    expect(file.records).toBeGreaterThan(0);
    expect((await validateWithCms(file.path)).errors).toEqual([]);
  });
});

describe("runGenerateCommand", () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    return {
      io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } },
      out: () => out.join(""),
      err: () => err.join(""),
    };
  }

  it("writes the demo set (4 tall, 4 wide, 2 JSON) and returns 0", async () => {
    const dir = await tempDir();
    const cap = capture();
    expect(await runGenerateCommand(["--out", dir], cap.io)).toBe(0);
    const names = (await readdir(dir)).sort();
    expect(names).toHaveLength(DEMO_HOSPITALS.length);
    expect(names.filter((n) => n.endsWith(".json"))).toHaveLength(2);
    let tall = 0;
    let wide = 0;
    for (const n of names.filter((x) => x.endsWith(".csv"))) {
      const csv = await parseCsv(join(dir, n));
      if (csv.columns.includes("payer_name")) tall++;
      else wide++;
    }
    expect([tall, wide]).toEqual([4, 4]);
    for (const n of names) expect(cap.out()).toContain(n);
    expect(cap.err()).toBe("");
  });

  it("writes a single scaled file with --rows/--format/--file", async () => {
    const dir = await tempDir();
    const cap = capture();
    const file = join(dir, "one.csv");
    expect(await runGenerateCommand(["--rows", "1500", "--format", "wide", "--file", file, "--seed", "3"], cap.io)).toBe(0);
    expect(cap.out()).toContain(file);
    const csv = await parseCsv(file);
    expect(csv.columns).not.toContain("payer_name");
    expect((await validateWithCms(file)).errors).toEqual([]);
  });

  it("prints usage for --help", async () => {
    const cap = capture();
    expect(await runGenerateCommand(["--help"], cap.io)).toBe(0);
    expect(cap.out()).toContain("Usage: priceline generate");
  });

  it.each([
    [["--bogus"]],
    [["--seed", "abc"]],
    [["--format", "xml"]],
    [["--rows", "0"]],
    [["--rows", "10", "--all-formats"]],
    [["--out"]],
    [["stray-positional"]],
    [["--date", "2026-13-01"]],
  ])("rejects bad usage %j with exit code 2", async (argv) => {
    const cap = capture();
    expect(await runGenerateCommand(argv, cap.io)).toBe(2);
    expect(cap.err()).toMatch(/priceline generate: .+/);
    expect(cap.out()).toBe("");
  });
});
