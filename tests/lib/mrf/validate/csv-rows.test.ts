// Per-row CSV rules (rows 4+), tall and wide, v3 and v2, through the
// streaming API ingestion uses: createCsvValidator + checkRow.
import { describe, expect, it } from "vitest";
import { createCsvValidator, isAlert, type Issue } from "../../../../lib/mrf/validate";
import { TALL_ROW, WIDE_ROW, csvRecords, type CsvSpec } from "./builders";

function check(spec: CsvSpec) {
  const [row1, row2, row3, ...data] = csvRecords(spec);
  const validator = createCsvValidator({ row1, row2, row3 });
  const issues: Issue[] = [...validator.headerIssues()];
  data.forEach((cells, i) => issues.push(...validator.checkRow(cells, i + 4)));
  issues.push(...validator.finish());
  return { validator, errors: issues.filter((i) => !isAlert(i)), alerts: issues.filter(isAlert) };
}

const tall = (cells: Record<string, string>, version: CsvSpec["version"] = "3.0.0") => check({ version, rows: [{ ...TALL_ROW, ...cells }] });
const wide = (cells: Record<string, string>, version: CsvSpec["version"] = "3.0.0") =>
  check({ version, layout: "wide", rows: [{ ...WIDE_ROW, ...cells }] });

/** A v3 tall row whose only negotiated charge is a percentage. */
const PCT = {
  "standard_charge|negotiated_dollar": "",
  "standard_charge|min": "",
  "standard_charge|max": "",
  "standard_charge|negotiated_percentage": "45",
  "standard_charge|methodology": "percent of total billed charges",
  median_amount: "1800",
  "10th_percentile": "1200",
  "90th_percentile": "2400",
  count: "1 through 10",
};

describe("amounts that cannot be stored (deliberately stricter than CMS)", () => {
  it.each([
    [{ "standard_charge|gross": "1000000000000" }, "standard_charge|gross"],
    [{ "standard_charge|gross": "999999999999.995" }, "standard_charge|gross"],
    [{ ...PCT, "standard_charge|negotiated_percentage": "15000000000" }, "standard_charge|negotiated_percentage"],
  ])("refuses %j as implausibly large, naming the column", (cells, column) => {
    const { errors } = tall(cells);
    expect(errors).toEqual([expect.objectContaining({ rule: "amount.invalid", column, message: expect.stringContaining("implausibly large") })]);
  });

  it("accepts the largest storable amount", () => {
    expect(tall({ "standard_charge|gross": "999999999999.99" }).errors).toEqual([]);
  });
});

