import { mkdtempSync, rmSync, writeFileSync, type ReadStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MrfError, type ChargeRecord, type PayerCharge } from "../../../../lib/mrf/types";
import {
  loadMapping,
  parseMapping,
  readLegacyFile,
  readLegacyStream,
  resolveLegacyLayout,
  splitPayerPlan,
  type LegacyEvent,
  type LegacyMapping,
  type LegacyMappingInput,
} from "../../../../lib/mrf/legacy";

const SHIPPED = path.resolve(import.meta.dirname, "../../../../mappings/stony-brook-eastern-long-island-2023.yaml");

const dir = mkdtempSync(path.join(tmpdir(), "legacy-reader-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n") + "\r\n";

// ---- a small file shaped like Stony Brook's ---------------------------------

const HEAD = [
  "Code", "Description", "Type", "Package/Line_Level", "Gross charge", "Discounted cash price",
  "De-identified min contracted rate", "De-identified max contracted rate", "Derived contracted rate",
  "AETNA-Commercial HMO/POS", "BLUE CROSS-Medicare Advantage HMO", "WELL-CARE-Medicaid HMO", "HEALTHFIRST-Commercial PPO/Open Access",
];
const NA = "N/A";
const FIXTURE = csv([
  HEAD,
  ["10060", "SIMPLE OR SINGLE DRAINAGE OF SKIN ABSCESS", "Outpatient", "Line", "575.75", "575.75", "384.69", "786.90", "585.80", NA, "786.90", "384.69", NA],
  ["10060", "SIMPLE OR SINGLE DRAINAGE OF SKIN ABSCESS", "Outpatient", "Package", "1865.00", "1865", "384.69", "786.90", "585.80", NA, "786.90", "384.69", NA],
  ["140", "MAJOR HEAD AND NECK PROCEDURES WITH MCC", "Inpatient", "Line", "49565.98", "49565.98", "31000.00", "31000.00", "31000.00", "31000.00", NA, NA, NA],
  ["772", NA, "Inpatient", "Line", "39192.56", "39192.56", "3778.23", "3778.23", "3778.23", NA, NA, "3778.23", NA],
  ["0275T", "REMOVAL OF BONE FROM LOWER SPINE, ACCESSED THROUGH THE SKIN", "Outpatient", "Line", "3992.00", "3992", NA, NA, NA, NA, NA, NA, NA],
  ["", ""], // the blank row between the two sections
  ["A4306", "IFLO 100 ML", NA, NA, "120.50", NA, NA, NA, NA, NA, NA, NA, NA],
  ["SURG", "OR MINOR 1 HR", NA, NA, "692.30", NA, NA, NA, NA, NA, NA, NA, NA],
]);

const payer = (payerName: string, planName: string | null, negotiatedDollar: string): PayerCharge => ({
  payerName,
  planName,
  negotiatedDollar,
  negotiatedPercentage: null,
  negotiatedAlgorithm: null,
  methodology: null,
  medianAmount: null,
  percentile10: null,
  percentile90: null,
  allowedCount: null,
  payerNotes: null,
});

const record = (r: Partial<ChargeRecord> & Pick<ChargeRecord, "row" | "description" | "codes" | "setting">): ChargeRecord => ({
  modifiers: null,
  drugUnit: null,
  drugUnitType: null,
  gross: null,
  discountedCash: null,
  minimum: null,
  maximum: null,
  genericNotes: null,
  billingClass: null,
  payers: [],
  ...r,
});

const EXPECTED: ChargeRecord[] = [
  record({
    row: 2, description: "SIMPLE OR SINGLE DRAINAGE OF SKIN ABSCESS", codes: [{ code: "10060", type: "CPT" }], setting: "outpatient",
    billingClass: "line item", gross: "575.75", discountedCash: "575.75", minimum: "384.69", maximum: "786.90",
    payers: [payer("BLUE CROSS", "Medicare Advantage HMO", "786.90"), payer("WELL-CARE", "Medicaid HMO", "384.69")],
  }),
  record({
    row: 3, description: "SIMPLE OR SINGLE DRAINAGE OF SKIN ABSCESS", codes: [{ code: "10060", type: "CPT" }], setting: "outpatient",
    billingClass: "package", gross: "1865.00", discountedCash: "1865", minimum: "384.69", maximum: "786.90",
    payers: [payer("BLUE CROSS", "Medicare Advantage HMO", "786.90"), payer("WELL-CARE", "Medicaid HMO", "384.69")],
  }),
  record({
    row: 4, description: "MAJOR HEAD AND NECK PROCEDURES WITH MCC", codes: [{ code: "140", type: "MS-DRG" }], setting: "inpatient",
    billingClass: "line item", gross: "49565.98", discountedCash: "49565.98", minimum: "31000.00", maximum: "31000.00",
    payers: [payer("AETNA", "Commercial HMO/POS", "31000.00")],
  }),
  record({
    row: 5, description: "MS-DRG 772", codes: [{ code: "772", type: "MS-DRG" }], setting: "inpatient",
    billingClass: "line item", gross: "39192.56", discountedCash: "39192.56", minimum: "3778.23", maximum: "3778.23",
    genericNotes: "The file gives no description for this item",
    payers: [payer("WELL-CARE", "Medicaid HMO", "3778.23")],
  }),
  record({
    row: 6, description: "REMOVAL OF BONE FROM LOWER SPINE, ACCESSED THROUGH THE SKIN", codes: [{ code: "0275T", type: "CPT" }],
    setting: "outpatient", billingClass: "line item", gross: "3992.00", discountedCash: "3992",
  }),
  record({ row: 8, description: "IFLO 100 ML", codes: [{ code: "A4306", type: "HCPCS" }], setting: "both", gross: "120.50" }),
  record({ row: 9, description: "OR MINOR 1 HR", codes: [{ code: "SURG", type: "LOCAL" }], setting: "both", gross: "692.30" }),
];

let shipped: LegacyMapping;
beforeAll(async () => {
  shipped = await loadMapping(SHIPPED);
});

async function collect(events: AsyncIterable<LegacyEvent>): Promise<{ header?: LegacyEvent; records: ChargeRecord[] }> {
  let header: LegacyEvent | undefined;
  const records: ChargeRecord[] = [];
  for await (const e of events) {
    if (e.type === "header") header = e;
    else records.push(e.record);
  }
  return { header, records };
}

const read = (text: string, mapping: LegacyMapping, options: Parameters<typeof readLegacyStream>[2] = { displayName: "test.csv" }) =>
  collect(readLegacyStream(Readable.from([text]), mapping, options));

/** The error reading `text` fails with. */
async function failure(text: string, mapping: LegacyMapping): Promise<MrfError> {
  const error = await read(text, mapping).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MrfError);
  return error as MrfError;
}

