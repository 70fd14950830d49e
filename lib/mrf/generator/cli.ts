// `priceline generate`: command-line front end of the demo-file generator.
// bin/priceline.ts passes the arguments after "generate" and exits with the
// returned code (0 ok, 1 generation failed, 2 bad usage).

import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_LAST_UPDATED_ON, isIsoDate } from "./cms";
import { DEFAULT_SEED, demoFileName, generateDemoSet, generateMrfFile, type GeneratedFile } from "./generate";
import { DEMO_HOSPITALS, type DemoHospital } from "./hospitals";
import type { MrfFormat } from "./types";

export const DEFAULT_OUT_DIR = ".data/demo";

export const GENERATE_USAGE = `Usage: priceline generate [options]

Writes fictional CMS Hospital Price Transparency v3.0.0 machine-readable files
for the demo hospitals. Output is deterministic: the same options always
produce the same bytes.

Demo set (default): one file per hospital in its assigned format
  --out <dir>           output directory (default: ${DEFAULT_OUT_DIR})
  --seed <n>            random seed, integer 0-4294967295 (default: ${DEFAULT_SEED})
  --all-formats         write every hospital as tall CSV, wide CSV and JSON

Single file (selected by any of --rows, --format, --file)
  --rows <n>            scale to about n charge rows (tall-CSV rows)
  --format <f>          tall | wide | json (default: tall)
  --file <path>         output file (default: <out>/<ein>_<hospital>_standardcharges.<ext>)
  --hospital <i>        demo hospital 0-${DEMO_HOSPITALS.length - 1} (default: 0)

Common
  --date <YYYY-MM-DD>   last_updated_on value (default: ${DEFAULT_LAST_UPDATED_ON})
  -h, --help            show this help

Examples
  npm run priceline -- generate
  npm run priceline -- generate --all-formats --out /tmp/mrf
  npm run priceline -- generate --rows 700000 --format tall --file /tmp/big.csv
`;

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

class UsageError extends Error {}

const FORMAT_ALIASES: Record<string, MrfFormat> = {
  tall: "csv_tall",
  csv_tall: "csv_tall",
  wide: "csv_wide",
  csv_wide: "csv_wide",
  json: "json",
};

function parseInteger(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} must be a whole number, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`--${flag} must be between ${min} and ${max}, got ${value}`);
  return n;
}

const group = (n: number) => n.toLocaleString("en-US");

function describe(file: GeneratedFile & { format: MrfFormat; state: string; hospitalName: string }): string {
  return `${file.format.padEnd(8)} ${file.state}  ${group(file.rows).padStart(9)} rows  ${group(file.bytes).padStart(13)} bytes  ${file.path}\n`;
}

const OPTIONS = {
  out: { type: "string" },
  seed: { type: "string" },
  "all-formats": { type: "boolean" },
  rows: { type: "string" },
  format: { type: "string" },
  file: { type: "string" },
  hospital: { type: "string" },
  date: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

// strict: unknown flags, missing flag values and stray positionals all throw.
const parseFlags = (argv: string[]) => parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;

export async function runGenerateCommand(argv: string[], io: CliIo = process): Promise<number> {
  let values: ReturnType<typeof parseFlags>;
  try {
    values = parseFlags(argv);
  } catch (err) {
    io.stderr.write(`priceline generate: ${(err as Error).message}\nRun "priceline generate --help" for usage.\n`);
    return 2;
  }

  if (values.help) {
    io.stdout.write(GENERATE_USAGE);
    return 0;
  }

  let seed: number;
  let targetRows: number | undefined;
  let format: MrfFormat | undefined;
  let hospitalIndex = 0;
  const single = values.rows !== undefined || values.format !== undefined || values.file !== undefined;
  try {
    seed = values.seed === undefined ? DEFAULT_SEED : parseInteger("seed", values.seed, 0, 0xffffffff);
    if (values.rows !== undefined) targetRows = parseInteger("rows", values.rows, 1, 100_000_000);
    if (values.format !== undefined) {
      format = FORMAT_ALIASES[values.format.toLowerCase()];
      if (!format) throw new UsageError(`--format must be tall, wide or json, got "${values.format}"`);
    }
    if (values.hospital !== undefined) {
      hospitalIndex = parseInteger("hospital", values.hospital, 0, DEMO_HOSPITALS.length - 1);
      if (!single) throw new UsageError("--hospital applies to single-file mode (use with --rows, --format or --file)");
    }
    if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date must be a date as YYYY-MM-DD, got "${values.date}"`);
    if (single && values["all-formats"]) throw new UsageError("--all-formats cannot be combined with --rows, --format or --file");
    if (values.out === "" || values.file === "") throw new UsageError("--out and --file need a path");
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`priceline generate: ${err.message}\nRun "priceline generate --help" for usage.\n`);
    return 2;
  }

  const outDir = values.out ?? DEFAULT_OUT_DIR;
  try {
    if (single) {
      const chosen = format ?? "csv_tall";
      const hospital = DEMO_HOSPITALS[hospitalIndex] as DemoHospital;
      const path = values.file ?? join(outDir, demoFileName(hospital, chosen));
      const file = await generateMrfFile({ path, format: chosen, seed, hospitalIndex, targetRows, lastUpdatedOn: values.date });
      io.stdout.write(describe({ ...file, format: chosen }));
      io.stdout.write(`Wrote 1 file for ${file.hospitalName} (${group(file.rows)} rows, ${group(file.bytes)} bytes, seed ${seed}).\n`);
    } else {
      const files = await generateDemoSet({ outDir, seed, allFormats: values["all-formats"] === true, lastUpdatedOn: values.date });
      for (const f of files) io.stdout.write(describe(f));
      const rows = files.reduce((n, f) => n + f.rows, 0);
      const bytes = files.reduce((n, f) => n + f.bytes, 0);
      const hospitals = new Set(files.map((f) => f.hospitalName)).size;
      io.stdout.write(`Wrote ${files.length} files for ${hospitals} demo hospitals to ${outDir} (${group(rows)} rows, ${group(bytes)} bytes, seed ${seed}).\n`);
    }
    return 0;
  } catch (err) {
    io.stderr.write(`priceline generate: failed: ${(err as Error).message}\n`);
    return 1;
  }
}
