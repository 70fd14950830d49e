// Small constructors so every module builds Issues the same way.
import type { RuleId } from "./rules";
import type { Issue } from "./types";

export function csvIssue(rule: RuleId, message: string, row: number, column?: string): Issue {
  return column === undefined || column === "" ? { rule, message, row } : { rule, message, row, column };
}

export function jsonIssue(rule: RuleId, message: string, path: string): Issue {
  return { rule, message, path };
}

/** Quotes a value for a message, shortening long ones so one bad cell can't flood a report. */
export function quote(value: string): string {
  const v = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(v);
}
