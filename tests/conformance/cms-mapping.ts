// The explicit correspondence between our rule ids and what @cmsgov/hpt-validator
// reports: for CSV its error/alert class names, for JSON the ajv messages of its
// JSON-schema checks (all JSON errors share one class). compareWithCms uses it
// to require that every error we report is one CMS reports at the same place,
// and the other way round.
import type { Issue } from "../../lib/mrf/validate";
import type { RuleId } from "../../lib/mrf/validate/rules";
import { cmsRow, type CmsFinding, type CmsResult } from "./cms";

export interface JsonMatcher {
  message: RegExp;
  /** Restricts the JSON pointer of the CMS error. */
  path?: RegExp;
}

const required = (...names: string[]) => new RegExp(`must have required property '(${names.join("|")})'`);
const TYPE = /^must be (object|array|string|number|boolean|integer|null)/;
const MIN = /must NOT have fewer than 1 (characters|items)/;
const GENERAL = /^\/(hospital_name|last_updated_on|version|hospital_address|hospital_location|location_name|type_2_npi|license_information|attestation|affirmation)(\/|$)/;

export const CMS_MAPPING: Record<RuleId, { csv: string[]; json: JsonMatcher[] }> = {
  // When CMS's validator is told the version out of band, a missing version is
  // its "version" header or value missing.
  "version.missing": {
    csv: ["InvalidVersionError", "HeaderColumnMissingError", "RequiredValueError"],
    json: [{ message: /Could not load JSON schema/ }, { message: required("version"), path: /^$/ }, { message: MIN, path: /^\/version$/ }],
  },
  "version.unsupported": { csv: ["InvalidVersionError"], json: [{ message: /Could not load JSON schema/ }] },
  "file.too_few_rows": { csv: ["MinRowsError"], json: [] },
  "csv.header_row_blank": { csv: ["HeaderBlankError"], json: [] },
  "json.syntax": { csv: [], json: [{ message: /JSON parsing error/ }] },
  // Our reader's guard against hostile files (fields over 8 MiB, over 20,000 columns); CMS has none.
  "csv.limit_exceeded": { csv: [], json: [] },
  // CMS's parser reads such text on past the row (or the whole file as one row): what it
  // then reports is about other cells, so these are compared by verdict only.
  "csv.quote_invalid": { csv: [], json: [] },
  "csv.line_ending_cr": { csv: [], json: [] },

  "header.missing": {
    csv: ["HeaderColumnMissingError"],
    json: [
      {
        message: required("hospital_name", "last_updated_on", "version", "hospital_address", "hospital_location", "location_name", "type_2_npi", "license_information", "attestation", "affirmation", "standard_charge_information", "state", "attester_name", "confirm_attestation", "confirm_affirmation"),
        path: /^(\/(license_information|attestation|affirmation))?$/,
      },
    ],
  },
  "header.duplicate": { csv: ["DuplicateHeaderColumnError"], json: [] },
  "header.value_required": { csv: ["RequiredValueError"], json: [{ message: MIN, path: GENERAL }] },
  "header.value_invalid": { csv: [], json: [{ message: TYPE, path: GENERAL }] },
  "header.date_invalid": { csv: ["InvalidDateError"], json: [{ message: /must match format "date"/ }] },
  "header.attestation_invalid": {
    csv: ["AllowedValuesError"],
    json: [{ message: /must be equal to constant|must be boolean/, path: /^\/(attestation|affirmation)\// }],
  },
  "header.license_state_invalid": {
    csv: ["InvalidStateCodeError"],
    json: [{ message: /must be equal to one of the allowed values|must be string/, path: /^\/license_information\/state$/ }],
  },

  "columns.ambiguous_format": { csv: ["AmbiguousFormatError"], json: [] },
  "columns.missing": { csv: ["ColumnMissingError"], json: [] },
  "columns.duplicate": { csv: ["DuplicateColumnError"], json: [] },
  "columns.placeholder": { csv: ["PlaceholderError"], json: [] },

  "description.required": { csv: ["RequiredValueError"], json: [{ message: required("description") }, { message: MIN, path: /\/description$/ }] },
  "setting.required": { csv: ["RequiredValueError"], json: [{ message: required("setting") }] },
  "setting.invalid": { csv: ["AllowedValuesError"], json: [{ message: /allowed values|must be string/, path: /\/setting$/ }] },
  "code.required": { csv: ["RequiredValueError"], json: [{ message: required("code") }, { message: MIN, path: /\/code$/ }] },
  "code_type.required": { csv: ["RequiredValueError"], json: [{ message: required("type"), path: /code_information\/\d+$/ }] },
  "code_type.invalid": { csv: ["AllowedValuesError"], json: [{ message: /allowed values|must be string/, path: /code_information\/\d+\/type$/ }] },
  "code.pair_missing": { csv: ["CodePairMissingError"], json: [{ message: required("code_information") }, { message: MIN, path: /\/code_information$/ }] },
  "charges.missing": { csv: [], json: [{ message: required("standard_charges") }, { message: MIN, path: /\/standard_charges$/ }] },
  "amount.invalid": { csv: ["InvalidPositiveNumberError"], json: [{ message: /must be > 0|must be number/ }] },
  "methodology.invalid": { csv: ["AllowedValuesError"], json: [{ message: /allowed values|must be string/, path: /\/methodology$/ }] },
  "methodology.required": { csv: ["RequiredValueError"], json: [{ message: required("methodology") }] },
  "payer.name_required": { csv: ["RequiredValueError"], json: [{ message: required("payer_name") }, { message: MIN, path: /\/payer_name$/ }] },
  "payer.plan_required": { csv: ["RequiredValueError"], json: [{ message: required("plan_name") }, { message: MIN, path: /\/plan_name$/ }] },
  "methodology.other_needs_notes": {
    csv: ["OtherMethodologyNotesError"],
    json: [{ message: required("additional_payer_notes") }, { message: MIN, path: /\/additional_payer_notes$/ }],
  },
  "item.charge_required": {
    csv: ["ItemRequiresChargeError"],
    json: [
      { message: /must match a schema in anyOf/ },
      { message: required("gross_charge", "discounted_cash", "payers_information", "standard_charge_dollar", "standard_charge_algorithm", "standard_charge_percentage") },
      { message: /must be object/, path: /payers_information\/\d+$/ },
      { message: MIN, path: /\/payers_information$/ },
    ],
  },
  "min_max.required": { csv: ["DollarNeedsMinMaxError"], json: [{ message: required("minimum", "maximum") }] },
  "drug_unit.required": { csv: ["RequiredValueError"], json: [{ message: required("unit") }] },
  "drug_unit.invalid": { csv: ["InvalidPositiveNumberError"], json: [{ message: /must be > 0|must be number|must be string|fewer than 1 characters/, path: /drug_information\/unit$/ }] },
  "drug_type.required": { csv: ["RequiredValueError"], json: [{ message: required("type"), path: /drug_information$/ }] },
  "drug_type.invalid": { csv: ["AllowedValuesError"], json: [{ message: /allowed values|must be string/, path: /drug_information\/type$/ }] },
  "ndc.drug_info_required": { csv: ["DrugInformationRequiredError"], json: [{ message: required("drug_information") }] },
  "modifier.info_required": { csv: ["ModifierMissingInfoError"], json: [] },
  "modifier.invalid": { csv: [], json: [{ message: /./, path: /^\/modifier_information(\/|$)/ }] },
  "estimated_amount.required": { csv: ["PercentageAlgorithmEstimateError"], json: [{ message: required("estimated_amount") }] },
  "count.required": { csv: ["PercentageAlgorithmCountError"], json: [{ message: required("count") }] },
  "count.invalid": { csv: ["InvalidCountNumberError"], json: [{ message: /must match pattern|must be string/, path: /\/count$/ }] },
  "allowed_amount.required": {
    csv: ["PercentageAlgorithmMedianError", "PercentageAlgorithm10thError", "PercentageAlgorithm90thError"],
    json: [{ message: required("median_amount", "10th_percentile", "90th_percentile") }],
  },
  "count.zero_needs_notes": { csv: ["AllowedCountZeroNotesError"], json: [{ message: required("additional_payer_notes") }] },
  "payer.charge_required": {
    csv: ["ChargeWithPayerPlanError"],
    json: [{ message: required("standard_charge_dollar", "standard_charge_percentage", "standard_charge_algorithm") }, { message: /must match a schema in anyOf/ }],
  },
  "json.value_invalid": { csv: [], json: [{ message: TYPE }, { message: MIN }] },

  "alert.version_mismatch": { csv: ["CsvVersionMismatchAlert"], json: [{ message: /does not match/ }] },
  "alert.attestation_false": { csv: ["CsvFalseAttestationAlert", "CsvFalseAffirmationAlert"], json: [{ message: /(Attestation|Affirmation) value is false/ }] },
  "alert.nine_nines": { csv: ["CsvNineNinesAlert"], json: [{ message: /Nine 9s used/ }] },
  // Ours only: CMS's parser silently stops at the end of the root value.
  "alert.json_trailing_data": { csv: [], json: [] },
  "alert.estimated_amount_deprecated": { csv: ["EstimatedAmountAlert"], json: [{ message: /no longer a required data element/ }] },
};

/** CMS findings that summarise others rather than report a problem of their own. */
const CSV_SUMMARY = new Set(["ProblemsInHeaderError"]);
const JSON_SUMMARY = /^must match ("then"|"else") schema$|^must match a schema in anyOf$/;
/**
 * Rules whose CMS counterpart is reported on a fixed cell: A1 for the version
 * and row-count errors, and row 3 for the header-row alerts (CMS builds those
 * with its row-3 index although the value is in row 2).
 */
const ANY_ROW = new Set(["version.missing", "version.unsupported", "file.too_few_rows", "alert.version_mismatch", "alert.attestation_false"]);

/** "$.a[0].b" → "/a/0/b". */
export function pointer(path: string): string {
  return path
    .replace(/^\$/, "")
    .replace(/\[(\d+)\]/g, "/$1")
    .replace(/\["([^"]+)"\]/g, "/$1")
    .replace(/\./g, "/");
}

function nested(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`) || a === "" || b === "";
}

function matches(issue: Issue, finding: CmsFinding, format: "csv" | "json"): boolean {
  const rule = CMS_MAPPING[issue.rule as RuleId];
  if (!rule) return false;
  if (format === "csv") {
    if (!rule.csv.includes(finding.kind)) return false;
    return ANY_ROW.has(issue.rule) || issue.row === undefined || cmsRow(finding.path) === issue.row;
  }
  if (!nested(pointer(issue.path ?? "$"), finding.path)) return false;
  return rule.json.some((m) => m.message.test(finding.message) && (!m.path || m.path.test(finding.path)));
}

export interface Comparison {
  /** Our issues with no CMS counterpart. */
  oursOnly: Issue[];
  /** CMS findings with no counterpart among ours. */
  cmsOnly: CmsFinding[];
}

/** Pairs our errors (or alerts) with CMS's both ways. */
export function compareWithCms(ours: Issue[], cms: CmsFinding[], format: "csv" | "json"): Comparison {
  const relevant = cms.filter((f) => (format === "csv" ? !CSV_SUMMARY.has(f.kind) : !JSON_SUMMARY.test(f.message)));
  return {
    oursOnly: ours.filter((issue) => !cms.some((f) => matches(issue, f, format))),
    cmsOnly: relevant.filter((f) => !ours.some((issue) => matches(issue, f, format))),
  };
}

export type { CmsResult };
