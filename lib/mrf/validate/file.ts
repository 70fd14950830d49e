// validateFile: one standalone streaming pass over a file on disk. CSV or JSON
// is told from the content, the version from the file itself; memory stays
// flat whatever the size.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { JsonScanner, type JsonScanHandlers } from "../json/scanner";
import { READ_CHUNK_BYTES, csvRowBatches } from "../csv/rows";
import { CsvQuirks } from "./csv-quirks";
import { CsvLimitError } from "../csv/tokenizer";
import { detectFileKind } from "../detect";
import { createCsvValidator } from "./csv";
import { csvIssue, jsonIssue } from "./issues";
import { createJsonValidator } from "./json";
import { ReportBuilder } from "./report";
import type { ValidationReport } from "./types";

const CHUNK = READ_CHUNK_BYTES;
const ITEMS = "standard_charge_information";
/** Top-level attributes any supported version's schema describes. */
const ATTRIBUTES = [
  "hospital_name",
  "last_updated_on",
  "version",
  "hospital_address",
  "license_information",
  "location_name",
  "type_2_npi",
  "attestation",
  "hospital_location",
  "affirmation",
  "modifier_information",
];
const ATTRIBUTE_SET = new Set(ATTRIBUTES);

/** The file could not be read at all (missing, a directory, no permission, I/O error). */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
    const hint = reason === "ENOENT" ? "no such file" : reason === "EISDIR" ? "it is a directory" : reason === "EACCES" ? "permission denied" : reason;
    super(`Cannot read ${file}: ${hint}`, { cause });
    this.name = "UnreadableFileError";
  }
}

/** Validates the CMS price file at `path`. Throws UnreadableFileError only when it cannot be read. */
export async function validateFile(path: string): Promise<ValidationReport> {
  let kind: "csv" | "json";
  try {
    if (!(await stat(path)).isFile()) throw Object.assign(new Error("not a file"), { code: "EISDIR" });
    kind = await detectFileKind(path);
  } catch (error) {
    throw new UnreadableFileError(path, error);
  }
  try {
    return kind === "json" ? await validateJsonFile(path) : await validateCsvFile(path);
  } catch (error) {
    // Parse problems are report errors already; an errno here is the file system failing us.
    if (typeof (error as NodeJS.ErrnoException).code === "string") throw new UnreadableFileError(path, error);
    throw error;
  }
}

function isBlankRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== "") return false;
  return true;
}

async function validateCsvFile(path: string): Promise<ValidationReport> {
  const report = new ReportBuilder();
  const head: string[][] = [];
  let validator: ReturnType<typeof createCsvValidator> | null = null;
  let record = 0;
  let rows = 0;
  const quirks = new CsvQuirks();
  try {
    // One await per chunk of records, not per record: this loop sees every row of the file.
    read: for await (const batch of csvRowBatches(createReadStream(path, { highWaterMark: CHUNK }), undefined, quirks.note)) {
      for (let b = 0; b < batch.length; b++) {
        const cells = batch[b]!;
        record++;
        if (record <= 3) {
          head.push(cells);
          if (record === 3 || (record === 1 && isBlankRecord(cells))) {
            validator = createCsvValidator({ file: path, row1: head[0], row2: head[1], row3: head[2] });
            report.add(validator.headerIssues());
            if (record === 1) break read; // a blank row 1: nothing below can be read as CMS data
          }
          continue;
        }
        const issues = validator!.checkRow(cells, record);
        if (issues.length > 0) report.add(issues);
        const quirky = quirks.take(record, head[2]);
        if (quirky.length > 0) report.add(quirky);
        if (!isBlankRecord(cells)) rows++;
      }
    }
  } catch (error) {
    if (!(error instanceof CsvLimitError)) throw error;
    report.add([csvIssue("csv.limit_exceeded", `${error.message}. The file cannot be read as a CMS CSV file past this point.`, error.row)]);
  }
  if (!validator) {
    validator = createCsvValidator({ file: path, row1: head[0], row2: head[1], row3: head[2] });
    report.add(validator.headerIssues());
  }
  report.add(quirks.take(Infinity, head[2]));
  report.add(validator.finish());
  return report.build({ version: validator.version, format: validator.format, rows });
}

