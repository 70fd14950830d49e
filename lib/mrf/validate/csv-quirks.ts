// CSV text that CMS's validator reads differently from this project's tokenizer
// (lib/mrf/csv/tokenizer.ts, CsvQuirk), as errors: CMS would not accept the file,
// so neither does validation, while a lenient ingest still loads what it read.
import type { CsvQuirk } from "../csv/tokenizer";
import { csvIssue } from "./issues";
import type { Issue } from "./types";

const NONE: readonly Issue[] = [];

function quirkIssue(quirk: CsvQuirk, columns: readonly string[] | undefined): Issue {
  const row = quirk.record;
  if (quirk.kind === "lone_cr") {
    return csvIssue(
      "csv.line_ending_cr",
      `Row ${row} ends with a carriage return alone (old Mac line endings). CMS's validator breaks rows only at line feeds, so it reads this file as one long row. Save the file with LF or CRLF line endings.`,
      row,
    );
  }
  const column = columns?.[quirk.field - 1]?.trim() || `column ${quirk.field}`;
  return csvIssue(
    "csv.quote_invalid",
    `Row ${row}, ${column}: text follows the closing quote of a quoted field. Put the whole value in quotes, doubling any quote inside it, or leave it unquoted; CMS's validator reads such a row on into the rows after it.`,
    row,
    columns?.[quirk.field - 1],
  );
}

/** The quirks the tokenizer tells of, held until the reader reaches their rows. */
export class CsvQuirks {
  private pending: CsvQuirk[] = [];
  readonly note = (quirk: CsvQuirk): void => {
    this.pending.push(quirk);
  };

  /** Issues for the quirks of records up to `row` (all when omitted), naming columns from row 3's headers. */
  take(row = Infinity, columns?: readonly string[]): readonly Issue[] {
    if (this.pending.length === 0 || this.pending[0]!.record > row) return NONE;
    const due = this.pending.filter((q) => q.record <= row);
    this.pending = this.pending.filter((q) => q.record > row);
    return due.map((q) => quirkIssue(q, q.record > 3 ? columns : undefined));
  }
}
