// Validation issues as they travel with the records of a file being read.
import { isAlert, type Issue } from "./validate/types";
import { MrfError } from "./types";
import { shorten } from "./values";

export type ReadMode = "strict" | "lenient";

/** A row set aside in lenient mode: why, and the row as published (truncated). */
export interface RejectedRow {
  row: number;
  raw: string;
  issues: Issue[];
}

const MAX_RAW = 10_000;
/** Messages quote values from the file; a hostile value must not make them huge. */
export const MAX_MESSAGE = 500;

export function rawText(value: string): string {
  return value.length > MAX_RAW ? `${value.slice(0, MAX_RAW)}…` : value;
}

export function errorsOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => !isAlert(i));
}

/** The error a strict read stops at, located like the validator located it. */
export function issueError(issue: Issue, file: string | undefined): MrfError {
  return new MrfError(`${shorten(issue.message, MAX_MESSAGE)} [${issue.rule}]`, {
    file,
    row: issue.row,
    column: issue.column,
    path: issue.path,
  });
}

/** An MrfError raised while normalizing a row the validator let through, as an issue. */
export function errorIssue(error: MrfError): Issue {
  const { row, column, path } = error.location;
  return { rule: "value.invalid", message: error.message, ...(row !== undefined && { row }), ...(column !== undefined && { column }), ...(path !== undefined && { path }) };
}
