// File-level generation: one hospital's MRF, or the whole demo set.

import { join } from "node:path";
import { isIsoDate } from "./cms";
import { buildDocument } from "./document";
import { slugify } from "./format";
import { DEMO_HOSPITALS, type DemoHospital } from "./hospitals";
import { writeJson } from "./json";
import { FileSink } from "./sink";
import { writeTallCsv } from "./tall-csv";
import type { MrfDocument, MrfFormat, WriteStats } from "./types";
import { writeWideCsv } from "./wide-csv";

export const MRF_FORMATS: readonly MrfFormat[] = ["csv_tall", "csv_wide", "json"];
export const DEFAULT_SEED = 1;

export interface GenerateMrfFileOptions {
  path: string;
  format: MrfFormat;
  seed?: number;
  /** Which demo hospital (0-based index into DEMO_HOSPITALS); default 0. */
  hospitalIndex?: number;
  /** Scale to about this many charge rows (tall-CSV rows). Default: the hospital's catalog only. */
  targetRows?: number;
  /** MRF date (YYYY-MM-DD); default 2026-10-01. */
  lastUpdatedOn?: string;
}

export interface GeneratedFile extends WriteStats {
  path: string;
  bytes: number;
}

export interface DemoFile extends GeneratedFile {
  format: MrfFormat;
  hospitalName: string;
  state: string;
}

export interface GenerateDemoSetOptions {
  outDir: string;
  seed?: number;
  /** Write every hospital in all three formats instead of its assigned one. */
  allFormats?: boolean;
  lastUpdatedOn?: string;
}

/**
 * CMS suggests "<ein>_<hospital-name>_standardcharges.<ext>". With several
 * formats per hospital the CSV names would collide, so a format suffix is added
 * to the name part (still matching the CMS file-name pattern).
 */
export function demoFileName(hospital: DemoHospital, format: MrfFormat, withFormatSuffix = false): string {
  const suffix = withFormatSuffix ? `-${format === "csv_tall" ? "tall" : format === "csv_wide" ? "wide" : "json"}` : "";
  const ext = format === "json" ? "json" : "csv";
  return `${hospital.ein}_${slugify(hospital.name)}${suffix}_standardcharges.${ext}`;
}

function checkOptions(o: { seed?: number; targetRows?: number; lastUpdatedOn?: string; hospitalIndex?: number; format?: string }): void {
  if (o.seed !== undefined && !(Number.isInteger(o.seed) && o.seed >= 0 && o.seed <= 0xffffffff)) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${o.seed}`);
  }
  if (o.targetRows !== undefined && !(Number.isInteger(o.targetRows) && o.targetRows > 0)) {
    throw new RangeError(`targetRows must be a positive integer, got ${o.targetRows}`);
  }
  if (o.lastUpdatedOn !== undefined && !isIsoDate(o.lastUpdatedOn)) {
    throw new RangeError(`lastUpdatedOn must be a date as YYYY-MM-DD, got ${o.lastUpdatedOn}`);
  }
  if (o.hospitalIndex !== undefined && !(Number.isInteger(o.hospitalIndex) && o.hospitalIndex >= 0 && o.hospitalIndex < DEMO_HOSPITALS.length)) {
    throw new RangeError(`hospitalIndex must be an integer from 0 to ${DEMO_HOSPITALS.length - 1}, got ${o.hospitalIndex}`);
  }
  if (o.format !== undefined && !MRF_FORMATS.includes(o.format as MrfFormat)) {
    throw new RangeError(`format must be one of ${MRF_FORMATS.join(", ")}, got ${o.format}`);
  }
}

async function writeDocument(doc: MrfDocument, format: MrfFormat, path: string): Promise<GeneratedFile> {
  const sink = await FileSink.open(path);
  let stats: WriteStats;
  try {
    stats =
      format === "csv_tall" ? await writeTallCsv(doc, sink) : format === "csv_wide" ? await writeWideCsv(doc, sink) : await writeJson(doc, sink);
  } catch (err) {
    await sink.abort();
    throw err;
  }
  const bytes = await sink.close();
  return { path, bytes, ...stats };
}

/** Writes one hospital's file, optionally scaled to about targetRows charge rows. */
export async function generateMrfFile(options: GenerateMrfFileOptions): Promise<GeneratedFile & { hospitalName: string; state: string }> {
  checkOptions(options);
  const hospital = DEMO_HOSPITALS[options.hospitalIndex ?? 0] as DemoHospital;
  const doc = buildDocument({
    hospital,
    seed: options.seed ?? DEFAULT_SEED,
    lastUpdatedOn: options.lastUpdatedOn,
    targetRows: options.targetRows,
  });
  const written = await writeDocument(doc, options.format, options.path);
  return { ...written, hospitalName: hospital.name, state: hospital.state };
}

/** Writes the demo set: each hospital in its assigned format, or in all three. */
export async function generateDemoSet(options: GenerateDemoSetOptions): Promise<DemoFile[]> {
  checkOptions(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const files: DemoFile[] = [];
  // Sequential on purpose: the files are small and the order of the result is stable.
  for (const hospital of DEMO_HOSPITALS) {
    const formats = options.allFormats ? MRF_FORMATS : [hospital.format];
    for (const format of formats) {
      const doc = buildDocument({ hospital, seed, lastUpdatedOn: options.lastUpdatedOn });
      const path = join(options.outDir, demoFileName(hospital, format, options.allFormats === true));
      const written = await writeDocument(doc, format, path);
      files.push({ ...written, format, hospitalName: hospital.name, state: hospital.state });
    }
  }
  return files;
}
