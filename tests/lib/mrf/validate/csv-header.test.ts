// CSV rows 1–3: general data elements, the version, and the column headers.
import { describe, expect, it } from "vitest";
import { createCsvValidator, isAlert } from "../../../../lib/mrf/validate";
import { ATTESTATION } from "../../../../lib/mrf/validate/constants";
import { csvRecords, tallColumns, type CsvSpec } from "./builders";

function header(spec: CsvSpec, edit?: (rows: string[][]) => void) {
  const records = csvRecords(spec);
  edit?.(records);
  const [row1, row2, row3] = records;
  const validator = createCsvValidator({ row1, row2, row3 });
  const issues = validator.headerIssues();
  return { validator, errors: issues.filter((i) => !isAlert(i)), alerts: issues.filter(isAlert) };
}

const rules = (issues: { rule: string }[]) => issues.map((i) => i.rule);

describe("CSV version detection", () => {
  it.each([
    ["3.0.0", "3.0.0"],
    ["v3.0.0", "3.0.0"],
    ["3.0.1", "3.0.0"],
    ["2.2.0", "2.2.0"],
    ["2.1.0", "2.1.0"],
  ])("declared %s is checked as %s", (declared, expected) => {
    const spec: CsvSpec = { version: expected.startsWith("3") ? "3.0.0" : (expected as CsvSpec["version"]), general: { version: declared } };
    expect(header(spec).validator.version).toBe(expected);
  });

  it("reads a v2 template's 2.0.0 as v2.2 when row 3 has all the v2.2 columns, else as v2.0", () => {
    expect(header({ version: "2.2.0" }).validator.version).toBe("2.2.0");
    expect(header({ version: "2.0.0" }).validator.version).toBe("2.0.0");
    // CMS's own v2.0 test files carry some of them as extra columns.
    const partial = [...tallColumns("2.0.0"), "modifiers", "drug_type_of_measurement", "estimated_amount"];
    expect(header({ version: "2.0.0", columns: partial }).validator.version).toBe("2.0.0");
  });

  it("reports an unsupported version clearly and checks nothing else", () => {
    const { validator, errors } = header({ general: { version: "9.9.9", hospital_name: "" } });
    expect(validator.version).toBeNull();
    expect(validator.headerValid).toBe(false);
    expect(errors).toEqual([expect.objectContaining({ rule: "version.unsupported", row: 2, column: "version" })]);
    expect(errors[0]!.message).toContain('"9.9.9"');
    expect(errors[0]!.message).toContain("3.0.0");
  });

  it("reports a blank or absent version", () => {
    expect(header({ general: { version: "" } }).errors).toEqual([expect.objectContaining({ rule: "version.missing", row: 2 })]);
    const absent = header({}, (rows) => {
      const i = rows[0]!.indexOf("version");
      rows[0]!.splice(i, 1);
      rows[1]!.splice(i, 1);
    });
    expect(absent.errors).toEqual([expect.objectContaining({ rule: "version.missing", row: 1 })]);
  });

  it("a file that is not a CMS file at all gets errors, not an exception", () => {
    const validator = createCsvValidator({ row1: ["name", "price"], row2: ["Widget", "3"], row3: ["x", "y"] });
    expect(rules(validator.headerIssues())).toEqual(["version.missing"]);
    expect(validator.checkRow(["a", "b"], 4)).toEqual([]);
  });

  it("a file shorter than four rows, or with a blank row 1 or 3", () => {
    const [row1, row2, row3] = csvRecords();
    expect(rules(createCsvValidator({ row1, row2 }).headerIssues())).toEqual(["file.too_few_rows"]);
    expect(rules(createCsvValidator({}).headerIssues())).toEqual(["file.too_few_rows"]);
    expect(rules(createCsvValidator({ row1: ["", ""], row2, row3 }).headerIssues())).toEqual(["csv.header_row_blank"]);
    expect(rules(createCsvValidator({ row1, row2, row3: [" ", ""] }).headerIssues())).toEqual(["csv.header_row_blank"]);
    const headersOnly = createCsvValidator({ row1, row2, row3 });
    expect(headersOnly.headerIssues()).toEqual([]);
    expect(rules(headersOnly.finish())).toEqual(["file.too_few_rows"]);
  });
});