/** A mapping for the fixture layout, written out in full (the shipped one is tested too). */
function fixtureMapping(patch: (m: LegacyMappingInput) => void = () => undefined): LegacyMapping {
  const input: LegacyMappingInput = {
    mappingVersion: 1,
    hospital: {
      name: "Test Hospital",
      locations: [{ name: "Test Hospital", address: "1 Main Street, Springfield, NY 10001" }],
      licenseState: "NY",
      lastUpdatedOn: "2023-05-01",
    },
    file: { emptyValues: ["N/A"], ignoreColumns: ["Derived contracted rate"] },
    columns: {
      description: { column: "Description", whenBlank: "code" },
      codes: [
        {
          column: "Code",
          types: [
            { type: "MS-DRG", pattern: "^\\d{3}$", when: { Type: "^inpatient$" } },
            { type: "CPT", pattern: "^\\d{5}$" },
            { type: "CPT", pattern: "^\\d{4}[AFMTU]$" },
            { type: "HCPCS", pattern: "^[A-V]\\d{4}$" },
          ],
          fallbackType: "LOCAL",
        },
      ],
      setting: { column: "Type", map: { Outpatient: "outpatient", Inpatient: "inpatient" }, default: "both" },
      billingClass: { column: "Package/Line_Level", map: { Line: "line item", Package: "package" } },
      gross: "Gross charge",
      discountedCash: "Discounted cash price",
      minimum: "De-identified min contracted rate",
      maximum: "De-identified max contracted rate",
    },
    payers: { columns: { after: "Derived contracted rate" }, split: { separator: "-", at: "last" } },
  };
  patch(input);
  return parseMapping(input);
}

