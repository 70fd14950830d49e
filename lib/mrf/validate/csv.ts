// The streaming CSV validator: built from rows 1–3, then fed one data row at a
// time, so it can run in the same pass as ingestion and flag rows to quarantine.
import { checkGeneralHeaders, declaredCsvVersion, dictionaryVersion, versionIssue } from "./csv-header";
import { readCsvColumns } from "./csv-columns";
import { CsvRowChecker } from "./csv-rows";
import { csvIssue } from "./issues";
import { NO_ISSUES, type Issue } from "./types";
import { versionRules, type SupportedVersion } from "./versions";

export interface CsvValidatorInput {
  /** For messages only. */
  file?: string;
  /** The first three CSV records; undefined when the file ends before them. */
  row1?: readonly string[];
  row2?: readonly string[];
  row3?: readonly string[];
}

export interface CsvValidator {
  /** The dictionary version the file is checked against, or null when it could not be told. */
  readonly version: SupportedVersion | null;
  /** What the version cell says, as written (null when there is no version header). */
  readonly declaredVersion: string | null;
  readonly format: "csv_tall" | "csv_wide" | null;
  /** False when rows 1–3 have errors; data rows are then not checked (as CMS does). */
  readonly headerValid: boolean;
  /** Errors and alerts of rows 1–3, including an unknown or missing version. */
  headerIssues(): Issue[];
  /** Errors and alerts of one data row (row = 1-based record number). Blank rows yield none. */
  checkRow(cells: readonly string[], row: number): readonly Issue[];
  /** File-level errors once every row has been seen. */
  finish(): Issue[];
}

const isBlank = (cells: readonly string[] | undefined) => !cells || cells.every((c) => c.trim() === "");

export function createCsvValidator(input: CsvValidatorInput): CsvValidator {
  const { row1, row2, row3 } = input;
  const issues: Issue[] = [];
  let version: SupportedVersion | null = null;
  let declaredVersion: string | null = null;
  let format: "csv_tall" | "csv_wide" | null = null;
  let checker: CsvRowChecker | null = null;
  let dataRecords = 0;

  // The order of these checks follows CMS's: a blank row 1, then a file that
  // ends before row 4, then the version, rows 1–2, and row 3.
  if (row1 !== undefined && isBlank(row1)) {
    issues.push(blankHeaderRow(1));
  } else if (row1 === undefined || row2 === undefined || row3 === undefined) {
    issues.push(tooFewRows(row1 === undefined ? 0 : row2 === undefined ? 1 : 2));
  } else {
    const found = declaredCsvVersion(row1, row2);
    declaredVersion = found.declared;
    if (found.version === null) {
      issues.push(versionIssue(found));
    } else if (isBlank(row3)) {
      version = dictionaryVersion(found.version, row3);
      issues.push(blankHeaderRow(3));
    } else {
      version = dictionaryVersion(found.version, row3);
      const rules = versionRules(version);
      const general = checkGeneralHeaders(row1, row2, rules, found.declared ?? "");
      const columns = readCsvColumns(row3, rules);
      format = columns.format;
      issues.push(...general.errors, ...columns.errors, ...general.alerts);
      if (general.errors.length === 0 && columns.layout) {
        issues.push(...columns.alerts);
        checker = new CsvRowChecker(columns.layout, rules);
      }
    }
  }

  return {
    version,
    declaredVersion,
    format,
    headerValid: checker !== null,
    headerIssues: () => issues.slice(),
    checkRow(cells, row) {
      dataRecords++;
      return checker ? checker.check(cells, row) : NO_ISSUES;
    },
    finish() {
      // CMS requires a fourth record (blank ones count) once the headers pass.
      return checker && dataRecords === 0 ? [tooFewRows(3)] : [];
    },
  };
}

function blankHeaderRow(row: 1 | 3): Issue {
  return csvIssue(
    "csv.header_row_blank",
    row === 1
      ? "Row 1 is blank. It must hold the general data element headers (hospital_name, last_updated_on, version, …); is this a CMS price transparency file?"
      : "Row 3 is blank. It must hold the column headers (description, code|1, code|1|type, setting, …).",
    row,
  );
}

function tooFewRows(records: number): Issue {
  return csvIssue(
    "file.too_few_rows",
    records === 0
      ? "The file is empty. A CMS CSV file has general headers in row 1, their values in row 2, column headers in row 3, and at least one data row."
      : `The file ends after row ${records}. A CMS CSV file has general headers in row 1, their values in row 2, column headers in row 3, and at least one data row.`,
    records + 1,
  );
}
