// Runs CMS's own validator (@cmsgov/hpt-validator 2.4.0) on a file, keeping
// the class name of each error: CSV errors are one class per rule
// (RequiredValueError, DollarNeedsMinMaxError, …); JSON errors are all plain
// ValidationErrors carrying an ajv message and a JSON pointer.
import "../support/cms-time-zone";
import { createReadStream } from "node:fs";
import { validateCsv, validateJson } from "@cmsgov/hpt-validator";

export interface CmsFinding {
  /** Error class name, e.g. "RequiredValueError". */
  kind: string;
  /** CSV cell ("F12", "row 3") or JSON pointer ("/standard_charge_information/0/description"). */
  path: string;
  message: string;
}

export interface CmsResult {
  valid: boolean;
  errors: CmsFinding[];
  alerts: CmsFinding[];
}

const finding = (e: { path: string; message: string }): CmsFinding => ({
  kind: (e as object).constructor.name,
  path: e.path,
  message: e.message,
});

export async function runCms(file: string, format: "csv" | "json", version: string): Promise<CmsResult> {
  const stream = createReadStream(file, { encoding: "utf8" });
  try {
    const result = format === "json" ? await validateJson(stream, version) : await validateCsv(stream, version);
    return { valid: result.valid, errors: result.errors.map(finding), alerts: result.alerts.map(finding) };
  } catch (error) {
    // The JSON validator throws for a version it has no schema for.
    return { valid: false, errors: [{ kind: "UnsupportedVersion", path: "", message: (error as Error).message }], alerts: [] };
  } finally {
    stream.destroy();
  }
}

/** The 1-based row of a CSV finding ("F12" → 12, "row 3" → 3). */
export function cmsRow(path: string): number | undefined {
  const m = /(\d+)$/.exec(path);
  return m ? Number(m[1]) : undefined;
}
