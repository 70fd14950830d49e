// Builders for small CMS files in each template version, so each unit test
// states only the cells it is about.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { AFFIRMATION, ATTESTATION } from "../../../../lib/mrf/validate/constants";

export type Version = "2.0.0" | "2.1.0" | "2.2.0" | "3.0.0";

export function generalHeaders(version: Version, overrides: Record<string, string> = {}): [string[], string[]] {
  const v3 = version === "3.0.0";
  const fields: Record<string, string> = v3
    ? {
        hospital_name: "West Mercy Hospital",
        last_updated_on: "2026-01-15",
        version,
        location_name: "West Mercy Hospital",
        hospital_address: "12 Main Street, Fullerton, CA 92832",
        "license_number|CA": "50056",
        type_2_npi: "1234567893",
        [ATTESTATION]: "true",
        attester_name: "Leigh Attester",
      }
    : {
        hospital_name: "West Mercy Hospital",
        last_updated_on: "2024-07-01",
        version: "2.0.0",
        hospital_location: "West Mercy Hospital",
        hospital_address: "12 Main Street, Fullerton, CA 92832",
        "license_number|CA": "50056",
        [AFFIRMATION]: "true",
      };
  if (version === "2.1.0") fields.version = "2.1.0";
  for (const [k, v] of Object.entries(overrides)) fields[k] = v;
  return [Object.keys(fields), Object.values(fields)];
}

export function tallColumns(version: Version): string[] {
  const columns = ["description", "code|1", "code|1|type", "code|2", "code|2|type", "setting", "standard_charge|gross", "standard_charge|discounted_cash", "payer_name", "plan_name", "standard_charge|negotiated_dollar", "standard_charge|negotiated_percentage", "standard_charge|negotiated_algorithm", "standard_charge|methodology", "standard_charge|min", "standard_charge|max", "additional_generic_notes"];
  if (version === "2.2.0" || version === "3.0.0") columns.push("modifiers", "drug_unit_of_measurement", "drug_type_of_measurement");
  if (version === "2.2.0") columns.push("estimated_amount");
  if (version === "3.0.0") columns.push("median_amount", "10th_percentile", "90th_percentile", "count");
  return columns;
}

export const PLANS = ["Acme Health|PPO", "Blue Bay|HMO"];

export function wideColumns(version: Version): string[] {
  const columns = ["description", "code|1", "code|1|type", "setting", "standard_charge|gross", "standard_charge|discounted_cash"];
  for (const p of PLANS) {
    columns.push(`standard_charge|${p}|negotiated_dollar`, `standard_charge|${p}|negotiated_percentage`, `standard_charge|${p}|negotiated_algorithm`, `standard_charge|${p}|methodology`, `additional_payer_notes|${p}`);
    if (version === "2.2.0") columns.push(`estimated_amount|${p}`);
    if (version === "3.0.0") columns.push(`median_amount|${p}`, `10th_percentile|${p}`, `90th_percentile|${p}`, `count|${p}`);
  }
  columns.push("standard_charge|min", "standard_charge|max", "additional_generic_notes");
  if (version === "2.2.0" || version === "3.0.0") columns.push("modifiers", "drug_unit_of_measurement", "drug_type_of_measurement");
  return columns;
}

/** A clean tall row: an item with a gross charge and one payer's dollar rate. */
export const TALL_ROW: Record<string, string> = {
  description: "MRI of the brain",
  "code|1": "70551",
  "code|1|type": "CPT",
  setting: "outpatient",
  "standard_charge|gross": "4004.15",
  "standard_charge|discounted_cash": "2187.61",
  payer_name: "Acme Health",
  plan_name: "PPO",
  "standard_charge|negotiated_dollar": "1500.59",
  "standard_charge|methodology": "fee schedule",
  "standard_charge|min": "1255.04",
  "standard_charge|max": "1907.17",
};

/** A clean wide row: both plans with dollar rates. */
export const WIDE_ROW: Record<string, string> = {
  description: "MRI of the brain",
  "code|1": "70551",
  "code|1|type": "CPT",
  setting: "outpatient",
  "standard_charge|gross": "4004.15",
  "standard_charge|discounted_cash": "2187.61",
  "standard_charge|Acme Health|PPO|negotiated_dollar": "1500.59",
  "standard_charge|Acme Health|PPO|methodology": "fee schedule",
  "standard_charge|Blue Bay|HMO|negotiated_dollar": "1907.17",
  "standard_charge|Blue Bay|HMO|methodology": "case rate",
  "standard_charge|min": "1500.59",
  "standard_charge|max": "1907.17",
};

export interface CsvSpec {
  version?: Version;
  layout?: "tall" | "wide";
  general?: Record<string, string>;
  columns?: string[];
  /** Data rows: cells by column name (missing names are blank). */
  rows?: Record<string, string>[];
}

/** The records of a CSV file built from the spec. */
export function csvRecords(spec: CsvSpec = {}): string[][] {
  const version = spec.version ?? "3.0.0";
  const [names, values] = generalHeaders(version, spec.general);
  const columns = spec.columns ?? (spec.layout === "wide" ? wideColumns(version) : tallColumns(version));
  const rows = (spec.rows ?? [spec.layout === "wide" ? WIDE_ROW : TALL_ROW]).map((cells) => columns.map((c) => cells[c] ?? ""));
  return [names, values, columns, ...rows];
}

export function csvText(spec: CsvSpec = {}, newline = "\n"): string {
  return Papa.unparse(csvRecords(spec), { newline });
}

/** A valid v3.0.0 JSON document with one item. */
export function jsonDoc(): Record<string, unknown> {
  return {
    hospital_name: "West Mercy Hospital",
    last_updated_on: "2026-01-15",
    version: "3.0.0",
    location_name: ["West Mercy Hospital"],
    hospital_address: ["12 Main Street, Fullerton, CA 92832"],
    license_information: { license_number: "50056", state: "CA" },
    type_2_npi: ["1234567893"],
    attestation: { attestation: ATTESTATION, confirm_attestation: true, attester_name: "Leigh Attester" },
    standard_charge_information: [
      {
        description: "MRI of the brain",
        code_information: [{ code: "70551", type: "CPT" }],
        standard_charges: [
          {
            setting: "outpatient",
            gross_charge: 4004.15,
            discounted_cash: 2187.61,
            minimum: 1255.04,
            maximum: 1907.17,
            payers_information: [
              { payer_name: "Acme Health", plan_name: "PPO", standard_charge_dollar: 1500.59, methodology: "fee schedule" },
              {
                payer_name: "Blue Bay",
                plan_name: "HMO",
                standard_charge_percentage: 45,
                methodology: "percent of total billed charges",
                median_amount: 1800,
                "10th_percentile": 1200,
                "90th_percentile": 2400,
                count: "1 through 10",
              },
            ],
          },
        ],
      },
    ],
  };
}

let dir: string | undefined;

/** Writes a file under a fresh temp directory and returns its path. */
export async function tempFile(name: string, content: string | Buffer): Promise<string> {
  dir ??= await mkdtemp(join(tmpdir(), "priceline-validate-"));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