describe("CSV rows 1–2: general data elements", () => {
  it("accepts spacing and case variants of header names", () => {
    const { errors } = header({}, (rows) => {
      rows[0] = rows[0]!.map((h) => (h === ATTESTATION ? ` ${h.toUpperCase()} ` : h.replace("|", " | ").toUpperCase()));
      rows[2] = rows[2]!.map((h) => h.split("|").join(" | ").toUpperCase());
    });
    expect(errors).toEqual([]);
  });

  it.each([
    ["hospital_name", ""],
    ["attester_name", ""],
    ["type_2_npi", ""],
    ["location_name", ""],
    ["hospital_address", ""],
  ])("requires a %s value", (name) => {
    const { errors } = header({ general: { [name]: "" } });
    expect(errors).toEqual([expect.objectContaining({ rule: "header.value_required", row: 2, column: name })]);
  });

  it("allows a blank license number but not a bad state code", () => {
    expect(header({ general: { "license_number|CA": "" } }).errors).toEqual([]);
    const bad = header({}, (rows) => {
      rows[0] = rows[0]!.map((h) => (h === "license_number|CA" ? "license_number|XX" : h));
    });
    expect(rules(bad.errors)).toEqual(["header.license_state_invalid", "header.missing"]);
    expect(bad.errors[0]).toMatchObject({ row: 1, column: "license_number|XX" });
    expect(bad.errors[0]!.message).toContain('"XX"');
  });

  it.each(["2026-02-30", "2026/01/15", "15-01-2026", "13/1/2026"])("rejects the date %s", (date) => {
    const { errors } = header({ general: { last_updated_on: date } });
    expect(errors).toEqual([expect.objectContaining({ rule: "header.date_invalid", row: 2, column: "last_updated_on" })]);
  });

  it.each(["2026-01-15", "1/15/2026", "01/15/2026", "2/29/2024"])("accepts the date %s", (date) => {
    expect(header({ general: { last_updated_on: date } }).errors).toEqual([]);
  });

  it("v3 requires the attestation, attester and type 2 NPI headers", () => {
    const { errors } = header({}, (rows) => {
      for (const name of [ATTESTATION, "attester_name", "type_2_npi"]) {
        const i = rows[0]!.indexOf(name);
        rows[0]!.splice(i, 1);
        rows[1]!.splice(i, 1);
      }
    });
    expect(errors.map((e) => [e.rule, e.column])).toEqual([
      ["header.missing", "type_2_npi"],
      ["header.missing", "attestation"],
      ["header.missing", "attester_name"],
    ]);
  });

  it("the attestation must be true or false; false is an alert", () => {
    expect(header({ general: { [ATTESTATION]: "yes" } }).errors).toEqual([
      expect.objectContaining({ rule: "header.attestation_invalid", row: 2, column: "attestation" }),
    ]);
    const no = header({ general: { [ATTESTATION]: "False" } });
    expect(no.errors).toEqual([]);
    expect(rules(no.alerts)).toEqual(["alert.attestation_false"]);
  });

  it("v2 uses hospital_location and the affirmation; v3 headers there are missing ones", () => {
    expect(header({ version: "2.2.0" }).errors).toEqual([]);
    const { errors } = header({ version: "2.2.0" }, (rows) => {
      rows[0] = rows[0]!.map((h) => (h === "hospital_location" ? "location_name" : h));
    });
    expect(errors.map((e) => [e.rule, e.column])).toEqual([["header.missing", "hospital_location"]]);
  });

  it("flags a general header given twice", () => {
    const { errors } = header({}, (rows) => {
      rows[0]!.push("Hospital_Name");
      rows[1]!.push("Again");
    });
    expect(errors).toEqual([expect.objectContaining({ rule: "header.duplicate", row: 1, column: "Hospital_Name" })]);
  });

  it("alerts when the version differs from the template's", () => {
    expect(rules(header({ general: { version: "3.0" } }).alerts)).toEqual(["alert.version_mismatch"]);
    expect(header({ general: { version: "3.0.0" } }).alerts).toEqual([]);
  });

  it("ignores blank trailing columns in rows 1–2", () => {
    expect(header({}, (rows) => [0, 1].forEach((r) => rows[r]!.push("", "", ""))).errors).toEqual([]);
  });
});

describe("CSV row 3: columns", () => {
  it("names each missing required column", () => {
    const columns = tallColumns("3.0.0").filter((c) => c !== "standard_charge|min" && c !== "count");
    const { errors } = header({ columns });
    expect(errors.map((e) => [e.rule, e.row, e.column])).toEqual([
      ["columns.missing", 3, "standard_charge|min"],
      ["columns.missing", 3, "count"],
    ]);
  });

  it("names each missing column of a wide payer/plan, as the file spells it", () => {
    const { errors } = header({ layout: "wide" }, (rows) => {
      rows[2] = rows[2]!.filter((c) => c !== "count|Blue Bay|HMO");
    });
    expect(errors).toEqual([expect.objectContaining({ rule: "columns.missing", column: "count|Blue Bay|HMO" })]);
  });

  it("flags duplicate columns, including two blank trailing ones", () => {
    expect(header({}, (rows) => rows[2]!.push("Setting")).errors).toEqual([expect.objectContaining({ rule: "columns.duplicate", row: 3, column: "Setting" })]);
    expect(header({}, (rows) => rows[2]!.push("")).errors).toEqual([]);
    expect(rules(header({}, (rows) => rows[2]!.push("", "")).errors)).toEqual(["columns.duplicate"]);
  });

  it("needs a tall or a wide layout", () => {
    const { validator, errors } = header({ columns: tallColumns("3.0.0").filter((c) => c !== "plan_name") });
    expect(validator.format).toBeNull();
    expect(rules(errors)).toEqual(["columns.ambiguous_format"]);
  });

  it("v3 rejects template placeholders left in headers", () => {
    const { errors } = header({ layout: "wide" }, (rows) => {
      rows[2] = rows[2]!.map((c) => c.replace("Blue Bay|HMO", "[payer_name]|[plan_name]"));
    });
    expect(new Set(rules(errors))).toEqual(new Set(["columns.placeholder"]));
    expect(errors[0]!.column).toContain("[payer_name]");
  });

  it("v3 alerts on an estimated_amount column", () => {
    const { errors, alerts } = header({ columns: [...tallColumns("3.0.0"), "estimated_amount"] });
    expect(errors).toEqual([]);
    expect(alerts).toEqual([expect.objectContaining({ rule: "alert.estimated_amount_deprecated", row: 3, column: "estimated_amount" })]);
  });

  it("does not check data rows when rows 1–3 have errors", () => {
    const records = csvRecords({ general: { hospital_name: "" }, rows: [{ description: "" }] });
    const validator = createCsvValidator({ row1: records[0], row2: records[1], row3: records[2] });
    expect(validator.headerValid).toBe(false);
    expect(validator.checkRow(records[3]!, 4)).toEqual([]);
    expect(validator.finish()).toEqual([]);
  });
});
