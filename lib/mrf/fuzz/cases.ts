// Fuzz cases as plain data (so a runner can hand them to a child process), and
// how each becomes a file on disk: seeded mutations of generated valid files,
// and the named adversarial cases at a small (test) or full (script) scale.
import { createHash } from "node:crypto";
import { open, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { SizeLimits } from "../../ingest/sources";
import { buildZip, writeGzipBomb, writeZipBomb } from "./archives";
import { baseFile, csvLine, csvRecords, jsonParts, type BaseSpec } from "./bases";
import type { Expectation, MrfOp } from "./contract";
import type { KnownBugId } from "./known-bugs";
import { Obj, serialize, slots, toTree, type Node } from "./json-tree";
import { FULL_PROFILE, MUTATORS, SMALL_PROFILE, mutate, type BaseFormat } from "./mutators";
import { FuzzRng } from "./rng";

export type Scale = "small" | "full";

export type CaseSpec =
  | { type: "mutation"; id: string; seed: number; index: number; profile: Scale }
  | { type: "adversarial"; id: string; name: string; scale: Scale; seed: number };

/** A case made concrete: the file and how to check it. */
export interface BuiltCase {
  file: string;
  displayName: string;
  /** What was done to the base, for the report ("json: json-deep-value + truncate"). */
  label: string;
  packed: boolean;
  limits?: Partial<SizeLimits>;
  ops?: readonly MrfOp[];
  expect?: Expectation;
  /** Wall-clock budget; default 10 s plus 1 s per MB of input. */
  budgetMs?: number;
  /** Peak RSS allowed (MB) when the case runs alone in its process. */
  maxRssMb?: number;
  known?: KnownBugId;
  bytes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
export const DEFAULT_MAX_RSS_MB = 300;

// ---- writing big files in a stream ----------------------------------------------

type Part = string | Buffer;

async function writeStreamed(file: string, parts: Iterable<Part>): Promise<number> {
  const handle = await open(file, "w");
  let bytes = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    await handle.write(chunk);
    bytes += chunk.length;
  };
  try {
    for (const part of parts) {
      const b = typeof part === "string" ? Buffer.from(part, "utf8") : part;
      pending.push(b);
      pendingBytes += b.length;
      if (pendingBytes >= MiB) await flush();
    }
    await flush();
  } finally {
    await handle.close();
  }
  return bytes;
}

/** `unit` repeated to about `bytes` bytes, in chunks of ~1 MiB. */
function* repeat(unit: string, bytes: number): Generator<string> {
  const unitBytes = Buffer.byteLength(unit);
  const perChunk = Math.max(1, Math.floor(MiB / unitBytes));
  const chunk = unit.repeat(perChunk);
  let left = Math.max(1, Math.floor(bytes / unitBytes));
  while (left >= perChunk) {
    yield chunk;
    left -= perChunk;
  }
  if (left > 0) yield unit.repeat(left);
}

function* randomBytes(rng: FuzzRng, bytes: number): Generator<Buffer> {
  for (let left = bytes; left > 0; left -= MiB) yield rng.bytes(Math.min(MiB, left));
}

// ---- mutation cases ---------------------------------------------------------------

const FORMATS: readonly BaseFormat[] = ["csv_tall", "csv_wide", "json"];

export function mutationCase(seed: number, index: number, profile: Scale = "small"): CaseSpec {
  return { type: "mutation", id: `m${seed}-${index}`, seed, index, profile };
}

async function buildMutation(spec: Extract<CaseSpec, { type: "mutation" }>, dir: string, basesDir: string): Promise<BuiltCase> {
  const rng = FuzzRng.from(spec.seed, spec.index);
  const base: BaseSpec = {
    format: rng.pick(FORMATS),
    hospitalIndex: rng.below(3),
    targetRows: rng.pick([20, 20, 80, undefined]),
  };
  const bytes = await baseFile(basesDir, base);
  const profile = spec.profile === "full" ? FULL_PROFILE : SMALL_PROFILE;
  const ext = base.format === "json" ? "json" : "csv";
  // One case in ten arrives compressed (and maybe damaged after compression).
  if (rng.chance(0.1)) {
    const inner = rng.chance(0.5) ? mutate(bytes, base.format, rng, profile) : { bytes, steps: [] as string[] };
    const zip = rng.chance(0.5);
    let packed = zip ? buildZip([{ name: `prices.${ext}`, data: inner.bytes }]) : gzipSync(inner.bytes);
    const steps = [...inner.steps, zip ? "zip" : "gzip"];
    if (rng.chance(0.6)) {
      const damage = rng.pick(MUTATORS.filter((m) => m.stage === "bytes" && !m.formats));
      packed = damage.apply(packed, rng, profile);
      steps.push(damage.name);
    }
    const file = path.join(dir, `${spec.id}.${ext}${zip ? ".zip" : ".gz"}`);
    await writeFile(file, packed);
    return { file, displayName: path.basename(file), label: `${base.format}: ${steps.join(" + ")}`, packed: true, bytes: packed.length };
  }
  const mutated = mutate(bytes, base.format, rng, profile);
  const file = path.join(dir, `${spec.id}.${ext}`);
  await writeFile(file, mutated.bytes);
  return { file, displayName: path.basename(file), label: `${base.format}: ${mutated.steps.join(" + ")}`, packed: false, bytes: mutated.bytes.length };
}

// ---- adversarial cases -------------------------------------------------------------

interface Context {
  rng: FuzzRng;
  csvHead: () => Promise<{ head: string; row: string[] }>;
  json: () => Promise<{ header: string; items: unknown[] }>;
  base: (format: BaseFormat) => Promise<Buffer>;
  basesDir: string;
}

export interface AdversarialCase {
  name: string;
  /** What the file is, in words. */
  about: string;
  /** The size parameter (bytes, columns, levels, rows…) at each scale. */
  size: Record<Scale, number>;
  fileName: string;
  packed?: boolean;
  limits?: Partial<SizeLimits>;
  ops?: readonly MrfOp[];
  expect?: Expectation;
  maxRssMb?: number;
  /** Wall-clock budget (default: 10 s plus 1 s per MB), or one computed from the size. */
  budgetMs?: number | ((size: number) => number);
  known?: KnownBugId;
  /** The bug shows only at this scale (the case passes at the other). */
  knownAt?: Scale;
  /** Big enough that its memory must be measured alone, in a process of its own. */
  heavy?: boolean;
  /** Writes the file; returns its size in bytes. */
  write(file: string, size: number, ctx: Context): Promise<number>;
}

const CSV_LIMIT = { readError: "longer than|never closed", validateRule: "csv.limit_exceeded" };
const CSV_COLUMNS = { readError: "more than 20,000 columns", validateRule: "csv.limit_exceeded" };
const JSON_SYNTAX = { readError: "not valid JSON", validateRule: "json.syntax" };
/** An amount past double range: refused by the validator (stricter than CMS), so by the strict read, at this cell. */
const amountOverflow = (where: string) => ({ readError: where, validateRule: "amount.invalid" });

/** A JSON document: the base's header attributes, `extra` members, then the items. */
function* jsonDoc(header: string, extra: Iterable<Part>, items: Iterable<Part>): Generator<Part> {
  yield `{${header},`;
  yield* extra;
  yield `"standard_charge_information":`;
  yield* items;
  yield "}";
}

function* nestedParts(depth: number, kind: "array" | "object", closed: boolean): Generator<string> {
  const open = kind === "array" ? "[" : '{"a":';
  yield* repeat(open, depth * open.length);
  if (!closed) return;
  if (kind === "object") yield "1";
  yield* repeat(kind === "array" ? "]" : "}", depth);
}

const itemsText = (items: unknown[]) => JSON.stringify(items);

/**
 * A wide CSV with as many payer plans as fit in `maxColumns`: the base's first
 * plan's columns (and values) repeated under new plan names.
 */
async function writeWidePlans(file: string, rows: number, ctx: Context, maxColumns: number, dropNotes: boolean): Promise<number> {
  const { head, data } = csvRecords(await ctx.base("csv_wide"));
  const row3 = head[2] ?? [];
  const isPlan = (h: string) => h.split("|").length >= 3 && !h.startsWith("code|");
  const first = row3.findIndex(isPlan);
  const planOf = (h: string) => (h.startsWith("standard_charge|") ? h.split("|").slice(1, 3) : h.split("|").slice(1, 3)).join("|");
  const plan = planOf(row3[first] ?? "");
  const block = row3.map((h, i) => ({ h, i })).filter(({ h }) => isPlan(h) && planOf(h) === plan && !(dropNotes && h.startsWith("additional_payer_notes|")));
  const fixed = row3.map((h, i) => ({ h, i })).filter(({ h }) => !isPlan(h));
  const plans = Math.floor((maxColumns - fixed.length) / block.length);
  const header = [...fixed.map((f) => f.h)];
  for (let p = 0; p < plans; p++) for (const b of block) header.push(b.h.replace(plan, `Payer ${p}|Plan ${p}`));
  function* body(): Generator<string> {
    for (let r = 0; r < rows; r++) {
      const src = data[r % Math.max(1, data.length)] ?? [];
      const cells = fixed.map((f) => src[f.i] ?? "");
      const values = block.map((b) => src[b.i] ?? "");
      for (let p = 0; p < plans; p++) cells.push(...values);
      yield `${csvLine(cells)}\n`;
    }
  }
  return writeStreamed(file, [`${csvLine(head[0] ?? [])}\n${csvLine(head[1] ?? [])}\n`, csvLine(header), "\n", ...body()]);
}

export const ADVERSARIAL: readonly AdversarialCase[] = [
  // ---- CSV ------------------------------------------------------------------------
  {
    name: "csv-huge-field",
    heavy: true,
    about: "a data row whose first field is one unquoted run of bytes (100 MB at full scale)",
    size: { small: 9 * MiB, full: 100 * MiB },
    fileName: "prices.csv",
    expect: CSV_LIMIT,
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      return writeStreamed(file, [head, ...repeat("x", size), ",", csvLine(row.slice(1)), "\n", csvLine(row), "\n"]);
    },
  },
  {
    name: "csv-huge-quoted-field",
    heavy: true,
    about: 'a quoted field full of commas, newlines and "" escapes (100 MB at full scale)',
    size: { small: 9 * MiB, full: 100 * MiB },
    fileName: "prices.csv",
    expect: CSV_LIMIT,
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      return writeStreamed(file, [head, '"', ...repeat('abcdefghij,\r\nklmnopqrstuvwxyz ""quoted"" ABCDEFGHIJ\n', size), '",', csvLine(row.slice(1)), "\n"]);
    },
  },
  {
    name: "csv-huge-header-field",
    heavy: true,
    about: "row 1 starting with one huge field",
    size: { small: 9 * MiB, full: 100 * MiB },
    fileName: "prices.csv",
    expect: CSV_LIMIT,
    async write(file, size, ctx) {
      const { head } = await ctx.csvHead();
      return writeStreamed(file, [...repeat("h", size), ",", head]);
    },
  },
  {
    name: "csv-unclosed-quote",
    heavy: true,
    about: "a quote opened in row 4 and never closed, followed by many ordinary rows",
    size: { small: 9 * MiB, full: 100 * MiB },
    fileName: "prices.csv",
    expect: CSV_LIMIT,
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      // Rows without quotes of their own, so nothing closes the one opened.
      const plain = `${row.map((c) => c.replace(/["\r\n,]/g, " ")).join(",")}\n`;
      return writeStreamed(file, [head, `"never closed,${plain}`, ...repeat(plain, size)]);
    },
  },
  {
    name: "csv-field-under-limit",
    heavy: true,
    about: "a description just under the 8 MiB field limit (must be read, not refused)",
    size: { small: 8 * MiB - 64, full: 8 * MiB - 64 },
    fileName: "prices.csv",
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      return writeStreamed(file, [head, ...repeat("d", size), ",", csvLine(row.slice(1)), "\n", csvLine(row), "\n"]);
    },
  },
  {
    name: "csv-100k-columns-row1",
    heavy: true,
    about: "row 1 (general headers) with 100,000 columns",
    size: { small: 100_000, full: 100_000 },
    fileName: "prices.csv",
    expect: CSV_COLUMNS,
    async write(file, size, ctx) {
      const { head } = await ctx.csvHead();
      return writeStreamed(file, [Array.from({ length: size }, (_, i) => `c${i}`).join(","), "\n", head.slice(head.indexOf("\n") + 1)]);
    },
  },
  {
    name: "csv-100k-columns-row3",
    heavy: true,
    about: "row 3 (column headers) with 100,000 columns",
    size: { small: 100_000, full: 100_000 },
    fileName: "prices.csv",
    expect: CSV_COLUMNS,
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      const [r1, r2] = head.split("\n");
      return writeStreamed(file, [`${r1}\n${r2}\n`, Array.from({ length: size }, (_, i) => `code|${i}`).join(","), "\n", csvLine(row), "\n"]);
    },
  },
  {
    name: "csv-100k-quoted-columns",
    heavy: true,
    about: "a data row of 100,000 quoted cells (the tokenizer's slow path)",
    size: { small: 100_000, full: 100_000 },
    fileName: "prices.csv",
    expect: CSV_COLUMNS,
    async write(file, size, ctx) {
      const { head } = await ctx.csvHead();
      return writeStreamed(file, [head, ...repeat('"a,b",', size * 6), "\n"]);
    },
  },
  {
    name: "csv-commas-only",
    heavy: true,
    about: "one line of nothing but commas (millions of empty columns)",
    size: { small: 1_000_000, full: 50_000_000 },
    fileName: "prices.csv",
    expect: CSV_COLUMNS,
    write: (file, size) => writeStreamed(file, [...repeat(",", size), "\n"]),
  },
  {
    name: "csv-19999-columns",
    heavy: true,
    about: "a valid wide file just under the 20,000-column limit: 2,220 payer plans of 9 columns",
    size: { small: 20, full: 400 },
    fileName: "prices.csv",
    budgetMs: 6_000, // three passes over 4 MB; was ~14 s a pass while the header check was O(plans × columns)
    write: (file, rows, ctx) => writeWidePlans(file, rows, ctx, 19_999, false),
  },
  {
    name: "csv-19999-columns-missing",
    about: "the same, with every plan missing its additional_payer_notes column (2,500 plans)",
    size: { small: 20, full: 400 },
    fileName: "prices.csv",
    expect: { validateRule: "columns.missing" },
    write: (file, rows, ctx) => writeWidePlans(file, rows, ctx, 19_999, true),
  },
  {
    name: "csv-blank-rows",
    heavy: true,
    about: "a valid header and row, then millions of blank lines",
    size: { small: 300_000, full: 20_000_000 },
    fileName: "prices.csv",
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      return writeStreamed(file, [head, csvLine(row), "\n", ...repeat("\n", size)]);
    },
  },
  {
    name: "csv-short-rows",
    heavy: true,
    about: 'a valid header, then a great many "a,b" rows (each one invalid)',
    size: { small: 100_000, full: 3_000_000 },
    fileName: "prices.csv",
    async write(file, size, ctx) {
      const { head } = await ctx.csvHead();
      return writeStreamed(file, [head, ...repeat("a,b\n", size * 4)]);
    },
  },
  {
    name: "csv-cr-only",
    heavy: true,
    about: "a valid header, then millions of lone carriage returns",
    size: { small: 300_000, full: 20_000_000 },
    fileName: "prices.csv",
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      return writeStreamed(file, [head, csvLine(row), "\r", ...repeat("\r", size)]);
    },
  },
  {
    name: "csv-lone-cr-rows",
    about: "a valid header, then 1 MiB of lone carriage returns (a million empty records, old-Mac line endings)",
    size: { small: 1024 * 1024, full: 1024 * 1024 },
    fileName: "prices.csv",
    heavy: true,
    budgetMs: 8_000, // the same file with LF line endings takes under 1.5 s (three passes); room for a loaded machine
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      return writeStreamed(file, [head, csvLine(row), "\r", ...repeat("\r", size)]);
    },
  },
  {
    name: "csv-nul-file",
    heavy: true,
    about: "nothing but NUL bytes",
    size: { small: 9 * MiB, full: 100 * MiB },
    fileName: "prices.csv",
    expect: CSV_LIMIT,
    write: (file, size) => writeStreamed(file, repeat("\u0000", size)),
  },
  {
    name: "csv-quotes-only",
    heavy: true,
    about: 'nothing but double quotes (one quoted field of "" escapes)',
    size: { small: 9 * MiB, full: 100 * MiB },
    fileName: "prices.csv",
    expect: CSV_LIMIT,
    write: (file, size) => writeStreamed(file, repeat('"', size + 1)),
  },
  {
    name: "csv-random-binary",
    heavy: true,
    about: "random bytes",
    size: { small: 4 * MiB, full: 100 * MiB },
    fileName: "prices.csv",
    write: (file, size, ctx) => writeStreamed(file, randomBytes(ctx.rng, size)),
  },
  {
    name: "csv-utf16le-bom",
    about: "a valid tall CSV saved as UTF-16LE with a BOM (Excel's \"Unicode text\")",
    size: { small: 0, full: 0 },
    fileName: "prices.csv",
    expect: { readError: "." },
    async write(file, _size, ctx) {
      const text = (await ctx.base("csv_tall")).toString("utf8");
      return writeStreamed(file, [Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    },
  },
  {
    name: "csv-utf16be",
    about: "a valid wide CSV as UTF-16BE without a BOM",
    size: { small: 0, full: 0 },
    fileName: "prices.csv",
    expect: { readError: "." },
    async write(file, _size, ctx) {
      const text = (await ctx.base("csv_wide")).toString("utf8");
      return writeStreamed(file, [Buffer.from(text, "utf16le").swap16()]);
    },
  },
  {
    name: "csv-latin1",
    about: "a valid CSV with accented names saved as Latin-1 (invalid UTF-8 bytes)",
    size: { small: 0, full: 0 },
    fileName: "prices.csv",
    async write(file, _size, ctx) {
      const text = (await ctx.base("csv_tall")).toString("utf8").replace(/Health/g, "Salud Méxicana ñ").replace(/,facility/g, ",facilité");
      return writeStreamed(file, [Buffer.from(text, "latin1")]);
    },
  },
  {
    name: "csv-code-index-huge",
    heavy: true,
    about: "a valid tall CSV whose row 3 has one more column: code|99999999999999999999",
    size: { small: 0, full: 0 },
    fileName: "prices.csv",
    budgetMs: 5_000, // it hung and ran out of memory before 202e183
    async write(file, _size, ctx) {
      const { head, data } = csvRecords(await ctx.base("csv_tall"));
      const row3 = [...(head[2] ?? []), "code|99999999999999999999"];
      const rows = [head[0] ?? [], head[1] ?? [], row3, ...data.map((r) => [...r, ""])];
      return writeStreamed(file, rows.map((r) => `${csvLine(r)}\n`));
    },
  },
  {
    name: "csv-bad-date",
    about: 'a valid tall CSV whose last_updated_on is "soon" (the error must name the file, strict or lenient)',
    size: { small: 0, full: 0 },
    fileName: "prices.csv",
    async write(file, _size, ctx) {
      const { head, data } = csvRecords(await ctx.base("csv_tall"));
      const at = (head[0] ?? []).indexOf("last_updated_on");
      const row2 = [...(head[1] ?? [])];
      row2[at] = "soon";
      return writeStreamed(file, [head[0] ?? [], row2, head[2] ?? [], ...data].map((r) => `${csvLine(r)}\n`));
    },
  },
  {
    name: "csv-amount-overflow",
    about: "a valid tall CSV whose first gross charge has 400 digits (Infinity as a double)",
    size: { small: 400, full: 400 },
    fileName: "prices.csv",
    expect: amountOverflow("row 4, column standard_charge\\|gross"),
    async write(file, digits, ctx) {
      const { head, data } = csvRecords(await ctx.base("csv_tall"));
      const at = (head[2] ?? []).indexOf("standard_charge|gross");
      const row = data.find((r) => (r[at] ?? "") !== "");
      if (at < 0 || !row) throw new Error("the tall base has no gross charge");
      row[at] = "9".repeat(digits);
      return writeStreamed(file, [...head, ...data].map((r) => `${csvLine(r)}\n`));
    },
  },
  // ---- JSON -----------------------------------------------------------------------
  {
    name: "json-deep-open-array",
    heavy: true,
    about: "100,000 (1,000,000 at full scale) [ and nothing else",
    size: { small: 100_000, full: 1_000_000 },
    fileName: "prices.json",
    expect: JSON_SYNTAX,
    write: (file, depth) => writeStreamed(file, nestedParts(depth, "array", false)),
  },
  {
    name: "json-deep-open-object",
    heavy: true,
    about: '100,000 levels of {"a": never closed',
    size: { small: 100_000, full: 1_000_000 },
    fileName: "prices.json",
    expect: JSON_SYNTAX,
    write: (file, depth) => writeStreamed(file, nestedParts(depth, "object", false)),
  },
  {
    name: "json-deep-in-hospital-name",
    about: "hospital_name nested 100,000 levels (1,000,000 at full scale) deep, closed",
    size: { small: 100_000, full: 1_000_000 },
    fileName: "prices.json",
    async write(file, depth, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header.replace(/^"hospital_name":"[^"]*",/, ""), ['"hospital_name":', ...nestedParts(depth, "array", true), ","], [itemsText(items)]));
    },
  },
  {
    name: "json-deep-item",
    about: "a standard_charge_information item that is 100,000 nested arrays",
    size: { small: 100_000, full: 1_000_000 },
    fileName: "prices.json",
    ops: ["read-strict", "validate"],
    async write(file, depth, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, [], ["[", JSON.stringify(items[0]), ",", ...nestedParts(depth, "array", true), "]"]));
    },
  },
  {
    name: "json-deep-closed-top",
    about: "[[[…]]] nested 20,000 (100,000 at full scale) levels as the whole document",
    size: { small: 20_000, full: 100_000 },
    fileName: "prices.json",
    write: (file, depth) => writeStreamed(file, nestedParts(depth, "array", true)),
  },
  {
    name: "json-deep-closed-unknown-key",
    about: "a valid file with an extra attribute nested 20,000 (100,000) levels deep",
    size: { small: 20_000, full: 100_000 },
    fileName: "prices.json",
    async write(file, depth, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, ['"x_extra":', ...nestedParts(depth, "array", true), ","], [itemsText(items)]));
    },
  },
  {
    name: "json-deep-version",
    about: '"version" nested 10,000 (100,000) levels deep',
    size: { small: 10_000, full: 100_000 },
    fileName: "prices.json",
    async write(file, depth, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header.replace(/"version":"[^"]*",?/, ""), ['"version":', ...nestedParts(depth, "array", true), ","], [itemsText(items)]));
    },
  },
  {
    name: "json-deep-item-lenient",
    about: "an item whose description is nested 10,000 (100,000) levels deep, read leniently",
    size: { small: 10_000, full: 100_000 },
    fileName: "prices.json",
    ops: ["read-lenient"],
    async write(file, depth, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, [], ['[{"description":', ...nestedParts(depth, "array", true), ',"code_information":[]},', itemsText(items).slice(1)]));
    },
  },
  {
    name: "json-long-string",
    heavy: true,
    about: "an extra attribute holding one 8 MiB (100 MiB) string",
    size: { small: 8 * MiB, full: 100 * MiB },
    fileName: "prices.json",
    async write(file, size, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, ['"x_notes":"', ...repeat("a", size), '",'], [itemsText(items)]));
    },
  },
  {
    name: "json-long-description",
    heavy: true,
    about: "an item description of 8 MiB (100 MiB) of escapes (\\n, \\u00e9)",
    size: { small: 8 * MiB, full: 100 * MiB },
    fileName: "prices.json",
    async write(file, size, ctx) {
      const { header, items } = await ctx.json();
      const first = JSON.stringify(items[0]).replace(/^\{"description":"[^"]*"/, "");
      return writeStreamed(file, jsonDoc(header, [], ['[{"description":"', ...repeat("\\n\\u00e9", size), `"${first},`, itemsText(items).slice(1)]));
    },
  },
  {
    name: "json-long-string-small",
    about: "a 1 MiB string in an extra attribute (memory must stay bounded)",
    size: { small: 1 * MiB, full: 4 * MiB },
    fileName: "prices.json",
    async write(file, size, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, ['"x_notes":"', ...repeat("a", size), '",'], [itemsText(items)]));
    },
  },
  {
    name: "json-long-version",
    about: "a 1 MiB string as \"version\" (the error message must stay short)",
    size: { small: 1 * MiB, full: 16 * MiB },
    fileName: "prices.json",
    async write(file, size, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header.replace(/"version":"[^"]*",?/, ""), ['"version":"', ...repeat("9", size), '",'], [itemsText(items)]));
    },
  },
  {
    name: "json-string-past-v8-limit",
    about: "one JSON string longer than V8's longest string (600 MiB at full scale; 8 MiB at test size)",
    size: { small: 8 * MiB, full: 600 * MiB },
    fileName: "prices.json",
    heavy: true,
    async write(file, size, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, ['"x_notes":"', ...repeat("a", size), '",'], [itemsText(items)]));
    },
  },
  {
    name: "json-long-number",
    heavy: true,
    about: "an extra attribute holding a number with millions of digits",
    size: { small: 4 * MiB, full: 64 * MiB },
    fileName: "prices.json",
    async write(file, size, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, ['"x_number":1', ...repeat("7", size), ","], [itemsText(items)]));
    },
  },
  {
    name: "json-many-top-keys",
    heavy: true,
    about: "a valid file with 100,000 (2,000,000) extra top-level attributes",
    size: { small: 100_000, full: 2_000_000 },
    fileName: "prices.json",
    async write(file, size, ctx) {
      const { header, items } = await ctx.json();
      function* keys(): Generator<string> {
        for (let i = 0; i < size; i += 10_000) {
          yield Array.from({ length: Math.min(10_000, size - i) }, (_, k) => `"x${i + k}":${k}`).join(",") + ",";
        }
      }
      return writeStreamed(file, jsonDoc(header, keys(), [itemsText(items)]));
    },
  },
  {
    name: "json-huge-item",
    heavy: true,
    about: "one item with 20,000 (500,000) payers",
    size: { small: 20_000, full: 500_000 },
    fileName: "prices.json",
    async write(file, size, ctx) {
      const { header } = await ctx.json();
      const payer = '{"payer_name":"P","plan_name":"Q","methodology":"fee schedule","standard_charge_dollar":12.5}';
      function* item(): Generator<string> {
        yield '[{"description":"x","code_information":[{"code":"70551","type":"CPT"}],"standard_charges":[{"setting":"outpatient","gross_charge":100,"payers_information":[';
        for (let i = 0; i < size; i += 10_000) yield `${Array.from({ length: Math.min(10_000, size - i) }, () => payer).join(",")}${i + 10_000 < size ? "," : ""}`;
        yield "]}]}]";
      }
      return writeStreamed(file, jsonDoc(header, [], item()));
    },
  },
  {
    name: "json-many-items",
    heavy: true,
    about: "30,000 (1,000,000) empty items {}, each one rejected",
    size: { small: 30_000, full: 1_000_000 },
    fileName: "prices.json",
    // Tiny items cost per item, not per byte: allow 4 µs per item and pass (three passes).
    budgetMs: (items) => 10_000 + Math.ceil((items * 3 * 4) / 1000),
    async write(file, size, ctx) {
      const { header } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, [], ["[", ...repeat("{},", size * 3), "{}]"]));
    },
  },
  {
    name: "json-tiny-items-lenient",
    about: "200,000 empty items {} in 600 KB, read leniently (each is set aside)",
    size: { small: 200_000, full: 200_000 },
    fileName: "prices.json",
    heavy: true,
    ops: ["read-lenient"],
    budgetMs: 8_000, // ~0.5 s (room for a loaded machine); it was quadratic (queue.shift) before ea0078c
    async write(file, size, ctx) {
      const { header } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, [], ["[", ...repeat("{},", size * 3), "{}]"]));
    },
  },
  {
    name: "json-leading-whitespace",
    about: "a valid JSON file preceded by 100 blank lines",
    size: { small: 100, full: 100 },
    fileName: "prices.json",
    ops: ["read-strict", "validate"],
    expect: { readCompletes: true },
    async write(file, size, ctx) {
      return writeStreamed(file, ["\n".repeat(size), await ctx.base("json")]);
    },
  },
  {
    name: "json-utf16le-bom",
    about: "a valid JSON file saved as UTF-16LE with a BOM",
    size: { small: 0, full: 0 },
    fileName: "prices.json",
    expect: { readError: "." },
    async write(file, _size, ctx) {
      return writeStreamed(file, [Buffer.from([0xff, 0xfe]), Buffer.from((await ctx.base("json")).toString("utf8"), "utf16le")]);
    },
  },
  {
    name: "json-trailing-garbage",
    heavy: true,
    about: "a valid JSON file followed by megabytes of random bytes",
    size: { small: 4 * MiB, full: 100 * MiB },
    fileName: "prices.json",
    async write(file, size, ctx) {
      return writeStreamed(file, [await ctx.base("json"), ...randomBytes(ctx.rng, size)]);
    },
  },
  {
    name: "json-duplicate-keys",
    heavy: true,
    about: '"hospital_name" and "version" repeated 100,000 times, with wrong types',
    size: { small: 100_000, full: 1_000_000 },
    fileName: "prices.json",
    async write(file, size, ctx) {
      const { header, items } = await ctx.json();
      return writeStreamed(file, jsonDoc(header, repeat('"hospital_name":[1],"version":{"a":null},"hospital_name":"X",', size * 60), [itemsText(items)]));
    },
  },
  {
    name: "json-wrong-types-everywhere",
    about: "a JSON file with every value below the header, at every level, replaced by one of the wrong type",
    size: { small: 0, full: 0 },
    fileName: "prices.json",
    async write(file, _size, ctx) {
      const root = toTree(JSON.parse((await ctx.base("json")).toString("utf8")));
      for (const slot of slots(root)) {
        const v = slot.get();
        // Keep what a lenient read needs to get to the items (a header: name, date, version) and
        // the item list itself, so every item is checked;
        // most containers stay too, so the wrong types reach every depth.
        if (["$.hospital_name", "$.last_updated_on", "$.version", "$.standard_charge_information"].includes(slot.path)) continue;
        if (Array.isArray(v)) {
          if (ctx.rng.chance(0.3)) slot.set(ctx.rng.pick<Node>([new Obj([["0", "x"]]), "[]", 0, null]));
        } else if (v instanceof Obj) {
          if (ctx.rng.chance(0.3)) slot.set(ctx.rng.pick<Node>([[], "{}", 1, true]));
        }
        else if (typeof v === "string") slot.set(ctx.rng.pick<Node>([0, -1, true, null, [], new Obj(), [v]]));
        else slot.set(ctx.rng.pick<Node>([String(v), [], new Obj(), null, false]));
      }
      return writeStreamed(file, [serialize(root, true)]);
    },
  },
  {
    name: "json-proto-keys",
    about: '"__proto__" and "constructor" keys carrying a header and item fields (prototype pollution)',
    size: { small: 0, full: 0 },
    fileName: "prices.json",
    async write(file, _size, ctx) {
      const { items } = await ctx.json();
      const polluted = '{"hospital_name":"Polluted","last_updated_on":"2026-01-01","version":"3.0.0","description":"x","setting":"both","payer_name":"P"}';
      return writeStreamed(file, [
        `{"__proto__":${polluted},"constructor":{"prototype":${polluted}},"standard_charge_information":[{"__proto__":${polluted},"hasOwnProperty":1},`,
        itemsText(items).slice(1),
        "}",
      ]);
    },
  },
  {
    name: "json-double-bom",
    about: "a valid JSON file starting with two UTF-8 byte-order marks",
    size: { small: 0, full: 0 },
    fileName: "prices.json",
    async write(file, _size, ctx) {
      return writeStreamed(file, [Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), await ctx.base("json")]);
    },
  },
  {
    name: "json-amount-overflow",
    about: "a valid JSON file whose first negotiated dollar amount is 1e999 (Infinity once parsed)",
    size: { small: 0, full: 0 },
    fileName: "prices.json",
    expect: amountOverflow("standard_charges\\[0\\]\\.payers_information\\[0\\]\\.standard_charge_dollar"),
    async write(file, _size, ctx) {
      const text = (await ctx.base("json")).toString("utf8").replace(/("standard_charge_dollar":\s*)[0-9.]+/, "$11e999");
      return writeStreamed(file, [text]);
    },
  },
  // ---- compressed -------------------------------------------------------------------
  {
    name: "gzip-bomb",
    heavy: true,
    about: "gzip of zeros, 64 MiB (3 GiB at full scale) from ~1,000 times less",
    size: { small: 64 * MiB, full: 3 * 1024 * MiB },
    fileName: "prices.csv.gz",
    packed: true,
    expect: { unpack: ["bomb"] },
    write: (file, size) => writeGzipBomb(file, { bytes: size }),
  },
  {
    name: "zip-bomb",
    heavy: true,
    about: "a zip entry prices.csv of zeros, 64 MiB (3 GiB) at ~1,000:1",
    size: { small: 64 * MiB, full: 3 * 1024 * MiB },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["bomb"] },
    write: (file, size) => writeZipBomb(file, { bytes: size }),
  },
  {
    name: "zip-bomb-lying-size",
    heavy: true,
    about: "a zip bomb whose headers declare a 1,000-byte entry",
    size: { small: 64 * MiB, full: 3 * 1024 * MiB },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["zip", "bomb"] },
    write: (file, size) => writeZipBomb(file, { bytes: size, declaredSize: 1000 }),
  },
  {
    name: "zip-declared-4gib",
    about: "a small zip entry whose headers declare 4 GiB",
    size: { small: 1 * MiB, full: 1 * MiB },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["bomb", "too-large", "zip"] },
    write: (file, size) => writeZipBomb(file, { bytes: size, declaredSize: 2 ** 32 - 1 }),
  },
  {
    name: "gzip-over-max-bytes",
    about: "an ordinary gzipped CSV larger than a 1 MiB maxBytes limit",
    size: { small: 4 * MiB, full: 64 * MiB },
    fileName: "prices.csv.gz",
    packed: true,
    limits: { maxBytes: 1 * MiB },
    expect: { unpack: ["too-large"] },
    async write(file, size, ctx) {
      const { head, row } = await ctx.csvHead();
      const line = `${csvLine(row)}\n`;
      return writeStreamed(file, [gzipSync(Buffer.from(head + line.repeat(Math.ceil(size / line.length))))]);
    },
  },
  {
    name: "gzip-of-zip-bomb",
    heavy: true,
    about: "a zip bomb inside gzip",
    size: { small: 64 * MiB, full: 1024 * MiB },
    fileName: "prices.zip.gz",
    packed: true,
    expect: { unpack: ["bomb"] },
    async write(file, size, ctx) {
      const inner = path.join(ctx.basesDir, `inner-${createHash("sha1").update(file).digest("hex").slice(0, 8)}.zip`);
      await writeZipBomb(inner, { bytes: size });
      const zipped = gzipSync(await readFile(inner));
      await rm(inner, { force: true });
      return writeStreamed(file, [zipped]);
    },
  },
  {
    name: "zip-in-zip-bomb",
    heavy: true,
    about: "a .csv entry that is itself a zip bomb (must not be unpacked twice)",
    size: { small: 64 * MiB, full: 1024 * MiB },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["ok"] },
    async write(file, size, ctx) {
      const inner = path.join(ctx.basesDir, `inner-${createHash("sha1").update(file).digest("hex").slice(0, 8)}.zip`);
      await writeZipBomb(inner, { bytes: size });
      const data = await readFile(inner);
      await rm(inner, { force: true });
      return writeStreamed(file, [buildZip([{ name: "prices.csv", data, store: true }])]);
    },
  },
  {
    name: "zip-10001-entries",
    about: "a zip with 10,001 entries",
    size: { small: 10_001, full: 10_001 },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["zip"] },
    write: (file, n) => writeStreamed(file, [buildZip(Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt`, data: "x", store: true })))]),
  },
  {
    name: "zip-two-mrfs",
    about: "a zip with two candidate MRFs",
    size: { small: 0, full: 0 },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["zip"] },
    async write(file, _size, ctx) {
      return writeStreamed(file, [buildZip([{ name: "a.csv", data: await ctx.base("csv_tall") }, { name: "b.json", data: await ctx.base("json") }])]);
    },
  },
  {
    name: "zip-bad-crc",
    about: "a zip whose entry's CRC does not match",
    size: { small: 0, full: 0 },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["zip"] },
    async write(file, _size, ctx) {
      return writeStreamed(file, [buildZip([{ name: "prices.csv", data: await ctx.base("csv_tall"), badCrc: true }])]);
    },
  },
  {
    name: "zip-truncated",
    about: "a zip cut before its central directory",
    size: { small: 0, full: 0 },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["zip"] },
    async write(file, _size, ctx) {
      const zip = buildZip([{ name: "prices.csv", data: await ctx.base("csv_tall") }]);
      return writeStreamed(file, [zip.subarray(0, zip.length - 40)]);
    },
  },
  {
    name: "zip-path-traversal",
    about: "a zip entry named ../../../fuzz-escape.csv",
    size: { small: 0, full: 0 },
    fileName: "prices.zip",
    packed: true,
    expect: { unpack: ["zip", "ok"] },
    async write(file, _size, ctx) {
      return writeStreamed(file, [buildZip([{ name: "../../../fuzz-escape.csv", data: await ctx.base("csv_tall") }])]);
    },
  },
  {
    name: "gzip-truncated",
    about: "a gzipped CSV cut in the middle",
    size: { small: 0, full: 0 },
    fileName: "prices.csv.gz",
    packed: true,
    expect: { unpack: ["partial"] },
    async write(file, _size, ctx) {
      const gz = gzipSync(await ctx.base("csv_tall"));
      return writeStreamed(file, [gz.subarray(0, Math.floor(gz.length / 2))]);
    },
  },
  {
    name: "gzip-corrupt",
    about: "a gzipped CSV with its compressed bytes scrambled",
    size: { small: 0, full: 0 },
    fileName: "prices.csv.gz",
    packed: true,
    expect: { unpack: ["corrupt", "partial"] },
    async write(file, _size, ctx) {
      const gz = Buffer.from(gzipSync(await ctx.base("csv_tall")));
      for (let i = 20; i < gz.length - 8; i += 7) gz[i] = gz[i]! ^ 0x5a;
      return writeStreamed(file, [gz]);
    },
  },
  {
    name: "gzip-multi-member",
    about: "a CSV gzipped in two members (valid: must unpack whole)",
    size: { small: 0, full: 0 },
    fileName: "prices.csv.gz",
    packed: true,
    expect: { unpack: ["ok"] },
    async write(file, _size, ctx) {
      const csv = await ctx.base("csv_tall");
      const half = Math.floor(csv.length / 2);
      return writeStreamed(file, [gzipSync(csv.subarray(0, half)), gzipSync(csv.subarray(half))]);
    },
  },
];

export function adversarialCase(name: string, scale: Scale, seed = 1): CaseSpec {
  if (!ADVERSARIAL.some((c) => c.name === name)) throw new Error(`no adversarial case named ${name}`);
  return { type: "adversarial", id: `${name}@${scale}`, name, scale, seed };
}

async function buildAdversarial(spec: Extract<CaseSpec, { type: "adversarial" }>, dir: string, basesDir: string): Promise<BuiltCase> {
  const def = ADVERSARIAL.find((c) => c.name === spec.name);
  if (!def) throw new Error(`no adversarial case named ${spec.name}`);
  const size = def.size[spec.scale];
  const base = (format: BaseFormat) => baseFile(basesDir, { format, hospitalIndex: 0, targetRows: 20 });
  const ctx: Context = {
    rng: FuzzRng.from("adversarial", spec.name, spec.seed),
    basesDir,
    base,
    csvHead: async () => {
      const { head, data } = csvRecords(await base("csv_tall"));
      return { head: head.map((r) => `${csvLine(r)}\n`).join(""), row: data[0] ?? [] };
    },
    json: async () => jsonParts(await base("json")),
  };
  const file = path.join(dir, `${spec.name}-${def.fileName}`);
  const bytes = await def.write(file, size, ctx);
  return {
    file,
    displayName: path.basename(file),
    label: def.about,
    packed: def.packed ?? false,
    limits: def.limits,
    ops: def.ops,
    expect: def.expect,
    budgetMs: typeof def.budgetMs === "function" ? def.budgetMs(size) : def.budgetMs,
    maxRssMb: def.heavy ? (def.maxRssMb ?? DEFAULT_MAX_RSS_MB) : undefined,
    known: knownAt(def, spec.scale),
    bytes,
  };
}

/** The known bug a case reproduces at this scale, if any. */
export function knownAt(def: AdversarialCase, scale: Scale): KnownBugId | undefined {
  return def.knownAt === undefined || def.knownAt === scale ? def.known : undefined;
}

/** Heavy adversarial cases run alone, so their peak RSS is theirs. */
export function isHeavy(spec: CaseSpec): boolean {
  return spec.type === "adversarial" && ADVERSARIAL.find((c) => c.name === spec.name)?.heavy === true;
}

/** Writes the case's file into `dir` (bases are generated once into `basesDir`). */
export function buildCase(spec: CaseSpec, dir: string, basesDir: string): Promise<BuiltCase> {
  return spec.type === "mutation" ? buildMutation(spec, dir, basesDir) : buildAdversarial(spec, dir, basesDir);
}

/** The default time budget: 10 s, plus 1 s per MB read. */
export function budgetFor(built: Pick<BuiltCase, "budgetMs" | "bytes">): number {
  return built.budgetMs ?? 10_000 + Math.ceil(built.bytes / 1_000);
}
