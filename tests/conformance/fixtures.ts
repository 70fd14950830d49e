// Base files for the conformance suite: small valid files from the project's
// generator (CMS v3.0.0), and the same content rewritten to the v2 templates
// (2.0.0, 2.1.0, 2.2.0), plus helpers to edit CSV records and JSON documents.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import { generateMrfFile } from "../../lib/mrf/generator";
import { AFFIRMATION, ATTESTATION } from "../../lib/mrf/validate/constants";

export type Rows = string[][];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

export type BaseKey = "tall3" | "wide3" | "json3" | "tall22" | "wide22" | "json22" | "tall21" | "json21" | "tall20" | "wide20" | "json20";

export interface Base {
  format: "csv" | "json";
  /** The dictionary version the file follows (what CMS's validator is told). */
  version: string;
  rows?: Rows;
  doc?: Doc;
}

const canonical = (name: string) => name.split("|").map((p) => p.trim()).join("|").toLowerCase();

export function parseCsv(text: string): Rows {
  return Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: false }).data;
}

export function writeCsv(rows: Rows): string {
  return Papa.unparse(rows, { newline: "\n" });
}

// ---- CSV editing -------------------------------------------------------------

/** Index of a row-1 (general) header. */
export function generalIndex(rows: Rows, name: string): number {
  const i = rows[0]!.findIndex((h) => canonical(h) === canonical(name));
  if (i < 0) throw new Error(`no general header ${name}`);
  return i;
}

/** Index of a row-3 column. */
export function columnIndex(rows: Rows, name: string): number {
  const i = rows[2]!.findIndex((h) => canonical(h) === canonical(name));
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
}

export function setGeneral(rows: Rows, name: string, value: string): void {
  rows[1]![generalIndex(rows, name)] = value;
}

/** Index (into rows) of the first data row the predicate accepts. */
export function findRow(rows: Rows, predicate: (get: (name: string) => string) => boolean): number {
  for (let r = 3; r < rows.length; r++) {
    const row = rows[r]!;
    if (predicate((name) => row[columnIndex(rows, name)] ?? "")) return r;
  }
  throw new Error("no matching row");
}

export function setCell(rows: Rows, r: number, name: string, value: string): void {
  rows[r]![columnIndex(rows, name)] = value;
}

/** Removes a column from rows 1–2 ("general") or from row 3 and the data rows ("data"). */
export function dropColumn(rows: Rows, index: number, part: "general" | "data"): void {
  const range = part === "general" ? [0, 1] : rows.map((_, i) => i).slice(2);
  for (const r of range) rows[r]!.splice(index, 1);
}

// ---- v3 → v2 rewrites ------------------------------------------------------------

function csvToV2(rows: Rows, version: "2.0.0" | "2.1.0" | "2.2.0"): Rows {
  const out = rows.map((r) => r.slice());
  // General headers: v2 names and the affirmation statement.
  out[0]![generalIndex(out, "location_name")] = "hospital_location";
  out[0]![generalIndex(out, ATTESTATION)] = AFFIRMATION;
  for (const name of ["type_2_npi", "attester_name"]) dropColumn(out, generalIndex(out, name), "general");
  // The v2 templates all declare "2.0.0"; the v2.2 columns tell v2.2 files apart.
  setGeneral(out, "version", version === "2.1.0" ? "2.1.0" : "2.0.0");

  // Allowed amounts → the v2.2 estimated amount (wide: one per payer/plan).
  const header = out[2]!;
  for (let c = header.length - 1; c >= 0; c--) {
    const parts = header[c]!.split("|");
    const head = parts[0]!.toLowerCase();
    if (head === "median_amount") {
      header[c] = ["estimated_amount", ...parts.slice(1)].join("|");
    } else if (head === "10th_percentile" || head === "90th_percentile" || head === "count") {
      dropColumn(out, c, "data");
    }
  }
  // v2.2: a charge given only as a percentage or algorithm needs an estimate.
  const plans = out[2]!
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => h.toLowerCase().startsWith("estimated_amount"))
    .map(({ h, i }) => {
      const suffix = h.slice("estimated_amount".length);
      const at = (name: string) => out[2]!.findIndex((x) => canonical(x) === canonical(name));
      return suffix
        ? { est: i, dollar: at(`standard_charge${suffix}|negotiated_dollar`), pct: at(`standard_charge${suffix}|negotiated_percentage`), algo: at(`standard_charge${suffix}|negotiated_algorithm`) }
        : { est: i, dollar: at("standard_charge|negotiated_dollar"), pct: at("standard_charge|negotiated_percentage"), algo: at("standard_charge|negotiated_algorithm") };
    });
  const codeCol = columnIndex(out, "code|1");
  for (let r = 3; r < out.length; r++) {
    const row = out[r]!;
    if (row[codeCol] === "") continue; // modifier rows have no charge rules
    for (const p of plans) {
      if (!row[p.dollar] && (row[p.pct] || row[p.algo]) && !row[p.est]) row[p.est] = "100.00";
    }
  }
  if (version === "2.2.0") return out;

  // v2.0/2.1 have no modifier rows and no drug, modifier or estimate columns.
  const kept = out.filter((row, r) => r < 3 || row[codeCol] !== "");
  for (let c = kept[2]!.length - 1; c >= 0; c--) {
    const name = canonical(kept[2]![c]!);
    if (name === "drug_unit_of_measurement" || name === "drug_type_of_measurement" || name === "modifiers" || name.startsWith("estimated_amount")) {
      dropColumn(kept, c, "data");
    }
  }
  return kept;
}

