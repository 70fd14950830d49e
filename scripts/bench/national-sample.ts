// National sample for the search benchmark (bench:search): hundreds of fictional
// hospitals over every state, each a CMS v3.0.0 file written by the project's
// own generator (lib/mrf/generator: its catalog, pricing, synthetic chargemaster
// lines and the tall CSV, wide CSV and JSON writers).
//
// What differs from the demo set is only the document each writer is given:
// the hospital (search-hospitals.ts: real ZIP codes and cities), its payers
// and plans (5–20 from a national list, search-payers.ts), its wording of the
// services (search-descriptions.ts) and its size. Charge rows (tall-CSV rows:
// one payer's rate for an item in a setting) are shared out by hospital size so
// that the whole sample holds at least `rows` of them. Deterministic from the seed.
//
//   npx tsx scripts/bench/national-sample.ts --out DIR [--seed 1] [--hospitals 520] [--rows 5000000] [--first N]
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { assembleDocument, offeredEntries } from "../../lib/mrf/generator/document";
import { slugify } from "../../lib/mrf/generator/format";
import type { GeneratedFile } from "../../lib/mrf/generator/generate";
import { writeJson } from "../../lib/mrf/generator/json";
import type { PlanContract, PricingContext } from "../../lib/mrf/generator/pricing";
import { Rng } from "../../lib/mrf/generator/prng";
import { FileSink } from "../../lib/mrf/generator/sink";
import { writeTallCsv } from "../../lib/mrf/generator/tall-csv";
import type { MrfDocument, WriteStats } from "../../lib/mrf/generator/types";
import { writeWideCsv } from "../../lib/mrf/generator/wide-csv";
import { describedBy, houseStyle } from "./search-descriptions";
import { nationalHospitals, type NationalHospital } from "./search-hospitals";
import { BENCH_PAYERS } from "./search-payers";

/** Bumped whenever the sample's content changes, so a cached database is rebuilt. */
export const SAMPLE_VERSION = 1;

export interface SampleOptions {
  seed: number;
  hospitals: number;
  /** Charge rows (tall-CSV rows) the whole sample holds at least. */
  rows: number;
}

export const DEFAULT_SAMPLE: SampleOptions = { seed: 1, hospitals: 520, rows: 5_000_000 };

export interface PlannedFile {
  hospital: NationalHospital;
  /** The file holds at least this many charge rows (the generator stops at the first item past it). */
  targetRows: number;
  fileName: string;
}

export interface NationalSample extends SampleOptions {
  files: PlannedFile[];
}

function fileName(h: NationalHospital): string {
  return `${h.ein}_${slugify(h.name)}-${h.state.toLowerCase()}_standardcharges.${h.format === "json" ? "json" : "csv"}`;
}

/** The roster and each hospital's share of the rows. Pure: no file is written. */
export function planNationalSample(options: SampleOptions): NationalSample {
  const { seed, hospitals: count, rows } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`hospitals must be a positive integer, got ${count}`);
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`rows must be a positive integer, got ${rows}`);
  const hospitals = nationalHospitals(seed, count);
  const totalSize = hospitals.reduce((n, h) => n + h.size, 0);
  const files = hospitals.map((hospital) => ({
    hospital,
    targetRows: Math.max(1, Math.ceil((rows * hospital.size) / totalSize)),
    fileName: fileName(hospital),
  }));
  return { ...options, files };
}

/** The payer/plan pairs a hospital publishes: payers from the national list in a seeded order, 1–3 plans each. */
export function contractedPlans(h: NationalHospital, seed: number): PlanContract[] {
  const rng = Rng.from("bench-search", seed, h.id, "payers");
  const plans: PlanContract[] = [];
  for (const payer of rng.shuffle(BENCH_PAYERS)) {
    if (plans.length >= h.planCount) break;
    const take = Math.min(rng.int(1, Math.min(3, payer.plans.length)), h.planCount - plans.length);
    for (const plan of rng.sample(payer.plans, take)) {
      const prng = Rng.from(seed, h.id, "plan", payer.name, plan.name);
      plans.push({ payerName: payer.name, planName: plan.name, factor: prng.range(plan.factor[0], plan.factor[1]) });
    }
  }
  return plans;
}

/** One hospital's document, in the generator's model, scaled to about targetRows charge rows. */
export function buildNationalDocument(h: NationalHospital, seed: number, targetRows: number): MrfDocument {
  const rng = Rng.from(seed, h.id, "hospital");
  const ctx: PricingContext = {
    seed,
    hospital: h,
    plans: contractedPlans(h, seed),
    priceIndex: h.priceIndex * rng.range(0.92, 1.08),
    cashRatio: rng.range(0.45, 0.72),
  };
  const style = houseStyle(h.id);
  return assembleDocument(ctx, offeredEntries(h).map((entry) => describedBy(entry, h.id, style)), {
    // Distinct CDM number range per hospital: "1000" + index, then a 7-digit line number.
    cdmPrefix: String(1000 + h.index),
    targetRows,
    financialAidPolicy: `https://www.${slugify(h.name)}-${h.state.toLowerCase()}.example/financial-assistance`,
  });
}

/** Writes one planned file into dir with the generator's writer for the hospital's format. */
export async function writePlannedFile(file: PlannedFile, seed: number, dir: string): Promise<GeneratedFile> {
  const doc = buildNationalDocument(file.hospital, seed, file.targetRows);
  const path = join(dir, file.fileName);
  const sink = await FileSink.open(path);
  let stats: WriteStats;
  try {
    const format = file.hospital.format;
    stats = format === "csv_tall" ? await writeTallCsv(doc, sink) : format === "csv_wide" ? await writeWideCsv(doc, sink) : await writeJson(doc, sink);
  } catch (err) {
    await sink.abort();
    throw err;
  }
  const bytes = await sink.close();
  return { path, bytes, ...stats };
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      seed: { type: "string", default: String(DEFAULT_SAMPLE.seed) },
      hospitals: { type: "string", default: String(DEFAULT_SAMPLE.hospitals) },
      rows: { type: "string", default: String(DEFAULT_SAMPLE.rows) },
      first: { type: "string" },
    },
  });
  if (!values.out) {
    console.error("usage: tsx scripts/bench/national-sample.ts --out DIR [--seed 1] [--hospitals 520] [--rows 5000000] [--first N]");
    process.exit(2);
  }
  const sample = planNationalSample({ seed: Number(values.seed), hospitals: Number(values.hospitals), rows: Number(values.rows) });
  const files = values.first ? sample.files.slice(0, Number(values.first)) : sample.files;
  let rows = 0;
  let bytes = 0;
  const started = performance.now();
  for (const f of files) {
    const written = await writePlannedFile(f, sample.seed, values.out);
    rows += written.rows;
    bytes += written.bytes;
  }
  const states = new Set(files.map((f) => f.hospital.state)).size;
  console.log(JSON.stringify({ files: files.length, states, rows, bytes, ms: Math.round(performance.now() - started) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
