// CSV rows 1–2: the general data elements (names in row 1, values in row 2),
// and the version the file declares. Mirrors CsvValidator.validateHeaderColumns,
// validateHeaderRow and alertHeaderRow of @cmsgov/hpt-validator.
import { AFFIRMATION, ATTESTATION, CSV_STATE_CODES, V22_ITEM_COLUMNS } from "./constants";
import { csvIssue, quote } from "./issues";
import type { Issue } from "./types";
import { canonicalHeader, isCsvDate, sameText } from "./values";
import { dictionaryFor, unsupportedVersionMessage, type SupportedVersion, type VersionRules } from "./versions";

const LICENSE = "license_number|[state]";
const STATES = new Set<string>(CSV_STATE_CODES);

/** Required row-1 headers, in CMS's order (canonical form). */
function requiredHeaders(v3: boolean): string[] {
  const shared = ["hospital_name", "last_updated_on", "version", "hospital_address", LICENSE];
  return v3
    ? [...shared, "location_name", "type_2_npi", ATTESTATION.toLowerCase(), "attester_name"]
    : [...shared, "hospital_location", AFFIRMATION.toLowerCase()];
}

/** Short names for the two long statement headers, so messages stay readable. */
function displayName(label: string): string {
  if (label === ATTESTATION.toLowerCase()) return "the v3.0 attestation statement";
  if (label === AFFIRMATION.toLowerCase()) return "the v2 affirmation statement";
  return label;
}

/** How messages name the statement column (its header is a paragraph). */
const statementColumnName = (rules: VersionRules) => (rules.v3 ? "attestation" : "affirmation");

const cell = (row: readonly string[] | undefined, i: number): string => row?.[i]?.trim() ?? "";

export interface DeclaredVersion {
  /** The version value as written in row 2 ("" when blank), or null when row 1 has no version header. */
  declared: string | null;
  /** Column index of the version header in row 1, -1 when absent. */
  column: number;
  /** The dictionary version the declared value names (see dictionaryFor), or null. */
  version: SupportedVersion | null;
}

/** Finds the version value the file declares: the row-2 cell under the row-1 "version" header. */
export function declaredCsvVersion(row1: readonly string[], row2: readonly string[]): DeclaredVersion {
  const column = row1.findIndex((name) => sameText(name.trim(), "version"));
  if (column < 0) return { declared: null, column, version: null };
  const declared = cell(row2, column);
  return { declared, column, version: dictionaryFor(declared) };
}

/**
 * The v2 templates under the 2.0, 2.1 and 2.2 dictionaries all declare
 * version "2.0.0" (CMS's own v2.2 examples do). The 2.2 dictionary added
 * required columns, so a "2.0.0" file that has all of them (modifiers, both
 * drug columns, estimated amounts) follows v2.2 and is checked against it. One
 * with only some is a v2.0 file whose extra columns CMS ignores (its own v2.0
 * test files carry modifiers and estimated amounts without the drug columns):
 * it is checked against v2.0, as CMS's validator checks a declared 2.0.0.
 */
export function dictionaryVersion(version: SupportedVersion, row3: readonly string[] | undefined): SupportedVersion {
  if (version !== "2.0.0" || !row3) return version;
  const names = row3.map(canonicalHeader);
  const estimated = names.some((name) => name === "estimated_amount" || name.startsWith("estimated_amount|"));
  return estimated && V22_ITEM_COLUMNS.every((name) => names.includes(name)) ? "2.2.0" : version;
}

export function versionIssue(found: DeclaredVersion): Issue {
  if (found.declared === null) {
    return csvIssue(
      "version.missing",
      'Row 1 has no "version" header, so the CMS template version cannot be told. Add a "version" column to rows 1–2 with the template version (e.g. 3.0.0). Is this a CMS price transparency file?',
      1,
    );
  }
  if (found.declared === "") {
    return csvIssue("version.missing", 'The "version" value in row 2 is blank. Encode the CMS template version the file follows (e.g. 3.0.0).', 2, "version");
  }
  return csvIssue("version.unsupported", unsupportedVersionMessage(found.declared), 2, "version");
}

export interface GeneralHeaderResult {
  errors: Issue[];
  alerts: Issue[];
}

