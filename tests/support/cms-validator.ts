// Runs CMS's own validator (@cmsgov/hpt-validator) on a file on disk.
//
// The package exposes validateCsv(stream, version) and validateJson(stream,
// version); both take a Node readable stream and resolve to
// { valid, errors, alerts }. CSV errors carry a cell path such as "H12";
// JSON errors carry a JSON pointer. We read as UTF-8 text so multi-byte
// characters are never split across chunks.

import "./cms-time-zone";
import { createReadStream } from "node:fs";
import { validateCsv, validateJson } from "@cmsgov/hpt-validator";

export interface CmsIssue {
  path: string;
  field?: string;
  message: string;
}

export interface CmsValidation {
  valid: boolean;
  errors: CmsIssue[];
  alerts: CmsIssue[];
}

export async function validateWithCms(
  filePath: string,
  options: { version?: string; maxErrors?: number; format?: "csv" | "json" } = {},
): Promise<CmsValidation> {
  const version = options.version ?? "3.0.0";
  const format = options.format ?? (filePath.toLowerCase().endsWith(".json") ? "json" : "csv");
  const stream = createReadStream(filePath, { encoding: "utf8" });
  try {
    const result =
      format === "json"
        ? await validateJson(stream, version, { maxErrors: options.maxErrors })
        : await validateCsv(stream, version, { maxErrors: options.maxErrors });
    const plain = (e: { path: string; field?: string; message: string }): CmsIssue =>
      e.field === undefined ? { path: e.path, message: e.message } : { path: e.path, field: e.field, message: e.message };
    return { valid: result.valid, errors: result.errors.map(plain), alerts: result.alerts.map(plain) };
  } finally {
    // The CSV validator aborts the parser early on header errors; don't leak the file handle.
    stream.destroy();
  }
}