/** Reads only the top-level "version" (for files that put it after the items). */
async function readJsonVersion(path: string): Promise<{ value: unknown } | null> {
  let version: { value: unknown } | null = null;
  const scanner = new JsonScanner(
    { onField: (key, value) => (key === "version" ? (version = { value }) : undefined) },
    { itemsKey: ITEMS, parseItems: false },
  );
  try {
    await feed(path, scanner, () => false);
  } catch {
    // Syntax errors are reported by the main pass.
  }
  return version;
}

/**
 * Streams the file into the scanner until it ends or `stop()` says so (the
 * scanner strips a UTF-8 BOM). Returns whether non-blank text followed the root
 * value, which CMS's validator ignores (its parser stops at the end of the document).
 */
async function feed(path: string, scanner: JsonScanner, stop: () => boolean): Promise<{ trailing: boolean }> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      scanner.write(chunk);
      if (scanner.trailing) return { trailing: true };
      if (stop()) return { trailing: false };
    }
    scanner.end();
  } finally {
    stream.destroy();
  }
  return { trailing: scanner.trailing };
}

async function validateJsonFile(path: string): Promise<ValidationReport> {
  // knownVersion: undefined on the first pass; on a second pass, what a
  // version-only pre-read found (null when the file has no version at all).
  const run = async (knownVersion: { value: unknown } | null | undefined) => {
    const report = new ReportBuilder();
    const validator = createJsonValidator();
    const fields: Record<string, unknown> = {};
    let headerChecked = false;
    let versionLate = false;
    let rows = 0;
    // Only the attributes the schemas describe, and the items one by one.
    const handlers: JsonScanHandlers = {
      onField: (key, value) => {
        if (!versionLate && ATTRIBUTE_SET.has(key)) fields[key] = value;
      },
      onItem: (value, key) => {
        if (versionLate) return;
        if (!headerChecked) {
          if (!("version" in fields) && knownVersion === undefined) {
            // The rules depend on the version, which this file puts after the items.
            versionLate = true;
            return;
          }
          headerChecked = true;
          report.add(validator.checkHeader(knownVersion ? { ...fields, version: knownVersion.value } : fields));
        }
        rows++;
        const issues = validator.checkItem(value, key);
        if (issues.length > 0) report.add(issues);
      },
    };
    const scanner = new JsonScanner(handlers, { itemsKey: ITEMS });
    let trailing = false;
    try {
      ({ trailing } = await feed(path, scanner, () => versionLate));
    } catch (error) {
      if (!isParseError(error)) throw error;
      report.add([
        jsonIssue(
          "json.syntax",
          `The file is not well-formed JSON (${(error as Error).message}). Fix the syntax (e.g. a missing comma, bracket or quote, or a truncated file) so the file can be read.`,
          "$",
        ),
      ]);
      return { versionLate: false, report: report.build({ version: validator.version, format: "json", rows }) };
    }
    if (versionLate) return { versionLate, report: null };
    report.add(validator.finish(fields));
    if (trailing) {
      report.add([
        jsonIssue(
          "alert.json_trailing_data",
          "There is text after the end of the JSON document; it was ignored. Remove it so every JSON reader accepts the file.",
          "$",
        ),
      ]);
    }
    return { versionLate, report: report.build({ version: validator.version, format: "json", rows }) };
  };

  const first = await run(undefined);
  if (first.report) return first.report;
  const second = await run(await readJsonVersion(path));
  return second.report!;
}

/** Errors of malformed JSON (the scanner's, and JSON.parse's for a value). */
function isParseError(error: unknown): boolean {
  return error instanceof SyntaxError;
}
