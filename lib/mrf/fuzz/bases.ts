// Valid CMS v3.0.0 files to mutate, from the demo generator, cached per process.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { CsvTokenizer } from "../csv/tokenizer";
import { generateMrfFile } from "../generator";
import type { BaseFormat } from "./mutators";

export interface BaseSpec {
  format: BaseFormat;
  hospitalIndex: number;
  /** Scale to about this many rows; undefined: the hospital's catalog only. */
  targetRows?: number;
}

const cache = new Map<string, Promise<Buffer>>();

/** The bytes of a generated valid file (written once under `dir`). */
export function baseFile(dir: string, spec: BaseSpec): Promise<Buffer> {
  const key = `${spec.format}-${spec.hospitalIndex}-${spec.targetRows ?? "catalog"}`;
  let bytes = cache.get(key);
  if (!bytes) {
    bytes = (async () => {
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `base-${key}.${spec.format === "json" ? "json" : "csv"}`);
      await generateMrfFile({ path: file, format: spec.format, seed: 1, hospitalIndex: spec.hospitalIndex, targetRows: spec.targetRows });
      return readFile(file);
    })();
    cache.set(key, bytes);
  }
  return bytes;
}

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(",");

/** A CSV base as records: rows 1–3 (the headers) and the data rows. */
export function csvRecords(bytes: Buffer): { head: string[][]; data: string[][] } {
  const tokenizer = new CsvTokenizer({ maxFieldLength: Number.MAX_SAFE_INTEGER, maxColumns: Number.MAX_SAFE_INTEGER });
  const rows = tokenizer.push(bytes.toString("utf8"));
  tokenizer.end(rows);
  return { head: rows.slice(0, 3), data: rows.slice(3) };
}

/** A JSON base cut into its top-level attributes (as JSON text) and its items. */
export function jsonParts(bytes: Buffer): { header: string; items: unknown[] } {
  const doc = JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
  const items = Array.isArray(doc.standard_charge_information) ? (doc.standard_charge_information as unknown[]) : [];
  const header = Object.entries(doc)
    .filter(([k]) => k !== "standard_charge_information")
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(",");
  return { header, items };
}