describe("CSV tall v3 rows", () => {
  it("accepts a clean row, case-insensitive valid values and spaced cells", () => {
    const { validator, errors, alerts } = tall({ setting: " Outpatient ", "code|1|type": "cpt", "standard_charge|methodology": "Fee Schedule" });
    expect(validator.version).toBe("3.0.0");
    expect(validator.format).toBe("csv_tall");
    expect(errors).toEqual([]);
    expect(alerts).toEqual([]);
  });

  it.each([
    ["description.required", { description: "" }, "description"],
    ["setting.required", { setting: "" }, "setting"],
    ["setting.invalid", { setting: "emergency" }, "setting"],
    ["code_type.invalid", { "code|1|type": "CPT4" }, "code|1|type"],
    ["code_type.required", { "code|1|type": "" }, "code|1|type"],
    ["code.required", { "code|1": "" }, "code|1"],
    ["amount.invalid", { "standard_charge|gross": "$4,004.15" }, "standard_charge|gross"],
    ["amount.invalid", { "standard_charge|discounted_cash": "-1" }, "standard_charge|discounted_cash"],
    ["amount.invalid", { "standard_charge|negotiated_dollar": "0" }, "standard_charge|negotiated_dollar"],
    ["amount.invalid", { "standard_charge|max": "1e4" }, "standard_charge|max"],
    ["methodology.invalid", { "standard_charge|methodology": "capitation" }, "standard_charge|methodology"],
    ["methodology.required", { "standard_charge|methodology": "" }, "standard_charge|methodology"],
    ["payer.name_required", { payer_name: "" }, "payer_name"],
    ["payer.plan_required", { plan_name: "" }, "plan_name"],
    ["methodology.other_needs_notes", { "standard_charge|methodology": "OTHER" }, "additional_generic_notes"],
    ["min_max.required", { "standard_charge|min": "" }, "standard_charge|min"],
    ["min_max.required", { "standard_charge|max": "" }, "standard_charge|max"],
    ["payer.charge_required", { "standard_charge|negotiated_dollar": "" }, "payer_name"],
    ["drug_type.required", { drug_unit_of_measurement: "2" }, "drug_type_of_measurement"],
    ["drug_unit.required", { drug_type_of_measurement: "ML" }, "drug_unit_of_measurement"],
    ["drug_type.invalid", { drug_unit_of_measurement: "2", drug_type_of_measurement: "mg" }, "drug_type_of_measurement"],
    ["drug_unit.invalid", { drug_unit_of_measurement: "two", drug_type_of_measurement: "ML" }, "drug_unit_of_measurement"],
    ["ndc.drug_info_required", { "code|1|type": "ndc" }, "drug_unit_of_measurement"],
    ["count.invalid", { ...PCT, count: "7" }, "count"],
    ["count.required", { ...PCT, count: "" }, "count"],
    ["allowed_amount.required", { ...PCT, "10th_percentile": "" }, "10th_percentile"],
    ["count.zero_needs_notes", { ...PCT, count: "0", median_amount: "", "10th_percentile": "", "90th_percentile": "" }, "additional_generic_notes"],
  ])("%s: %j", (rule, cells, column) => {
    const { errors } = tall(cells);
    expect(errors.map((e) => e.rule)).toEqual([rule]);
    expect(errors[0]).toMatchObject({ row: 4, column });
    expect(errors[0]!.message.length).toBeGreaterThan(40);
  });

  it("needs a charge of some kind for an item", () => {
    const { errors } = tall({
      "standard_charge|gross": "",
      "standard_charge|discounted_cash": "",
      "standard_charge|negotiated_dollar": "",
      payer_name: "",
      plan_name: "",
    });
    expect(errors).toEqual([expect.objectContaining({ rule: "item.charge_required", row: 4, column: "standard_charge|gross" })]);
  });

  it("needs a code pair, except on modifier rows that carry notes or a charge", () => {
    const noCode = { "code|1": "", "code|1|type": "" };
    expect(tall(noCode).errors.map((e) => e.rule)).toEqual(["code.pair_missing"]);
    const modifier = { ...noCode, modifiers: "50", "standard_charge|negotiated_dollar": "", "standard_charge|negotiated_percentage": "150", "standard_charge|methodology": "" };
    expect(tall(modifier).errors).toEqual([]);
    const bare = { ...modifier, "standard_charge|negotiated_percentage": "" };
    expect(tall(bare).errors).toEqual([expect.objectContaining({ rule: "modifier.info_required", column: "additional_generic_notes" })]);
    expect(tall({ ...bare, additional_generic_notes: "Pays 150% of the procedure rate." }).errors).toEqual([]);
  });

  it("accepts a code in any code|N pair, several codes per item, and NDC with drug units", () => {
    expect(tall({ "code|1": "", "code|1|type": "", "code|2": "0611", "code|2|type": "RC" }).errors).toEqual([]);
    expect(tall({ "code|2": "0611", "code|2|type": "RC" }).errors).toEqual([]);
    expect(tall({ "code|2": "00093-7424-56", "code|2|type": "NDC", drug_unit_of_measurement: "1.5", drug_type_of_measurement: "ml" }).errors).toEqual([]);
  });

  it("lets a count of 0 with notes stand without percentiles", () => {
    expect(tall({ ...PCT, count: "0", median_amount: "", "10th_percentile": "", "90th_percentile": "", additional_generic_notes: "No claims." }).errors).toEqual([]);
  });

  it("alerts on nine 9s without failing the row", () => {
    const { errors, alerts } = tall({ ...PCT, median_amount: "999999999", count: "999999999" });
    expect(errors).toEqual([]);
    expect(alerts.map((a) => [a.rule, a.column])).toEqual([
      ["alert.nine_nines", "count"],
      ["alert.nine_nines", "median_amount"],
    ]);
  });

  it("skips blank rows and reports each bad row with its record number", () => {
    const { errors } = check({ rows: [TALL_ROW, {}, { ...TALL_ROW, setting: "x" }, { ...TALL_ROW, "standard_charge|gross": "abc" }] });
    expect(errors.map((e) => [e.rule, e.row])).toEqual([
      ["setting.invalid", 6],
      ["amount.invalid", 7],
    ]);
  });

  it("returns the shared empty list for clean rows (nothing allocated)", () => {
    const [row1, row2, row3, row4] = csvRecords();
    const validator = createCsvValidator({ row1, row2, row3 });
    expect(validator.checkRow(row4!, 4)).toBe(validator.checkRow(row4!, 5));
  });

  it("checks every payer row of an item: a bad item cell is reported on each row that repeats it, a bad payer cell on its own row", () => {
    const badGross = { ...TALL_ROW, "standard_charge|gross": "abc" };
    const ndc = { ...TALL_ROW, "code|1|type": "NDC", drug_unit_of_measurement: "", drug_type_of_measurement: "" };
    const { errors } = check({
      rows: [
        TALL_ROW,
        { ...TALL_ROW, payer_name: "Blue Bay", plan_name: "HMO", "standard_charge|methodology": "capitation" },
        { ...TALL_ROW, plan_name: "EPO" },
        badGross,
        { ...badGross, plan_name: "EPO" },
        ndc,
        { ...ndc, plan_name: "EPO" },
        { ...TALL_ROW, setting: "x" },
        { ...TALL_ROW, setting: "x", plan_name: "EPO" },
      ],
    });
    expect(errors.map((e) => [e.rule, e.row])).toEqual([
      ["methodology.invalid", 5],
      ["amount.invalid", 7],
      ["amount.invalid", 8],
      ["ndc.drug_info_required", 9],
      ["ndc.drug_info_required", 10],
      ["setting.invalid", 11],
      ["setting.invalid", 12],
    ]);
  });
});

