// CMS-grade validation of hospital price transparency files (MRFs), compatible
// with @cmsgov/hpt-validator 2.4.0: the same verdicts, rule by rule, for the
// CMS template versions 2.0.0, 2.1.0, 2.2.0 and 3.0.0 in tall CSV, wide CSV and JSON.
//
//   validateFile(path)        one standalone streaming pass → ValidationReport
//   createCsvValidator(rows)  per-row checks for use inside another pass (ingestion)
//   createJsonValidator()     per-item checks for use inside another pass
//   runValidateCommand(argv)  `priceline validate <file> [--json]`

export { validateFile, UnreadableFileError } from "./file";
export { createCsvValidator, type CsvValidator, type CsvValidatorInput } from "./csv";
export { createJsonValidator, type JsonValidator } from "./json";
export { runValidateCommand } from "./command";
export { RULES, rulesForVersion, type RuleId, type RuleInfo } from "./rules";
export { SUPPORTED_VERSIONS, type SupportedVersion } from "./versions";
export { ReportBuilder } from "./report";
export { isAlert, MAX_LISTED_ISSUES, NO_ISSUES, type Issue, type ValidationReport, type ValidatedFormat } from "./types";
