// Reads the real Stony Brook Eastern Long Island file with the shipped mapping.
// The file is shared data outside the repository: when it is absent, these tests
// are skipped (the fixture tests in reader.test.ts cover the same layout).
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvRows } from "../../../../lib/mrf/csv/rows";
import { loadMapping, readLegacyFile, resolveLegacyLayout, type LegacyMapping } from "../../../../lib/mrf/legacy";
import type { ChargeRecord, MrfError, MrfHeader } from "../../../../lib/mrf/types";

const REPO = path.resolve(import.meta.dirname, "../../../..");
const FILE = path.resolve(REPO, "../shared/data/legacy/stony-brook-eastern-long-island-2023.csv");
const MAPPING = path.join(REPO, "mappings/stony-brook-eastern-long-island-2023.yaml");
const present = existsSync(FILE);
const title = present
  ? "the Stony Brook 2023 legacy file with the shipped mapping"
  : `the Stony Brook 2023 legacy file (skipped: ${FILE} is not present)`;

describe.skipIf(!present)(title, () => {
  let mapping: LegacyMapping;
  let header: MrfHeader | undefined;
  const records: ChargeRecord[] = [];
  const rowErrors: MrfError[] = [];
  const byRow = (row: number) => records.find((r) => r.row === row)!;

  beforeAll(async () => {
    mapping = await loadMapping(MAPPING);
    for await (const e of readLegacyFile(FILE, mapping, { displayName: "stony-brook.csv", onRowError: (error) => rowErrors.push(error) })) {
      if (e.type === "header") header = e.header;
      else records.push(e.record);
    }
  });

  it("reads every data row without an error", () => {
    expect(rowErrors.map((e) => e.describe())).toEqual([]);
    // 2,988 records after the header, one of them the blank row between the two sections.
    expect(records).toHaveLength(2987);
    expect(records.find((r) => r.row === 1038)).toBeUndefined();
    expect(records.at(-1)!.row).toBe(2989);
  });

  it("takes the hospital from the mapping", () => {
    expect(header).toMatchObject({
      hospitalName: "Stony Brook Eastern Long Island Hospital",
      version: "legacy",
      locations: [{ name: "Stony Brook Eastern Long Island Hospital", address: "201 Manor Place, Greenport, NY 11944" }],
      licenseState: "NY",
      licenseNumber: null,
      type2Npis: [],
    });
  });

  it("splits the 20 PAYER-Plan columns into 10 payers", async () => {
    let headers: string[] = [];
    for await (const cells of csvRows(createReadStream(FILE))) {
      headers = cells;
      break;
    }
    const layout = resolveLegacyLayout(headers, mapping);
    expect(layout.payers).toHaveLength(20);
    expect(new Set(layout.payers.map((p) => p.payerName))).toEqual(
      new Set(["AETNA", "CONNECTICARE", "EMBLEMHEALTH", "BLUE CROSS", "HandM", "HEALTHFIRST", "UNITED HEALTHCARE", "INTEGRATED HEALTH", "MOLINA", "TUFTS HEALTH"]),
    );
    expect(layout.payers).toContainEqual(expect.objectContaining({ name: "BLUE CROSS-Medicare Advantage HMO", payerName: "BLUE CROSS", planName: "Medicare Advantage HMO" }));
    // Four payer/plan columns are N/A on every row, so 16 pairs carry rates.
    const pairs = new Set(records.flatMap((r) => r.payers.map((p) => `${p.payerName}|${p.planName}`)));
    expect(pairs.size).toBe(16);
    expect(records.reduce((n, r) => n + r.payers.length, 0)).toBe(2041);
  });

  it("reads code 10060's Line row", () => {
    expect(byRow(2)).toEqual({
      row: 2,
      description: "SIMPLE OR SINGLE DRAINAGE OF SKIN ABSCESS",
      codes: [{ code: "10060", type: "CPT" }],
      setting: "outpatient",
      modifiers: null,
      drugUnit: null,
      drugUnitType: null,
      gross: "575.75",
      discountedCash: "575.75",
      minimum: "384.69",
      maximum: "786.90",
      genericNotes: null,
      billingClass: "line item",
      // Every other payer column is N/A on this row.
      payers: [
        expect.objectContaining({ payerName: "BLUE CROSS", planName: "Commercial HMO/POS", negotiatedDollar: "786.90", methodology: null }),
        expect.objectContaining({ payerName: "HEALTHFIRST", planName: "Commercial HMO/POS", negotiatedDollar: "384.69", methodology: null }),
      ],
    });
    expect(byRow(3)).toMatchObject({ codes: [{ code: "10060", type: "CPT" }], billingClass: "package", gross: "575.75" });
  });

  it("keeps a Package price apart from its Line price", () => {
    expect(byRow(4)).toMatchObject({ description: "SIMPLE DRAINAGE OF CYST OF TAILBONE", billingClass: "line item", gross: "548.00", discountedCash: "548", minimum: null, maximum: null, payers: [] });
    expect(byRow(5)).toMatchObject({ description: "SIMPLE DRAINAGE OF CYST OF TAILBONE", billingClass: "package", gross: "7675.00", discountedCash: "7675" });
  });

  it("infers code types by the declared rules", () => {
    const counts: Record<string, number> = {};
    for (const r of records) for (const c of r.codes) counts[c.type] = (counts[c.type] ?? 0) + 1;
    expect(counts).toEqual({ CPT: 2271, HCPCS: 597, "MS-DRG": 82, LOCAL: 37 });
    expect(byRow(928)).toMatchObject({ codes: [{ code: "140", type: "MS-DRG" }], setting: "inpatient", gross: "49565.98" });
    expect(byRow(820)).toMatchObject({ codes: [{ code: "0275T", type: "CPT" }] });
    expect(byRow(2984)).toMatchObject({ codes: [{ code: "U0002", type: "HCPCS" }], setting: "both", billingClass: null });
    expect(byRow(1039)).toMatchObject({ codes: [{ code: "1922", type: "LOCAL" }], description: "ANESTHESIA W MRI" });
    expect(byRow(2969)).toMatchObject({ codes: [{ code: "SURG", type: "LOCAL" }], description: "OR 1 HOUR", gross: "3000.30", discountedCash: null });
  });

  it("maps settings: Outpatient, Inpatient, and N/A as both", () => {
    const counts: Record<string, number> = {};
    for (const r of records) counts[r.setting] = (counts[r.setting] ?? 0) + 1;
    expect(counts).toEqual({ outpatient: 954, inpatient: 82, both: 1951 });
  });

  it("describes the one item without a description by its code", () => {
    expect(byRow(980)).toMatchObject({
      description: "MS-DRG 772",
      codes: [{ code: "772", type: "MS-DRG" }],
      genericNotes: "The file gives no description for this item",
      payers: [expect.objectContaining({ payerName: "MOLINA", planName: "Medicaid HMO", negotiatedDollar: "3778.23" })],
    });
  });

  it("keeps min and max consistent with the payer rates", () => {
    for (const r of records) {
      const rates = r.payers.map((p) => Number(p.negotiatedDollar));
      if (rates.length === 0) {
        expect(r.minimum, `row ${r.row}`).toBeNull();
        continue;
      }
      expect(Number(r.minimum), `row ${r.row}`).toBeCloseTo(Math.min(...rates), 2);
      expect(Number(r.maximum), `row ${r.row}`).toBeCloseTo(Math.max(...rates), 2);
    }
  });
});