describe("readLegacyStream on a Stony Brook–shaped file", () => {
  it("yields the mapping's header, then one record per data row", async () => {
    const { header, records } = await read(FIXTURE, fixtureMapping());
    expect(header).toEqual({
      type: "header",
      format: "legacy",
      header: {
        hospitalName: "Test Hospital",
        lastUpdatedOn: "2023-05-01",
        version: "legacy",
        locations: [{ name: "Test Hospital", address: "1 Main Street, Springfield, NY 10001" }],
        licenseNumber: null,
        licenseState: "NY",
        type2Npis: [],
        attestation: null,
        attesterName: null,
        generalContractProvisions: null,
      },
    });
    expect(records).toEqual(EXPECTED);
  });

  it("reads the same records with the shipped Stony Brook mapping", async () => {
    const { header, records } = await read(FIXTURE, shipped);
    expect(header).toMatchObject({ format: "legacy", header: { hospitalName: "Stony Brook Eastern Long Island Hospital" } });
    expect(records).toEqual(EXPECTED);
  });

  it("splits payer and plan at the first separator when declared", async () => {
    const { records } = await read(FIXTURE, fixtureMapping((m) => (m.payers!.split = { separator: "-", at: "first" })));
    expect(records[0]!.payers.map((p) => [p.payerName, p.planName])).toEqual([
      ["BLUE CROSS", "Medicare Advantage HMO"],
      ["WELL", "CARE-Medicaid HMO"],
    ]);
  });

  it("splits payer and plan by a pattern with named groups", () => {
    const split = fixtureMapping((m) => (m.payers!.split = { pattern: "^(?<payer>.+?)\\s*[-–]\\s*(?<plan>(Commercial|Medicare|Medicaid).*)$" })).payers!.split;
    expect(splitPayerPlan("WELL-CARE - Medicaid HMO", split)).toEqual({ payerName: "WELL-CARE", planName: "Medicaid HMO" });
    expect(() => splitPayerPlan("CIGNA", split)).toThrow('payer column "CIGNA" does not match payers.split.pattern');
    const optional = { ...split, planOptional: true };
    expect(splitPayerPlan("CIGNA", optional)).toEqual({ payerName: "CIGNA", planName: null });
  });

  it("records the declared methodology and payer notes on every payer charge", async () => {
    const mapping = fixtureMapping((m) => {
      m.payers!.methodology = "other";
      m.payers!.notes = "Legacy file: the contracting method is not stated";
    });
    const { records } = await read(FIXTURE, mapping);
    expect(records[0]!.payers[0]).toMatchObject({ methodology: "other", payerNotes: "Legacy file: the contracting method is not stated" });
  });

  it("carries extra columns into the notes", async () => {
    const mapping = fixtureMapping((m) => {
      m.file!.ignoreColumns = [];
      m.columns.extraNotes = ["Derived contracted rate"];
    });
    const { records } = await read(FIXTURE, mapping);
    expect(records[0]!.genericNotes).toBe("Derived contracted rate: 585.80");
    expect(records[3]!.genericNotes).toBe("The file gives no description for this item; Derived contracted rate: 3778.23");
    expect(records[4]!.genericNotes).toBeNull();
  });

  it("exposes the resolved payer columns", () => {
    const layout = resolveLegacyLayout(HEAD, fixtureMapping());
    expect(layout.payers.map((p) => [p.index, p.payerName, p.planName])).toEqual([
      [9, "AETNA", "Commercial HMO/POS"],
      [10, "BLUE CROSS", "Medicare Advantage HMO"],
      [11, "WELL-CARE", "Medicaid HMO"],
      [12, "HEALTHFIRST", "Commercial PPO/Open Access"],
    ]);
  });

  it("selects payer columns by a header pattern or by name", () => {
    const byMatch = resolveLegacyLayout(HEAD, fixtureMapping((m) => (m.payers!.columns = { match: "-(Commercial|Medicare|Medicaid)" })));
    expect(byMatch.payers).toHaveLength(4);
    const byName = resolveLegacyLayout(
      HEAD,
      fixtureMapping((m) => {
        m.payers!.columns = { names: ["AETNA-Commercial HMO/POS"] };
        m.file!.unmappedColumns = "ignore";
      }),
    );
    expect(byName.payers.map((p) => p.payerName)).toEqual(["AETNA"]);
  });
});