/** Checks rows 1 and 2 for a file whose version is known. */
export function checkGeneralHeaders(
  row1: readonly string[],
  row2: readonly string[],
  rules: VersionRules,
  declared: string,
): GeneralHeaderResult {
  const errors: Issue[] = [];
  const remaining = requiredHeaders(rules.v3);
  // Row-1 index → the required header it was recognised as.
  const found = new Map<number, string>();
  const names = row1.map((n) => n.trim());

  names.forEach((column, index) => {
    const canonical = canonicalHeader(column);
    let match = -1;
    for (let r = 0; r < remaining.length && match < 0; r++) {
      const required = remaining[r]!;
      if (required === LICENSE) {
        // CMS treats any two-part license_number|xx header as the license header
        // and requires xx to be a state code.
        const parts = column.split("|").map((p) => p.trim());
        if (parts.length === 2 && sameText(parts[0]!, "license_number")) {
          if (STATES.has(parts[1]!.toUpperCase())) match = r;
          else {
            errors.push(
              csvIssue(
                "header.license_state_invalid",
                `${quote(parts[1]!)} in the row-1 header ${quote(column)} is not a state or territory abbreviation. Write the header as license_number|XX with the two-letter code of the licensing state (e.g. license_number|CA), even when there is no license number to encode.`,
                1,
                column,
              ),
            );
          }
        }
      } else if (canonical === required) {
        match = r;
      }
    }
    if (match >= 0) {
      found.set(index, remaining[match]!);
      remaining.splice(match, 1);
    } else if ([...found.keys()].some((i) => canonicalHeader(names[i]!) === canonical)) {
      errors.push(
        csvIssue("header.duplicate", `The header ${quote(column)} appears more than once in row 1. Keep one column for it.`, 1, column),
      );
    }
  });

  for (const label of remaining) {
    const message =
      label === LICENSE
        ? 'Row 1 has no license header. Add a "license_number|XX" column with the two-letter code of the licensing state (e.g. license_number|CA); leave its row-2 value blank if the hospital has no license number.'
        : label === ATTESTATION.toLowerCase() || label === AFFIRMATION.toLowerCase()
          ? `Row 1 is missing ${displayName(label)}, or its text differs from CMS's. The header must be exactly the statement in the CMS ${rules.v3 ? "v3.0" : "v2"} template (case and surrounding spaces don't matter).`
          : `Row 1 has no "${label}" header. Add it as spelled in the CMS template (case and spaces around "|" don't matter).`;
    const isStatement = label === ATTESTATION.toLowerCase() || label === AFFIRMATION.toLowerCase();
    errors.push(csvIssue("header.missing", message, 1, isStatement ? statementColumnName(rules) : label));
  }

  // Row 2: values of the recognised headers. The license number may be blank.
  for (const [index, label] of [...found.entries()].sort(([a], [b]) => a - b)) {
    const column = names[index]!;
    if (/^license_number\s*\|\s*.{2}$/.test(column)) continue;
    const value = cell(row2, index);
    const statement = label === ATTESTATION.toLowerCase() || label === AFFIRMATION.toLowerCase();
    // The statement headers are paragraphs; name them by their role instead.
    const shown = statement ? displayName(label) : `"${column}"`;
    const columnName = statement ? statementColumnName(rules) : column;
    if (value === "") {
      errors.push(csvIssue("header.value_required", `The row-2 value for ${shown} is blank. Encode it; it is required.`, 2, columnName));
    } else if (label === "last_updated_on" && !isCsvDate(value)) {
      errors.push(
        csvIssue(
          "header.date_invalid",
          `last_updated_on ${quote(value)} is not a valid date. Encode the date the file was last updated as YYYY-MM-DD (e.g. 2026-01-15); MM/DD/YYYY and M/D/YYYY are also accepted.`,
          2,
          column,
        ),
      );
    } else if (statement && !sameText(value, "true") && !sameText(value, "false")) {
      errors.push(
        csvIssue("header.attestation_invalid", `The value under ${shown} is ${quote(value)}; it must be true or false (true is what the regulation requires).`, 2, columnName),
      );
    }
  }

  const alerts: Issue[] = [];
  if (errors.length === 0) {
    // CMS compares the raw value with the template version of each dictionary:
    // v2.1 and v2.2 CSV templates still say "2.0.0".
    const expected = rules.v3 ? "3.0.0" : rules.v21 ? "2.0.0" : null;
    const versionColumn = names.findIndex((n) => sameText(n, "version"));
    if (expected !== null && versionColumn >= 0 && cell(row2, versionColumn) !== expected) {
      alerts.push(
        csvIssue(
          "alert.version_mismatch",
          `The version value ${quote(declared)} does not match the template version "${expected}" that CMS expects for data dictionary ${rules.version.slice(0, 3)} files. Encode "${expected}".`,
          2,
          names[versionColumn],
        ),
      );
    }
    const statement = rules.v3 ? ATTESTATION : AFFIRMATION;
    const statementColumn = names.findIndex((n) => sameText(n, statement));
    if (statementColumn >= 0 && sameText(cell(row2, statementColumn), "false")) {
      alerts.push(
        csvIssue(
          "alert.attestation_false",
          `The ${rules.v3 ? "attestation" : "affirmation"} value is false. The regulation requires the hospital to attest "true" that the file is complete and accurate.`,
          2,
          statementColumnName(rules),
        ),
      );
    }
  }
  return { errors, alerts };
}
