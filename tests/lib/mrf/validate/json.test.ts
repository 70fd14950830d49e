// JSON rules: the top-level attributes and each standard_charge_information item,
// through the streaming API (createJsonValidator) and through validateFile.
import { describe, expect, it } from "vitest";
import { readMrfFile } from "../../../../lib/mrf";
import { createJsonValidator, isAlert, validateFile, type Issue } from "../../../../lib/mrf/validate";
import { AFFIRMATION } from "../../../../lib/mrf/validate/constants";
import { jsonDoc, tempFile } from "./builders";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

function check(doc: Doc) {
  const validator = createJsonValidator();
  const { standard_charge_information: items, ...fields } = doc;
  const issues: Issue[] = [...validator.checkHeader(fields)];
  (Array.isArray(items) ? items : []).forEach((item: unknown, i: number) => issues.push(...validator.checkItem(item, i)));
  issues.push(...validator.finish(items === undefined ? fields : { ...fields, standard_charge_information: [] }));
  return { validator, errors: issues.filter((i) => !isAlert(i)), alerts: issues.filter(isAlert) };
}

function edited(edit: (d: Doc) => void): Doc {
  const doc = jsonDoc();
  edit(doc);
  return doc;
}

const ITEM = "$.standard_charge_information[0]";
const CHARGE = `${ITEM}.standard_charges[0]`;
const PAYER0 = `${CHARGE}.payers_information[0]`;
const PAYER1 = `${CHARGE}.payers_information[1]`;

