// Every rule this validator reports, with the dictionary versions it applies to.
// Ids are format-neutral where CSV and JSON encode the same requirement
// ("methodology.required" is a blank CSV cell or a missing JSON property).
// tests/conformance/cms-mapping.ts maps each id to the @cmsgov/hpt-validator
// error class (CSV) or JSON-schema failure (JSON) it corresponds to.

import type { SupportedVersion } from "./versions";

export interface RuleInfo {
  /** One line for summaries: what the rule requires. */
  title: string;
  /** Dictionary versions the rule applies to. */
  versions: readonly SupportedVersion[];
  formats: readonly ("csv" | "json")[];
}

const ALL: readonly SupportedVersion[] = ["2.0.0", "2.1.0", "2.2.0", "3.0.0"];
const FROM_21: readonly SupportedVersion[] = ["2.1.0", "2.2.0", "3.0.0"];
const FROM_22: readonly SupportedVersion[] = ["2.2.0", "3.0.0"];
const ONLY_22: readonly SupportedVersion[] = ["2.2.0"];
const V3: readonly SupportedVersion[] = ["3.0.0"];
const BOTH = ["csv", "json"] as const;
const CSV = ["csv"] as const;
const JSON_ONLY = ["json"] as const;

export const RULES = {
  // The file as a whole
  "version.missing": { title: "The file must state its CMS template version", versions: ALL, formats: BOTH },
  "version.unsupported": { title: "The version must be a CMS template version (2.0.0, 2.1.0, 2.2.0 or 3.0.0)", versions: ALL, formats: BOTH },
  "file.too_few_rows": { title: "A CSV file needs the three header rows and at least one data row", versions: ALL, formats: CSV },
  "csv.header_row_blank": { title: "Rows 1 and 3 of a CSV file hold the headers and cannot be blank", versions: ALL, formats: CSV },
  "csv.limit_exceeded": { title: "Fields and rows must stay within the reader's size limits", versions: ALL, formats: CSV },
  "csv.quote_invalid": { title: "A quoted field ends at its closing quote: only a comma or the row's end may follow", versions: ALL, formats: CSV },
  "csv.line_ending_cr": { title: "Rows end with LF or CRLF, not a carriage return alone", versions: ALL, formats: CSV },
  "json.syntax": { title: "The file must be well-formed JSON", versions: ALL, formats: JSON_ONLY },

  // General data elements (CSV rows 1–2, JSON top-level attributes)
  "header.missing": { title: "Every required general data element must be present", versions: ALL, formats: BOTH },
  "header.duplicate": { title: "A general data element header may appear only once in row 1", versions: ALL, formats: CSV },
  "header.value_required": { title: "Required general data elements cannot be blank", versions: ALL, formats: BOTH },
  "header.value_invalid": { title: "General data elements must have the type the dictionary gives", versions: ALL, formats: JSON_ONLY },
  "header.date_invalid": { title: "last_updated_on must be a real date (YYYY-MM-DD; CSV also M/D/YYYY)", versions: ALL, formats: BOTH },
  "header.attestation_invalid": { title: "The attestation (v2: affirmation) must be the CMS statement with true or false", versions: ALL, formats: BOTH },
  "header.license_state_invalid": { title: "The license state must be a two-letter state or territory code", versions: ALL, formats: BOTH },

  // CSV row 3: the column headers
  "columns.ambiguous_format": { title: "Row 3 must be a tall (payer_name, plan_name) or a wide (standard_charge|payer|plan|…) layout", versions: ALL, formats: CSV },
  "columns.missing": { title: "Every required column must be in row 3", versions: ALL, formats: CSV },
  "columns.duplicate": { title: "A column header may appear only once in row 3", versions: ALL, formats: CSV },
  "columns.placeholder": { title: "Template placeholders ([payer_name], [plan_name], [i]) must be replaced in headers", versions: V3, formats: CSV },

  // Items and their charges
  "description.required": { title: "Every item needs a description", versions: ALL, formats: BOTH },
  "setting.required": { title: "Every charge needs a setting", versions: ALL, formats: BOTH },
  "setting.invalid": { title: "setting must be inpatient, outpatient or both", versions: ALL, formats: BOTH },
  "code.required": { title: "A code type needs its code", versions: ALL, formats: BOTH },
  "code_type.required": { title: "A code needs its code type", versions: ALL, formats: BOTH },
  "code_type.invalid": { title: "Code types must be one of the CMS code types", versions: ALL, formats: BOTH },
  "code.pair_missing": { title: "An item needs at least one code and code type (CSV modifier rows excepted)", versions: ALL, formats: BOTH },
  "charges.missing": { title: "A JSON item needs at least one standard_charges entry", versions: ALL, formats: JSON_ONLY },
  "amount.invalid": { title: "Charges and amounts must be positive numbers, without $ or commas", versions: ALL, formats: BOTH },
  "methodology.invalid": { title: "methodology must be case rate, fee schedule, percent of total billed charges, per diem or other", versions: ALL, formats: BOTH },
  "methodology.required": { title: "A payer-specific negotiated charge needs a methodology", versions: ALL, formats: BOTH },
  "payer.name_required": { title: "A payer-specific negotiated charge needs the payer name", versions: ALL, formats: BOTH },
  "payer.plan_required": { title: "A payer-specific negotiated charge needs the plan name", versions: ALL, formats: BOTH },
  "methodology.other_needs_notes": { title: 'Methodology "other" needs an explanation in the notes', versions: FROM_21, formats: BOTH },
  "item.charge_required": { title: "An item needs a gross charge, discounted cash price or payer-specific negotiated charge", versions: FROM_21, formats: BOTH },
  "min_max.required": { title: "A negotiated dollar amount needs the de-identified minimum and maximum", versions: FROM_21, formats: BOTH },
  "drug_unit.required": { title: "A drug type of measurement needs its unit", versions: FROM_22, formats: BOTH },
  "drug_unit.invalid": { title: "The drug unit of measurement must be a positive number", versions: FROM_22, formats: BOTH },
  "drug_type.required": { title: "A drug unit of measurement needs its type", versions: FROM_22, formats: BOTH },
  "drug_type.invalid": { title: "The drug type of measurement must be GR, ME, ML, UN, F2, EA or GM", versions: FROM_22, formats: BOTH },
  "ndc.drug_info_required": { title: "An NDC-coded item needs the drug unit and type of measurement", versions: FROM_22, formats: BOTH },
  "modifier.info_required": { title: "A modifier row needs notes or a payer-specific negotiated charge", versions: FROM_22, formats: CSV },
  "modifier.invalid": { title: "modifier_information entries need a code, description and payer information", versions: FROM_22, formats: JSON_ONLY },
  "estimated_amount.required": { title: "A charge only given as a percentage or algorithm needs the estimated allowed amount", versions: ONLY_22, formats: BOTH },
  "count.required": { title: "A percentage or algorithm charge needs the count of allowed amounts", versions: V3, formats: BOTH },
  "count.invalid": { title: 'count must be 0, "1 through 10", or a whole number of 11 or more', versions: V3, formats: BOTH },
  "allowed_amount.required": { title: "A percentage or algorithm charge with allowed amounts needs the median, 10th and 90th percentiles", versions: V3, formats: BOTH },
  "count.zero_needs_notes": { title: "A count of 0 allowed amounts needs an explanation in the notes", versions: V3, formats: BOTH },
  "payer.charge_required": { title: "A payer and plan need a payer-specific negotiated charge", versions: V3, formats: BOTH },
  "json.value_invalid": { title: "Values must have the JSON type and form the schema gives", versions: ALL, formats: JSON_ONLY },

  // Alerts: reported, but the file stays valid
  "alert.version_mismatch": { title: "The version value differs from the template version CMS expects", versions: FROM_21, formats: BOTH },
  "alert.attestation_false": { title: "The attestation (v2: affirmation) is false", versions: ALL, formats: BOTH },
  "alert.nine_nines": { title: "999999999 (nine 9s) used instead of a real amount", versions: FROM_22, formats: BOTH },
  "alert.json_trailing_data": { title: "Text after the end of the JSON document is ignored", versions: ALL, formats: JSON_ONLY },
  "alert.estimated_amount_deprecated": { title: "estimated_amount is no longer a data element in v3.0", versions: V3, formats: BOTH },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** Rule ids that apply to a version, for documentation and the conformance suite. */
export function rulesForVersion(version: SupportedVersion, format: "csv" | "json"): RuleId[] {
  return (Object.keys(RULES) as RuleId[]).filter((id) => {
    const rule: RuleInfo = RULES[id];
    return rule.versions.includes(version) && rule.formats.includes(format);
  });
}