function jsonToV2(doc: Doc, version: "2.0.0" | "2.1.0" | "2.2.0"): Doc {
  const out = structuredClone(doc);
  out.version = version;
  out.hospital_location = out.location_name;
  delete out.location_name;
  delete out.type_2_npi;
  out.affirmation = { affirmation: AFFIRMATION, confirm_affirmation: out.attestation.confirm_attestation };
  delete out.attestation;
  for (const item of out.standard_charge_information) {
    if (item.drug_information) item.drug_information.unit = String(item.drug_information.unit);
    for (const charge of item.standard_charges) {
      for (const payer of charge.payers_information ?? []) {
        const median = payer.median_amount;
        for (const key of ["median_amount", "10th_percentile", "90th_percentile", "count"]) delete payer[key];
        if (payer.standard_charge_dollar === undefined && (payer.standard_charge_percentage !== undefined || payer.standard_charge_algorithm !== undefined)) {
          payer.estimated_amount = median ?? 100;
        }
      }
    }
  }
  return out;
}

// ---- generation --------------------------------------------------------------

/** Generates the v3 files once into `dir` and derives every base from them. */
export async function makeBases(dir: string, targetRows = 150): Promise<Record<BaseKey, Base>> {
  const read = async (format: "csv_tall" | "csv_wide" | "json") => {
    const path = join(dir, `base-${format}.${format === "json" ? "json" : "csv"}`);
    await generateMrfFile({ path, format, targetRows, seed: 7 });
    return readFile(path, "utf8");
  };
  const tall = parseCsv(await read("csv_tall"));
  const wide = parseCsv(await read("csv_wide"));
  const json = JSON.parse(await read("json"));
  return {
    tall3: { format: "csv", version: "3.0.0", rows: tall },
    wide3: { format: "csv", version: "3.0.0", rows: wide },
    json3: { format: "json", version: "3.0.0", doc: json },
    tall22: { format: "csv", version: "2.2.0", rows: csvToV2(tall, "2.2.0") },
    wide22: { format: "csv", version: "2.2.0", rows: csvToV2(wide, "2.2.0") },
    json22: { format: "json", version: "2.2.0", doc: jsonToV2(json, "2.2.0") },
    tall21: { format: "csv", version: "2.1.0", rows: csvToV2(tall, "2.1.0") },
    json21: { format: "json", version: "2.1.0", doc: jsonToV2(json, "2.1.0") },
    tall20: { format: "csv", version: "2.0.0", rows: csvToV2(tall, "2.0.0") },
    wide20: { format: "csv", version: "2.0.0", rows: csvToV2(wide, "2.0.0") },
    json20: { format: "json", version: "2.0.0", doc: jsonToV2(json, "2.0.0") },
  };
}