describe("JSON v3", () => {
  it("accepts a valid document", () => {
    const { validator, errors, alerts } = check(jsonDoc());
    expect(validator.version).toBe("3.0.0");
    expect(errors).toEqual([]);
    expect(alerts).toEqual([]);
  });

  it.each<[string, string, (d: Doc) => void]>([
    ["header.missing", "$.hospital_address", (d) => delete d.hospital_address],
    ["header.missing", "$.type_2_npi", (d) => delete d.type_2_npi],
    ["header.missing", "$.attestation", (d) => delete d.attestation],
    ["header.missing", "$.attestation.attester_name", (d) => delete d.attestation.attester_name],
    ["header.value_required", "$.hospital_name", (d) => (d.hospital_name = "")],
    ["header.value_required", "$.location_name", (d) => (d.location_name = [])],
    ["header.value_invalid", "$.hospital_address", (d) => (d.hospital_address = "12 Main St")],
    ["header.date_invalid", "$.last_updated_on", (d) => (d.last_updated_on = "1/15/2026")],
    ["header.license_state_invalid", "$.license_information.state", (d) => (d.license_information.state = "Calif.")],
    ["header.attestation_invalid", "$.attestation.confirm_attestation", (d) => (d.attestation.confirm_attestation = "yes")],
    ["header.attestation_invalid", "$.attestation.attestation", (d) => (d.attestation.attestation = "I attest.")],
    ["description.required", `${ITEM}.description`, (d) => delete d.standard_charge_information[0].description],
    ["code.pair_missing", `${ITEM}.code_information`, (d) => (d.standard_charge_information[0].code_information = [])],
    ["code_type.invalid", `${ITEM}.code_information[0].type`, (d) => (d.standard_charge_information[0].code_information[0].type = "cpt")],
    ["code_type.required", `${ITEM}.code_information[0].type`, (d) => delete d.standard_charge_information[0].code_information[0].type],
    ["code.required", `${ITEM}.code_information[0].code`, (d) => (d.standard_charge_information[0].code_information[0].code = "")],
    ["charges.missing", `${ITEM}.standard_charges`, (d) => delete d.standard_charge_information[0].standard_charges],
    ["setting.invalid", `${CHARGE}.setting`, (d) => (d.standard_charge_information[0].standard_charges[0].setting = "Outpatient")],
    ["setting.required", `${CHARGE}.setting`, (d) => delete d.standard_charge_information[0].standard_charges[0].setting],
    ["amount.invalid", `${CHARGE}.gross_charge`, (d) => (d.standard_charge_information[0].standard_charges[0].gross_charge = "4004.15")],
    ["amount.invalid", `${PAYER0}.standard_charge_dollar`, (d) => (d.standard_charge_information[0].standard_charges[0].payers_information[0].standard_charge_dollar = -1)],
    // Amounts that cannot be stored: stricter than CMS, deliberately (see json-items.ts).
    ["amount.invalid", `${CHARGE}.gross_charge`, (d) => (d.standard_charge_information[0].standard_charges[0].gross_charge = 1e13)],
    ["amount.invalid", `${PAYER1}.standard_charge_percentage`, (d) => (d.standard_charge_information[0].standard_charges[0].payers_information[1].standard_charge_percentage = 25e9)],
    // 1e999 parses as Infinity: stricter than CMS, whose schema check accepts it (see json-items.ts).
    ["amount.invalid", `${PAYER0}.standard_charge_dollar`, (d) => (d.standard_charge_information[0].standard_charges[0].payers_information[0].standard_charge_dollar = Infinity)],
    ["amount.invalid", `${PAYER1}.median_amount`, (d) => (d.standard_charge_information[0].standard_charges[0].payers_information[1].median_amount = Infinity)],
    ["amount.invalid", `${CHARGE}.gross_charge`, (d) => (d.standard_charge_information[0].standard_charges[0].gross_charge = -Infinity)],
    ["min_max.required", `${CHARGE}.minimum`, (d) => delete d.standard_charge_information[0].standard_charges[0].minimum],
    ["methodology.required", `${PAYER0}.methodology`, (d) => delete d.standard_charge_information[0].standard_charges[0].payers_information[0].methodology],
    ["methodology.invalid", `${PAYER0}.methodology`, (d) => (d.standard_charge_information[0].standard_charges[0].payers_information[0].methodology = "Fee Schedule")],
    ["methodology.other_needs_notes", `${PAYER0}.additional_payer_notes`, (d) => (d.standard_charge_information[0].standard_charges[0].payers_information[0].methodology = "other")],
    ["payer.name_required", `${PAYER0}.payer_name`, (d) => delete d.standard_charge_information[0].standard_charges[0].payers_information[0].payer_name],
    ["payer.charge_required", PAYER0, (d) => delete d.standard_charge_information[0].standard_charges[0].payers_information[0].standard_charge_dollar],
    ["count.required", `${PAYER1}.count`, (d) => delete d.standard_charge_information[0].standard_charges[0].payers_information[1].count],
    ["count.invalid", `${PAYER1}.count`, (d) => (d.standard_charge_information[0].standard_charges[0].payers_information[1].count = "5")],
    ["allowed_amount.required", `${PAYER1}.median_amount`, (d) => delete d.standard_charge_information[0].standard_charges[0].payers_information[1].median_amount],
    ["ndc.drug_info_required", `${ITEM}.drug_information`, (d) => (d.standard_charge_information[0].code_information[0].type = "NDC")],
    ["drug_unit.invalid", `${ITEM}.drug_information.unit`, (d) => (d.standard_charge_information[0].drug_information = { unit: "2", type: "ML" })],
    ["drug_unit.invalid", `${ITEM}.drug_information.unit`, (d) => (d.standard_charge_information[0].drug_information = { unit: Infinity, type: "ML" })],
    ["drug_type.invalid", `${ITEM}.drug_information.type`, (d) => (d.standard_charge_information[0].drug_information = { unit: 2, type: "ml" })],
    ["modifier.invalid", "$.modifier_information[0].modifier_payer_information", (d) => (d.modifier_information = [{ code: "50", description: "Bilateral", modifier_payer_information: [] }])],
  ])("%s at %s", (rule, path, edit) => {
    const { errors } = check(edited(edit));
    expect(errors.map((e) => [e.rule, e.path])).toEqual([[rule, path]]);
    expect(errors[0]!.message.length).toBeGreaterThan(30);
  });

  it("count 0 needs notes instead of the percentiles", () => {
    const doc = edited((d) => {
      const p = d.standard_charge_information[0].standard_charges[0].payers_information[1];
      p.count = "0";
      delete p.median_amount;
      delete p["10th_percentile"];
      delete p["90th_percentile"];
    });
    expect(check(doc).errors.map((e) => e.rule)).toEqual(["count.zero_needs_notes"]);
    doc.standard_charge_information[0].standard_charges[0].payers_information[1].additional_payer_notes = "No claims in the period.";
    expect(check(doc).errors).toEqual([]);
  });

  it("a charge with neither gross, cash nor payer charges", () => {
    const { errors } = check(
      edited((d) => {
        const c = d.standard_charge_information[0].standard_charges[0];
        delete c.gross_charge;
        delete c.discounted_cash;
        delete c.payers_information;
      }),
    );
    expect(errors.map((e) => [e.rule, e.path])).toEqual([["item.charge_required", CHARGE]]);
  });

  it("alerts: nine 9s, estimated_amount, a false attestation", () => {
    const { errors, alerts } = check(
      edited((d) => {
        const p = d.standard_charge_information[0].standard_charges[0].payers_information;
        p[1].median_amount = 999999999;
        p[0].estimated_amount = 12;
        d.attestation.confirm_attestation = false;
      }),
    );
    expect(errors).toEqual([]);
    expect(alerts.map((a) => [a.rule, a.path])).toEqual([
      ["alert.estimated_amount_deprecated", `${PAYER0}.estimated_amount`],
      ["alert.nine_nines", `${PAYER1}.median_amount`],
      ["alert.attestation_false", "$.attestation.confirm_attestation"],
    ]);
  });

  it("a document without items", () => {
    expect(check(edited((d) => (d.standard_charge_information = []))).errors.map((e) => e.rule)).toEqual(["header.missing"]);
  });
});

