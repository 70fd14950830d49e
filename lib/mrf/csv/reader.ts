// Streams a CMS CSV (tall or wide) into a header and ChargeRecords, a chunk at
// a time, so memory stays flat whatever the file size. Every row is checked by
// the CMS-rule validator in the same pass: strict reads stop at the first error,
// lenient reads set the row aside with its reasons and go on.
import type { Readable } from "node:stream";
import { errorIssue, errorsOf, issueError, rawText, type ReadMode, type RejectedRow } from "../issues";
import { MrfError, type ChargeRecord, type MrfHeader } from "../types";
import { createCsvValidator, type CsvValidator } from "../validate/csv";
import { CsvQuirks } from "../validate/csv-quirks";
import type { Issue } from "../validate/types";
import { readColumnLayout, toChargeRecord, type ColumnLayout } from "./columns";
import { parseGeneralHeader } from "./headers";
import { csvRowBatches } from "./rows";
import { CsvLimitError } from "./tokenizer";

export type CsvMrfEvent =
  | { type: "header"; header: MrfHeader; layout: ColumnLayout }
  | { type: "record"; record: ChargeRecord }
  | ({ type: "rejected" } & RejectedRow)
  | { type: "issues"; issues: readonly Issue[] };

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * Streams the file's events, one array per chunk read: one await per chunk, not
 * per row, keeps the async overhead off the hot path of files with millions of rows.
 */
export async function* readCsvMrf(input: Readable, file?: string, mode: ReadMode = "strict"): AsyncGenerator<CsvMrfEvent[]> {
  let row = 0;
  let generalNames: string[] = [];
  let generalValues: string[] = [];
  let layout: ColumnLayout | undefined;
  let layoutColumns: string[] | undefined;
  let validator: CsvValidator | undefined;
  let out: CsvMrfEvent[] = [];
  const quirks = new CsvQuirks();

  /** Errors in strict mode end the read; in lenient mode they are reported. */
  function report(issues: readonly Issue[]): void {
    if (issues.length === 0) return;
    const errors = errorsOf(issues);
    if (mode === "strict" && errors.length) throw issueError(errors[0]!, file);
    out.push({ type: "issues", issues });
  }

  function reject(cells: string[], issues: Issue[]): void {
    out.push({ type: "rejected", row, raw: rawText(cells.join(",")), issues });
  }

  try {
    for await (const batch of csvRowBatches(input, undefined, quirks.note)) {
      for (const cells of batch) {
        row++;
        if (row === 1) {
          generalNames = cells;
          continue;
        }
        if (row === 2) {
          generalValues = cells;
          continue;
        }
        if (row === 3) {
          validator = createCsvValidator({ file, row1: generalNames, row2: generalValues, row3: cells });
          report(validator.headerIssues());
          report(quirks.take(3));
          // Even leniently, a file needs a readable header to be loaded at all.
          const header = parseGeneralHeader(generalNames, generalValues, file);
          layout = readColumnLayout(cells, file);
          layoutColumns = cells;
          out.push({ type: "header", header, layout });
          continue;
        }
        let issues = validator!.checkRow(cells, row);
        const quirky = quirks.take(row, layoutColumns);
        if (quirky.length) {
          // A lone CR is about the file, not this row: its cells were read as meant.
          report(quirky.filter((q) => q.rule === "csv.line_ending_cr"));
          issues = [...quirky.filter((q) => q.rule !== "csv.line_ending_cr"), ...issues];
        }
        if (isBlank(cells)) continue;
        const errors = issues.length ? errorsOf(issues) : issues;
        if (errors.length) {
          if (mode === "strict") throw issueError(errors[0]!, file);
          reject(cells, [...issues]);
          continue;
        }
        if (issues.length) out.push({ type: "issues", issues });
        let record: ChargeRecord;
        try {
          record = toChargeRecord(layout!, cells, row);
        } catch (error) {
          if (!(error instanceof MrfError)) throw error;
          if (mode === "strict") throw new MrfError(error.message, { ...error.location, file });
          reject(cells, [errorIssue(error)]);
          continue;
        }
        out.push({ type: "record", record });
      }
      if (out.length) {
        yield out;
        out = [];
      }
    }
  } catch (error) {
    if (error instanceof CsvLimitError) throw new MrfError(error.message, { file, row: error.row });
    throw error;
  }
  if (row < 3) {
    // A missing general header explains more than "too short" does.
    if (row >= 1) parseGeneralHeader(generalNames, generalValues, file);
    throw new MrfError(
      row === 0 ? "the file is empty" : "the file ends before row 3 (the column headers)",
      { file, row: row + 1 },
    );
  }
  report(quirks.take());
  report(validator!.finish());
  if (out.length) yield out;
}