describe("readLegacyStream values", () => {
  const SIMPLE = ["Item", "Where", "Price", "Cash", "Acme-Gold"];
  const simpleMapping = (patch: (m: LegacyMappingInput) => void = () => undefined) =>
    fixtureMapping((m) => {
      m.file = { emptyValues: ["n/a", "-", "NA"] };
      m.columns = { description: "Item", setting: { column: "Where", default: "both" }, gross: "Price", discountedCash: "Cash" };
      m.payers = { columns: { after: "Cash" }, split: { separator: "-" } };
      patch(m);
    });

  it("treats the declared tokens as empty, ignoring case", async () => {
    const { records } = await read(csv([SIMPLE, ["X-ray", "N/A", "100", "na", " - "]]), simpleMapping());
    expect(records[0]).toMatchObject({ setting: "both", gross: "100", discountedCash: null, payers: [] });
  });

  it("accepts setting values that are already CMS settings when there is no map", async () => {
    const { records } = await read(csv([SIMPLE, ["X-ray", "OUTPATIENT", "100", "", ""]]), simpleMapping());
    expect(records[0]!.setting).toBe("outpatient");
  });

  it("strips declared currency symbols and thousands separators", async () => {
    const mapping = simpleMapping((m) => (m.file!.numbers = { currencySymbols: ["$"], thousandsSeparator: "," }));
    const { records } = await read(csv([SIMPLE, ["MRI", "", "$1,234.50", "$ 980", "1,000,000"]]), mapping);
    expect(records[0]).toMatchObject({ gross: "1234.50", discountedCash: "980", payers: [{ payerName: "Acme", planName: "Gold", negotiatedDollar: "1000000" }] });
    const error = await failure(csv([SIMPLE, ["MRI", "", "1,23", "", ""]]), mapping);
    expect(error.describe()).toBe('test.csv, row 2, column Price: "1,23" is not a number with "," between groups of three digits');
  });

  it("rejects undeclared number formats, naming row and column", async () => {
    const error = await failure(csv([SIMPLE, ["MRI", "", "$1,234.50", "", ""]]), simpleMapping());
    expect(error.location).toEqual({ file: "test.csv", row: 2, column: "Price" });
    expect(error.message).toMatch(/is not a number/);
  });

  it("treats zero as empty only when declared", async () => {
    const rows = csv([SIMPLE, ["MRI", "", "0.00", "", "0"]]);
    expect((await failure(rows, simpleMapping())).message).toMatch(/must be a positive number/);
    const mapping = simpleMapping((m) => (m.file!.numbers = { zeroIsEmpty: true }));
    expect((await read(rows, mapping)).records[0]).toMatchObject({ gross: null, payers: [] });
  });

  it("skips the declared rows before the column headers and numbers rows as in the file", async () => {
    const text = csv([["Price list as of 2023"], ["Prices in USD"], SIMPLE, ["MRI", "", "500", "", ""]]);
    const { records } = await read(text, simpleMapping((m) => (m.file!.skipRows = 2)));
    expect(records.map((r) => r.row)).toEqual([4]);
  });
});