describe("JSON by version", () => {
  const v2 = (version: string, edit: (d: Doc) => void = () => {}) =>
    edited((d) => {
      d.version = version;
      d.hospital_location = d.location_name;
      delete d.location_name;
      delete d.type_2_npi;
      d.affirmation = { affirmation: AFFIRMATION, confirm_affirmation: true };
      delete d.attestation;
      const p = d.standard_charge_information[0].standard_charges[0].payers_information[1];
      for (const k of ["median_amount", "10th_percentile", "90th_percentile", "count"]) delete p[k];
      p.estimated_amount = 1800;
      edit(d);
    });

  it.each(["2.0.0", "2.1.0", "2.2.0"])("accepts a valid v%s document", (version) => {
    const { validator, errors } = check(v2(version));
    expect(validator.version).toBe(version);
    expect(errors).toEqual([]);
  });

  it("v2.2 needs the estimated amount for a percentage-only charge; earlier versions don't", () => {
    const drop = (d: Doc) => delete d.standard_charge_information[0].standard_charges[0].payers_information[1].estimated_amount;
    expect(check(v2("2.2.0", drop)).errors.map((e) => e.rule)).toEqual(["estimated_amount.required"]);
    expect(check(v2("2.1.0", drop)).errors).toEqual([]);
  });

  it("v2.2 wants the drug unit as text; v3 as a number", () => {
    const drug = (unit: unknown) => (d: Doc) => (d.standard_charge_information[0].drug_information = { unit, type: "ML" });
    expect(check(v2("2.2.0", drug("1.5"))).errors).toEqual([]);
    expect(check(v2("2.2.0", drug(1.5))).errors.map((e) => e.rule)).toEqual(["drug_unit.invalid"]);
    expect(check(edited(drug(1.5))).errors).toEqual([]);
  });

  it("v2.0 has no conditional rules: no min/max or charge requirement", () => {
    const edit = (d: Doc) => delete d.standard_charge_information[0].standard_charges[0].minimum;
    expect(check(v2("2.0.0", edit)).errors).toEqual([]);
    expect(check(v2("2.1.0", edit)).errors.map((e) => e.rule)).toEqual(["min_max.required"]);
  });

  it("v2 requires the affirmation; a false one is an alert", () => {
    expect(check(v2("2.2.0", (d) => delete d.affirmation)).errors.map((e) => [e.rule, e.path])).toEqual([["header.missing", "$.affirmation"]]);
    expect(check(v2("2.2.0", (d) => (d.affirmation.confirm_affirmation = false))).alerts.map((e) => e.rule)).toEqual(["alert.attestation_false"]);
  });

  it("an unsupported or missing version is one clear error", () => {
    const bad = check(edited((d) => (d.version = "1.0.0")));
    expect(bad.validator.version).toBeNull();
    expect(bad.errors.map((e) => [e.rule, e.path])).toEqual([["version.unsupported", "$.version"]]);
    expect(check(edited((d) => delete d.version)).errors.map((e) => e.rule)).toEqual(["version.missing"]);
  });
});

