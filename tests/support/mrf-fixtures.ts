// Small CMS v3.0.0 files written by hand for ingestion tests (not copied from anywhere).
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const ATTESTATION =
  "To the best of its knowledge and belief, this hospital has included all applicable standard charge information in accordance with the requirements of 45 CFR 180.50, and the information encoded is true, accurate, and complete as of the date in the file. This hospital has included all payer-specific negotiated charges in dollars that can be expressed as a dollar amount. For payer-specific negotiated charges that cannot be expressed as a dollar amount in the machine-readable file or not knowable in advance, the hospital attests that the payer-specific negotiated charge is based on a contractual algorithm, percentage or formula that precludes the provision of a dollar amount and has provided all necessary information available to the hospital for the public to be able to derive the dollar amount, including, but not limited to, the specific fee schedule or components referenced in such percentage, algorithm or formula.";

export interface FixtureOptions {
  hospitalName?: string;
  version?: string;
  lastUpdatedOn?: string;
  mriCash?: string;
}

const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: string[]) => cells.map(q).join(",");

function generalRows(o: FixtureOptions): string[] {
  return [
    line(["hospital_name", "last_updated_on", "version", "location_name", "hospital_address", "license_number|TX", "type_2_npi", ATTESTATION, "attester_name"]),
    line([
      o.hospitalName ?? "Test Fixture Hospital",
      o.lastUpdatedOn ?? "2026-09-01",
      o.version ?? "3.0.0",
      "Test Fixture Hospital|Test Fixture Clinic",
      "100 Elm St, Austin, TX 78701|200 Oak Ave, Round Rock, TX 78664",
      "TX-1234",
      "1234567893|1234567901",
      "true",
      "Pat Tester",
    ]),
  ];
}

/** Tall CSV: a brain MRI with two payers, a hip replacement DRG, and a drug. */
export function tallCsv(o: FixtureOptions = {}, extraRows: string[][] = []): string {
  const header = ["description", "code|1", "code|1|type", "code|2", "code|2|type", "setting", "drug_unit_of_measurement", "drug_type_of_measurement", "standard_charge|gross", "standard_charge|discounted_cash", "payer_name", "plan_name", "modifiers", "standard_charge|negotiated_dollar", "standard_charge|negotiated_percentage", "standard_charge|negotiated_algorithm", "median_amount", "10th_percentile", "90th_percentile", "count", "standard_charge|min", "standard_charge|max", "standard_charge|methodology", "additional_generic_notes"];
  const cash = o.mriCash ?? "980";
  const rows = [
    ["Brain MRI, no contrast", "70551", "CPT", "0611", "RC", "outpatient", "", "", "2400", cash, "Lone Star Health", "PPO", "", "850.50", "", "", "", "", "", "", "610", "850.50", "fee schedule", ""],
    ["Brain MRI, no contrast", "70551", "CPT", "0611", "RC", "outpatient", "", "", "2400", cash, "Bluebonnet Care", "HMO Gold", "", "610", "", "", "", "", "", "", "610", "850.50", "fee schedule", ""],
    ["Hip or knee joint replacement, \"major\", no complications", "470", "MS-DRG", "", "", "inpatient", "", "", "48000", "30000", "Lone Star Health", "PPO", "", "", "62", "", "21000", "15000", "27000", "1 through 10", "", "", "percent of total billed charges", "Pays, in part, a share of billed charges"],
    ["Ondansetron injection, per 1 mg", "0409-4755-03", "NDC", "", "", "both", "1", "ML", "45", "20", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ...extraRows,
  ];
  return [...generalRows(o), line(header), ...rows.map(line)].join("\n") + "\n";
}

/** Wide CSV of the same MRI and DRG content. */
export function wideCsv(o: FixtureOptions = {}): string {
  const payer = (p: string, plan: string) => [
    `standard_charge|${p}|${plan}|negotiated_dollar`, `standard_charge|${p}|${plan}|negotiated_percentage`,
    `standard_charge|${p}|${plan}|negotiated_algorithm`, `median_amount|${p}|${plan}`, `10th_percentile|${p}|${plan}`,
    `90th_percentile|${p}|${plan}`, `count|${p}|${plan}`, `standard_charge|${p}|${plan}|methodology`, `additional_payer_notes|${p}|${plan}`,
  ];
  const header = ["description", "code|1", "code|1|type", "code|2", "code|2|type", "modifiers", "setting", "drug_unit_of_measurement", "drug_type_of_measurement", "standard_charge|gross", "standard_charge|discounted_cash", ...payer("Lone Star Health", "PPO"), ...payer("Bluebonnet Care", "HMO Gold"), "standard_charge|min", "standard_charge|max", "additional_generic_notes"];
  const rows = [
    ["Brain MRI, no contrast", "70551", "CPT", "0611", "RC", "", "outpatient", "", "", "2400", o.mriCash ?? "980", "850.50", "", "", "", "", "", "", "fee schedule", "", "610", "", "", "", "", "", "", "fee schedule", "", "610", "850.50", ""],
    ["Hip or knee joint replacement, no complications", "470", "MS-DRG", "", "", "", "inpatient", "", "", "48000", "30000", "", "62", "", "21000", "15000", "27000", "1 through 10", "percent of total billed charges", "", "", "", "", "", "", "", "", "", "", "", "", ""],
  ];
  return [...generalRows(o), line(header), ...rows.map(line)].join("\n") + "\n";
}

export function writeFixture(name: string, content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "priceline-fixture-"));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** JSON (v3 schema shape) of the MRI and DRG content, with the header after the items when asked. */
export function jsonMrf(o: FixtureOptions & { headerLast?: boolean } = {}): string {
  const header = {
    hospital_name: o.hospitalName ?? "Test Fixture Hospital",
    last_updated_on: o.lastUpdatedOn ?? "2026-09-01",
    version: o.version ?? "3.0.0",
    location_name: ["Test Fixture Hospital"],
    hospital_address: ["100 Elm St, Austin, TX 78701"],
    license_information: { state: "TX", license_number: "TX-1234" },
    type_2_npi: ["1234567893"],
    attestation: { attestation: ATTESTATION, confirm_attestation: true, attester_name: "Pat Tester" },
  };
  const items = [
    {
      description: "Brain MRI, no contrast",
      code_information: [{ code: "70551", type: "CPT" }, { code: "0611", type: "RC" }],
      standard_charges: [
        {
          setting: "outpatient", gross_charge: 2400, discounted_cash: Number(o.mriCash ?? 980), minimum: 610, maximum: 850.5,
          payers_information: [
            { payer_name: "Lone Star Health", plan_name: "PPO", standard_charge_dollar: 850.5, methodology: "fee schedule" },
            { payer_name: "Bluebonnet Care", plan_name: "HMO Gold", standard_charge_dollar: 610, methodology: "fee schedule" },
          ],
        },
      ],
    },
    {
      description: "Ondansetron injection, per 1 mg",
      code_information: [{ code: "0409-4755-03", type: "NDC" }],
      drug_information: { unit: 1, type: "ML" },
      standard_charges: [{ setting: "both", gross_charge: 45, discounted_cash: 20 }],
    },
  ];
  const doc = o.headerLast ? { standard_charge_information: items, ...header } : { ...header, standard_charge_information: items };
  return JSON.stringify(doc, null, 2);
}