describe("CSV wide v3 rows", () => {
  it("accepts a clean row", () => {
    const { validator, errors } = wide({});
    expect(validator.format).toBe("csv_wide");
    expect(errors).toEqual([]);
  });

  it.each([
    ["methodology.required", { "standard_charge|Blue Bay|HMO|methodology": "" }, "standard_charge|Blue Bay|HMO|methodology"],
    ["methodology.invalid", { "standard_charge|Blue Bay|HMO|methodology": "flat" }, "standard_charge|Blue Bay|HMO|methodology"],
    ["methodology.other_needs_notes", { "standard_charge|Acme Health|PPO|methodology": "other" }, "additional_payer_notes|Acme Health|PPO"],
    ["amount.invalid", { "standard_charge|Acme Health|PPO|negotiated_dollar": "1,500" }, "standard_charge|Acme Health|PPO|negotiated_dollar"],
    ["min_max.required", { "standard_charge|max": "" }, "standard_charge|max"],
    ["count.required", { "standard_charge|Acme Health|PPO|negotiated_algorithm": "DRG weight x base rate", "median_amount|Acme Health|PPO": "1", "10th_percentile|Acme Health|PPO": "1", "90th_percentile|Acme Health|PPO": "1" }, "count|Acme Health|PPO"],
    ["allowed_amount.required", { "standard_charge|Acme Health|PPO|negotiated_percentage": "50", "count|Acme Health|PPO": "25", "median_amount|Acme Health|PPO": "1", "10th_percentile|Acme Health|PPO": "1" }, "90th_percentile|Acme Health|PPO"],
    ["count.invalid", { "count|Acme Health|PPO": "1-10" }, "count|Acme Health|PPO"],
    ["count.zero_needs_notes", { "count|Blue Bay|HMO": "0" }, "additional_payer_notes|Blue Bay|HMO"],
  ])("%s: %j", (rule, cells, column) => {
    const { errors } = wide(cells);
    expect(errors.map((e) => e.rule)).toEqual([rule]);
    expect(errors[0]).toMatchObject({ row: 4, column });
  });

  it("mentions the payer and plan in messages", () => {
    const { errors } = wide({ "standard_charge|Blue Bay|HMO|methodology": "" });
    expect(errors[0]!.message).toContain("Blue Bay|HMO");
  });

  it("has no payer/plan rule for a payer without a charge (the header names the plan)", () => {
    const { errors } = wide({ "standard_charge|Blue Bay|HMO|negotiated_dollar": "", "standard_charge|Blue Bay|HMO|methodology": "" });
    expect(errors).toEqual([]);
  });
});

describe("CSV rows by version", () => {
  it("v2.2: a percentage-only charge needs the estimated amount; nine 9s there is an alert", () => {
    const pct = { "standard_charge|negotiated_dollar": "", "standard_charge|min": "", "standard_charge|max": "", "standard_charge|negotiated_percentage": "45" };
    expect(tall(pct, "2.2.0").errors).toEqual([expect.objectContaining({ rule: "estimated_amount.required", column: "estimated_amount" })]);
    const nines = tall({ ...pct, estimated_amount: "999999999" }, "2.2.0");
    expect(nines.errors).toEqual([]);
    expect(nines.alerts.map((a) => a.rule)).toEqual(["alert.nine_nines"]);
  });

  it("v2.2: CMG is not yet a code type; v3 accepts it", () => {
    expect(tall({ "code|1|type": "CMG" }, "2.2.0").errors.map((e) => e.rule)).toEqual(["code_type.invalid"]);
    expect(tall({ "code|1|type": "CMG" }, "3.0.0").errors).toEqual([]);
  });

  it("v2.2: payer and plan without a charge is fine (a v3 rule)", () => {
    expect(tall({ "standard_charge|negotiated_dollar": "" }, "2.2.0").errors).toEqual([]);
  });

  it("v2.1: the conditional rules apply; v2.0: they don't", () => {
    expect(tall({ "standard_charge|methodology": "" }, "2.1.0").errors.map((e) => e.rule)).toEqual(["methodology.required"]);
    expect(tall({ "standard_charge|methodology": "" }, "2.0.0").errors).toEqual([]);
    expect(tall({ "standard_charge|min": "" }, "2.0.0").errors).toEqual([]);
  });

  it("v2.0/2.1: every row needs a code (no modifier rows yet)", () => {
    expect(tall({ "code|1": "", "code|1|type": "" }, "2.0.0").errors.map((e) => e.rule)).toEqual(["code.pair_missing"]);
  });
});