describe("JSON files", () => {
  it("validates a file whose version comes after the items", async () => {
    const { version, ...rest } = jsonDoc();
    const path = await tempFile("late-version.json", JSON.stringify({ ...rest, version }));
    const report = await validateFile(path);
    expect(report).toMatchObject({ valid: true, version: "3.0.0", format: "json", rows: 1 });
  });

  it("reports errors with paths, a BOM is fine", async () => {
    const doc = edited((d) => (d.standard_charge_information[0].standard_charges[0].setting = "ER"));
    const path = await tempFile("bom.json", `\uFEFF${JSON.stringify(doc, null, 2)}`);
    const report = await validateFile(path);
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ rule: "setting.invalid", path: `${CHARGE}.setting` })]);
    expect(report.errorCounts).toEqual({ "setting.invalid": 1 });
  });

  it("an amount beyond double range (1e999) is an error, so the validator and the reader agree", async () => {
    const text = JSON.stringify(jsonDoc()).replace('"standard_charge_dollar":1500.59', '"standard_charge_dollar":1e999');
    expect(text).toContain("1e999");
    const path = await tempFile("overflow.json", text);
    const report = await validateFile(path);
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ rule: "amount.invalid", path: `${PAYER0}.standard_charge_dollar` })]);
    expect(report.errors[0]!.message).toMatch(/^standard_charge_dollar is a number out of range .* infinity/);
    const read = async () => {
      for await (const event of readMrfFile(path, { mode: "strict" })) void event;
    };
    await expect(read()).rejects.toThrow(/standard_charge_dollar/);
  });

  it("malformed JSON is a report error, not an exception", async () => {
    const path = await tempFile("broken.json", JSON.stringify(jsonDoc()).slice(0, 300));
    const report = await validateFile(path);
    expect(report).toMatchObject({ valid: false, format: "json" });
    expect(report.errors.map((e) => e.rule)).toEqual(["json.syntax"]);
  });

  it("text after the document is ignored with an alert, as CMS's parser ignores it", async () => {
    const report = await validateFile(await tempFile("trailing.json", `${JSON.stringify(jsonDoc())}\n}garbage`));
    expect(report).toMatchObject({ valid: true, errors: [] });
    expect(report.alerts.map((a) => a.rule)).toEqual(["alert.json_trailing_data"]);
  });

  it("a JSON file that is not a CMS file", async () => {
    const report = await validateFile(await tempFile("other.json", '{"name": "not a price file", "items": [1, 2]}'));
    expect(report).toMatchObject({ valid: false, version: null, format: "json" });
    expect(report.errors.map((e) => e.rule)).toEqual(["version.missing"]);
  });
});
