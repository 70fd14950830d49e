// `priceline validate <file> [--json]`: checks a CMS price file and says what
// to fix. Exit codes: 0 valid, 1 invalid, 2 unreadable file or bad usage.
// With --json the last stdout line is the ValidationReport as JSON.
import { parseArgs } from "node:util";
import { UnreadableFileError, validateFile } from "./file";
import { RULES, type RuleInfo } from "./rules";
import type { Issue, ValidationReport } from "./types";
import { SUPPORTED_VERSIONS } from "./versions";

export const VALIDATE_USAGE = `Usage: npm run priceline -- validate <file> [--json]

Checks a hospital price transparency file (tall CSV, wide CSV or JSON) against
the CMS data dictionary of the version it declares (${SUPPORTED_VERSIONS.join(", ")}),
with the same verdicts as CMS's own validator (@cmsgov/hpt-validator).

Options:
  --json   print the report as JSON on the last line:
           {valid, version, format, rows, errors, alerts, errorCounts}
  --help   show this help

Exit codes: 0 valid, 1 invalid, 2 unreadable file or bad usage.`;

/** Locations listed per rule in the human summary. */
const SHOWN_PER_RULE = 3;

export interface ValidateIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: ValidateIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

export async function runValidateCommand(argv: string[], io: ValidateIo = consoleIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" }, help: { type: "boolean" } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(VALIDATE_USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.err(`${parsed.positionals.length === 0 ? "Name the file to validate." : "Validate one file at a time."}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  const file = parsed.positionals[0]!;
  let report: ValidationReport;
  try {
    report = await validateFile(file);
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  if (parsed.values.json) {
    io.out(JSON.stringify(report));
  } else {
    for (const line of summarize(file, report)) io.out(line);
  }
  return report.valid ? 0 : 1;
}

const FORMAT_NAMES = { csv_tall: "tall CSV", csv_wide: "wide CSV", json: "JSON" } as const;

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

function where(issue: Issue): string {
  const parts: string[] = [];
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column !== undefined) parts.push(`column "${issue.column}"`);
  if (issue.path !== undefined) parts.push(issue.path);
  return parts.length ? `${parts.join(", ")}: ` : "";
}

/** Issues grouped by rule, in order of first appearance. */
function byRule(issues: Issue[]): Map<string, Issue[]> {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.rule);
    if (list) list.push(issue);
    else groups.set(issue.rule, [issue]);
  }
  return groups;
}

function section(title: string, issues: Issue[], counts: Record<string, number> | null): string[] {
  const lines = ["", title];
  for (const [rule, list] of byRule(issues)) {
    const total = counts?.[rule] ?? list.length;
    const info = (RULES as Record<string, RuleInfo>)[rule];
    lines.push(`  ${rule} (${total.toLocaleString("en-US")})${info ? ` — ${info.title}` : ""}`);
    for (const issue of list.slice(0, SHOWN_PER_RULE)) lines.push(`    ${where(issue)}${issue.message}`);
    if (total > SHOWN_PER_RULE) lines.push(`    … and ${(total - SHOWN_PER_RULE).toLocaleString("en-US")} more`);
  }
  return lines;
}

export function summarize(file: string, report: ValidationReport): string[] {
  const errorTotal = Object.values(report.errorCounts).reduce((a, b) => a + b, 0);
  const lines = [
    `${report.valid ? "VALID" : "INVALID"}  ${file}`,
    `  ${[
      report.version ? `CMS template ${report.version}` : "version unknown",
      report.format ? FORMAT_NAMES[report.format] : "layout unknown",
      plural(report.rows, report.format === "json" ? "item" : "row"),
    ].join(" · ")}`,
    `  ${plural(errorTotal, "error")}${errorTotal ? ` (${plural(Object.keys(report.errorCounts).length, "rule")})` : ""}, ${plural(report.alerts.length, "alert")}`,
  ];
  if (report.errors.length) lines.push(...section("Errors", report.errors, report.errorCounts));
  if (report.alerts.length) lines.push(...section("Alerts (these alone do not make a file invalid)", report.alerts, null));
  const headerOnly = report.errors.length > 0 && report.errors.every((e) => (e.row ?? 0) <= 3 && e.path === undefined);
  if (headerOnly && report.format !== "json" && report.rows > 0) {
    lines.push("", "Rows below row 3 were not checked because rows 1–3 have errors; fix those first.");
  }
  return lines;
}