describe("readLegacyStream errors", () => {
  it("names the row and column of a bad cell", async () => {
    const text = FIXTURE.replace("3992.00", "about 4000");
    const error = await failure(text, fixtureMapping());
    expect(error.describe()).toBe('test.csv, row 6, column Gross charge: "about 4000" is not a number (write digits only, no "$" or thousands separators)');
  });

  it("rejects a setting outside the value map", async () => {
    const error = await failure(FIXTURE.replace("Outpatient,Line,3992.00", "Emergency,Line,3992.00"), fixtureMapping());
    expect(error.location).toEqual({ file: "test.csv", row: 6, column: "Type" });
    expect(error.message).toBe('setting "Emergency" is not in the mapping\'s value map ("Outpatient", "Inpatient")');
  });

  it("rejects a billing class outside the value map", async () => {
    const error = await failure(FIXTURE.replace("Outpatient,Line,3992.00", "Outpatient,Bundle,3992.00"), fixtureMapping());
    expect(error.location).toEqual({ file: "test.csv", row: 6, column: "Package/Line_Level" });
  });

  it("rejects a code no rule matches when there is no fallback type", async () => {
    const mapping = fixtureMapping((m) => delete m.columns.codes![0]!.fallbackType);
    const error = await failure(FIXTURE, mapping);
    expect(error.describe()).toBe('test.csv, row 9, column Code: code "SURG" matches none of the mapping\'s code-type rules, and there is no fallbackType');
  });

  it("rejects a blank description unless told to describe the item by its code", async () => {
    const mapping = fixtureMapping((m) => (m.columns.description = "Description"));
    const error = await failure(FIXTURE, mapping);
    expect(error.describe()).toBe("test.csv, row 5, column Description: description is blank");
  });

  it("rejects columns the mapping does not account for", async () => {
    const error = await failure(FIXTURE, fixtureMapping((m) => (m.file!.ignoreColumns = [])));
    expect(error.describe()).toBe(
      'test.csv, row 1, column Derived contracted rate: the mapping does not say what column "Derived contracted rate" holds: map it, or list it in file.ignoreColumns',
    );
  });

  it("rejects a mapped column the file does not have", async () => {
    const error = await failure(FIXTURE, fixtureMapping((m) => (m.columns.gross = "Gross Charges")));
    expect(error.location).toEqual({ file: "test.csv", row: 1, column: "Gross Charges" });
    expect(error.message).toMatch(/^the mapping's columns.gross names column "Gross Charges", which the header row does not have \(it has "Code", "Description"/);
  });

  it("rejects payer headers without a plan unless plans are optional", async () => {
    const text = FIXTURE.replace("HEALTHFIRST-Commercial PPO/Open Access", "HEALTHFIRST");
    const error = await failure(text, fixtureMapping());
    expect(error.describe()).toBe(
      'test.csv, row 1, column HEALTHFIRST: payer column "HEALTHFIRST" has no plan name (set payers.split.planOptional: true to accept payer-only columns)',
    );
    const layout = resolveLegacyLayout(text.split("\r\n")[0]!.split(","), fixtureMapping((m) => (m.payers!.split.planOptional = true)));
    expect(layout.payers[3]).toMatchObject({ payerName: "HEALTHFIRST", planName: null });
  });

  it("rejects two columns for the same payer and plan", async () => {
    const text = FIXTURE.replace("HEALTHFIRST-Commercial PPO/Open Access", "aetna-commercial hmo/pos");
    expect((await failure(text, fixtureMapping())).message).toBe(
      'columns "AETNA-Commercial HMO/POS" and "aetna-commercial hmo/pos" are both payer "aetna", plan "commercial hmo/pos"',
    );
  });

  it("rejects values beyond the header's columns", async () => {
    const text = FIXTURE.replace("OR MINOR 1 HR,N/A,N/A,692.30,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A", "OR MINOR 1 HR,N/A,N/A,692.30,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,oops");
    const error = await failure(text, fixtureMapping());
    expect(error.location).toEqual({ file: "test.csv", row: 9, column: "#14" });
  });

  it("rejects empty and truncated files", async () => {
    expect((await failure("", fixtureMapping())).describe()).toBe("test.csv, row 1: the file is empty");
    const skipping = fixtureMapping((m) => (m.file!.skipRows = 3));
    expect((await failure("title\r\n", skipping)).describe()).toBe(
      "test.csv, row 2: the file ends before row 4, where the mapping expects the column headers",
    );
  });

  it("sets bad rows aside and goes on when given onRowError", async () => {
    const text = FIXTURE.replace("3992.00", "about 4000").replace("692.30", "-5");
    const bad: { error: MrfError; cells: string[] }[] = [];
    const { records } = await read(text, fixtureMapping(), { displayName: "test.csv", onRowError: (error, cells) => bad.push({ error, cells }) });
    expect(records.map((r) => r.row)).toEqual([2, 3, 4, 5, 8]);
    expect(bad.map((b) => b.error.describe())).toEqual([
      'test.csv, row 6, column Gross charge: "about 4000" is not a number (write digits only, no "$" or thousands separators)',
      'test.csv, row 9, column Gross charge: "-5" must be a positive number',
    ]);
    expect(bad[0]!.cells[0]).toBe("0275T");
  });
});

describe("readLegacyFile", () => {
  it("streams a file from disk, and closes it when the caller stops early", async () => {
    const file = path.join(dir, "legacy.csv");
    const rows = [HEAD];
    for (let i = 0; i < 20_000; i++) {
      rows.push([String(10000 + (i % 9000)), `ITEM ${i}`, "Outpatient", i % 2 ? "Package" : "Line", "100.00", "90", NA, NA, NA, NA, NA, NA, "75.5"]);
    }
    writeFileSync(file, csv(rows));
    const mapping = fixtureMapping();

    let count = 0;
    for await (const e of readLegacyFile(file, mapping, "legacy.csv")) if (e.type === "record") count++;
    expect(count).toBe(20_000);

    let stream: ReadStream | undefined;
    for await (const e of readLegacyFile(file, mapping, { displayName: "legacy.csv", onStream: (s) => (stream = s) })) {
      if (e.type === "record") {
        expect(e.record).toMatchObject({ row: 2, payers: [{ payerName: "HEALTHFIRST", planName: "Commercial PPO/Open Access", negotiatedDollar: "75.5" }] });
        break;
      }
    }
    expect(stream?.destroyed).toBe(true);
    expect(stream!.bytesRead).toBeLessThan(4 << 20);
  });

  it("reports a missing file as an MrfError", async () => {
    const events = readLegacyFile(path.join(dir, "missing.csv"), fixtureMapping(), "missing.csv");
    await expect(collect(events)).rejects.toThrow("cannot read the file (ENOENT)");
  });
});
