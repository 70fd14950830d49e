// Streams a CMS CSV (tall or wide) into a header and ChargeRecords, one row at
// a time, so memory stays flat whatever the file size.
import type { Readable } from "node:stream";
import { MrfError, type ChargeRecord, type MrfHeader } from "../types";
import { readColumnLayout, toChargeRecord, type ColumnLayout } from "./columns";
import { parseGeneralHeader } from "./headers";
import { csvRows } from "./rows";

export type CsvMrfEvent =
  | { type: "header"; header: MrfHeader; layout: ColumnLayout }
  | { type: "record"; record: ChargeRecord };

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

export async function* readCsvMrf(input: Readable, file?: string): AsyncGenerator<CsvMrfEvent> {
  let row = 0;
  let generalNames: string[] = [];
  let generalValues: string[] = [];
  let layout: ColumnLayout | undefined;
  for await (const cells of csvRows(input)) {
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
      const header = parseGeneralHeader(generalNames, generalValues, file);
      layout = readColumnLayout(cells, file);
      yield { type: "header", header, layout };
      continue;
    }
    if (isBlank(cells)) continue;
    try {
      yield { type: "record", record: toChargeRecord(layout!, cells, row) };
    } catch (error) {
      if (error instanceof MrfError) {
        throw new MrfError(error.message, { ...error.location, file });
      }
      throw error;
    }
  }
  if (row < 3) {
    // A missing general header explains more than "too short" does.
    if (row >= 1) parseGeneralHeader(generalNames, generalValues, file);
    throw new MrfError(
      row === 0 ? "the file is empty" : "the file ends before row 3 (the column headers)",
      { file, row: row + 1 },
    );
  }
}
