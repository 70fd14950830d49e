// Streams a legacy (non-template) CSV price file into the same header and
// ChargeRecords as a CMS file, following a declared mapping. One row is in
// memory at a time, whatever the file size.
import { createReadStream, type ReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { READ_CHUNK_BYTES, csvRows } from "../csv/rows";
import { CsvLimitError } from "../csv/tokenizer";
import { MrfError, type ChargeRecord, type ItemCodeInfo, type MrfHeader, type PayerCharge } from "../types";
import { decimal } from "../values";
import { SETTINGS, type LegacyMapping } from "./mapping";

/** `MrfHeader.version` of a legacy file: it follows no CMS template version. */
export const LEGACY_VERSION = "legacy";

type PayerSplit = NonNullable<LegacyMapping["payers"]>["split"];

export type LegacyEvent =
  | { type: "header"; header: MrfHeader; format: "legacy" }
  | { type: "record"; record: ChargeRecord };

interface ColumnRef {
  index: number;
  /** The header as written in the file. */
  name: string;
}

interface CodeColumn extends ColumnRef {
  fixedType: string | null;
  rules: { type: string; pattern: RegExp; when: { column: ColumnRef; pattern: RegExp }[] }[];
  fallbackType: string | null;
}

interface MappedColumn {
  column: ColumnRef | null;
  /** Normalized cell value → stored value; null to keep the cell as written. */
  map: Map<string, string> | null;
  /** The map's cell values as the mapping writes them, for messages. */
  mapKeys: string[];
  default: string | null;
}

export interface LegacyPayerColumn extends ColumnRef {
  payerName: string;
  planName: string | null;
}

/** Which column holds which element, resolved from the mapping against the file's header row. */
export interface LegacyLayout {
  /** 1-based row number of the column-header row. */
  headerRow: number;
  headers: string[];
  description: ColumnRef & { whenBlank: "error" | "code" };
  codes: CodeColumn[];
  setting: MappedColumn;
  billingClass: MappedColumn | null;
  modifiers: ColumnRef | null;
  gross: ColumnRef | null;
  discountedCash: ColumnRef | null;
  minimum: ColumnRef | null;
  maximum: ColumnRef | null;
  notes: ColumnRef | null;
  extraNotes: ColumnRef[];
  payers: LegacyPayerColumn[];
  /** Columns with a blank header: ignored, but a value in one is an error. */
  unnamed: number[];
}

/** Header text compared ignoring case, surrounding spaces and repeated spaces. */
export const normalizeName = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** The hospital header a legacy file lacks, from its mapping. */
export function legacyHeader(mapping: LegacyMapping): MrfHeader {
  const h = mapping.hospital;
  return {
    hospitalName: h.name,
    lastUpdatedOn: h.lastUpdatedOn,
    version: LEGACY_VERSION,
    locations: h.locations.map((l) => ({ name: l.name, address: l.address })),
    licenseNumber: h.licenseNumber,
    licenseState: h.licenseState,
    type2Npis: [...h.type2Npis],
    attestation: null,
    attesterName: null,
    generalContractProvisions: h.generalContractProvisions,
  };
}

/** Resolves the mapping's column names against the file's header row (row `headerRow`). */
export function resolveLegacyLayout(headers: string[], mapping: LegacyMapping, file?: string, headerRow = 1): LegacyLayout {
  const where = (column?: string) => ({ file, row: headerRow, column });
  const byName = new Map<string, number[]>();
  headers.forEach((h, index) => {
    const key = normalizeName(h);
    if (key === "") return;
    byName.set(key, [...(byName.get(key) ?? []), index]);
  });
  const used = new Set<number>();
  const listed = () => headers.filter((h) => h.trim() !== "").map((h) => `"${h.trim()}"`).join(", ");

  const find = (name: string, field: string): ColumnRef => {
    const hits = byName.get(normalizeName(name));
    if (!hits) {
      throw new MrfError(`the mapping's ${field} names column "${name}", which the header row does not have (it has ${listed()})`, where(name));
    }
    if (hits.length > 1) {
      throw new MrfError(`the mapping's ${field} names column "${name}", which appears ${hits.length} times in the header row`, where(name));
    }
    used.add(hits[0]!);
    return { index: hits[0]!, name: headers[hits[0]!]!.trim() };
  };
  const optional = (name: string | undefined, field: string) => (name === undefined ? null : find(name, field));
  const lowerMap = (map: Record<string, string> | undefined) =>
    map === undefined ? null : new Map(Object.entries(map).map(([k, v]) => [normalizeName(k), v]));

  const c = mapping.columns;
  const description = { ...find(c.description.column, "columns.description"), whenBlank: c.description.whenBlank };
  const codes: CodeColumn[] = c.codes.map((spec, i) => ({
    ...find(spec.column, `columns.codes[${i}].column`),
    fixedType: spec.type ?? null,
    rules: (spec.types ?? []).map((rule, j) => ({
      type: rule.type,
      pattern: new RegExp(rule.pattern, "i"),
      when: Object.entries(rule.when ?? {}).map(([name, pattern]) => {
        const hits = byName.get(normalizeName(name));
        if (hits?.length !== 1) {
          throw new MrfError(
            `the mapping's columns.codes[${i}].types[${j}].when names column "${name}", which the header row ${hits ? "has more than once" : "does not have"}`,
            where(name),
          );
        }
        return { column: { index: hits[0]!, name: headers[hits[0]!]!.trim() }, pattern: new RegExp(pattern, "i") };
      }),
    })),
    fallbackType: spec.fallbackType ?? null,
  }));
  const setting: MappedColumn = {
    column: optional(c.setting.column, "columns.setting.column"),
    map: lowerMap(c.setting.map),
    mapKeys: Object.keys(c.setting.map ?? {}),
    default: c.setting.default ?? null,
  };
  const billingClass: MappedColumn | null = c.billingClass
    ? {
        column: optional(c.billingClass.column, "columns.billingClass.column"),
        map: lowerMap(c.billingClass.map),
        mapKeys: Object.keys(c.billingClass.map ?? {}),
        default: c.billingClass.default ?? null,
      }
    : null;
  const layout: LegacyLayout = {
    headerRow,
    headers,
    description,
    codes,
    setting,
    billingClass,
    modifiers: optional(c.modifiers, "columns.modifiers"),
    gross: optional(c.gross, "columns.gross"),
    discountedCash: optional(c.discountedCash, "columns.discountedCash"),
    minimum: optional(c.minimum, "columns.minimum"),
    maximum: optional(c.maximum, "columns.maximum"),
    notes: optional(c.notes, "columns.notes"),
    extraNotes: c.extraNotes.map((name, i) => find(name, `columns.extraNotes[${i}]`)),
    payers: [],
    unnamed: headers.flatMap((h, i) => (h.trim() === "" ? [i] : [])),
  };

  // Ignored columns the file no longer has are harmless: nothing is lost.
  const ignored = new Set(
    mapping.file.ignoreColumns.flatMap((name) => byName.get(normalizeName(name)) ?? []),
  );
  for (const i of ignored) {
    if (used.has(i)) {
      throw new MrfError(`column "${headers[i]!.trim()}" is both mapped and listed in file.ignoreColumns`, where(headers[i]!.trim()));
    }
  }

  if (mapping.payers) {
    const p = mapping.payers;
    let candidates: number[];
    if (p.columns.after !== undefined) {
      const after = byName.get(normalizeName(p.columns.after));
      if (after?.length !== 1) {
        throw new MrfError(
          `the mapping's payers.columns.after names column "${p.columns.after}", which the header row ${after ? "has more than once" : `does not have (it has ${listed()})`}`,
          where(p.columns.after),
        );
      }
      candidates = headers.map((_, i) => i).filter((i) => i > after[0]!);
    } else if (p.columns.match !== undefined) {
      const re = new RegExp(p.columns.match, "i");
      candidates = headers.map((_, i) => i).filter((i) => re.test(headers[i]!.trim()));
    } else {
      candidates = p.columns.names!.map((name, i) => {
        const field = `payers.columns.names[${i}]`;
        const hits = byName.get(normalizeName(name));
        if (hits?.length !== 1) {
          throw new MrfError(
            `the mapping's ${field} names column "${name}", which the header row ${hits ? "has more than once" : `does not have (it has ${listed()})`}`,
            where(name),
          );
        }
        if (used.has(hits[0]!) || ignored.has(hits[0]!)) {
          throw new MrfError(`the mapping's ${field} names column "${name}", which is already mapped or ignored`, where(name));
        }
        return hits[0]!;
      });
    }
    const seen = new Map<string, string>();
    for (const index of candidates) {
      const name = headers[index]!.trim();
      if (name === "" || used.has(index) || ignored.has(index)) continue;
      const { payerName, planName } = splitPayerPlan(name, p.split, where(name));
      const key = `${payerName}\u0000${planName ?? ""}`.toLowerCase();
      const prev = seen.get(key);
      if (prev !== undefined) {
        throw new MrfError(`columns "${prev}" and "${name}" are both payer "${payerName}", plan "${planName ?? ""}"`, where(name));
      }
      seen.set(key, name);
      used.add(index);
      layout.payers.push({ index, name, payerName, planName });
    }
    if (layout.payers.length === 0) {
      throw new MrfError("the mapping's payers.columns selects no column of the header row", where());
    }
  }

  if (mapping.file.unmappedColumns === "error") {
    const unmapped = headers.flatMap((h, i) => (h.trim() !== "" && !used.has(i) && !ignored.has(i) ? [`"${h.trim()}"`] : []));
    if (unmapped.length) {
      throw new MrfError(
        `the mapping does not say what ${unmapped.length === 1 ? "column" : "columns"} ${unmapped.join(", ")} ${unmapped.length === 1 ? "holds" : "hold"}: map ${unmapped.length === 1 ? "it" : "them"}, or list ${unmapped.length === 1 ? "it" : "them"} in file.ignoreColumns`,
        where(unmapped[0]!.slice(1, -1)),
      );
    }
  }
  return layout;
}

/** "BLUE CROSS-Medicare Advantage HMO" → payer "BLUE CROSS", plan "Medicare Advantage HMO", as the mapping declares. */
export function splitPayerPlan(
  header: string,
  split: PayerSplit,
  where: { file?: string; row?: number; column?: string } = {},
): { payerName: string; planName: string | null } {
  let payer: string | undefined;
  let plan: string | undefined;
  if (split.pattern !== undefined) {
    const m = new RegExp(split.pattern, "i").exec(header);
    if (!m) {
      if (!split.planOptional) {
        throw new MrfError(`payer column "${header}" does not match payers.split.pattern`, where);
      }
      payer = header;
    } else {
      payer = m.groups?.payer;
      plan = m.groups?.plan;
    }
  } else {
    const sep = split.separator!;
    const at = split.at === "first" ? header.indexOf(sep) : header.lastIndexOf(sep);
    if (at < 0) {
      payer = header;
    } else {
      payer = header.slice(0, at);
      plan = header.slice(at + sep.length);
    }
  }
  const payerName = payer?.trim() ?? "";
  const planName = plan?.trim() || null;
  if (payerName === "") throw new MrfError(`payer column "${header}" has no payer name before the separator`, where);
  if (planName === null && !split.planOptional) {
    throw new MrfError(
      `payer column "${header}" has no plan name (set payers.split.planOptional: true to accept payer-only columns)`,
      where,
    );
  }
  return { payerName, planName };
}

/** Turns cell text into values as the mapping declares (empty tokens, number formats). */
class CellReader {
  private readonly empty: Set<string>;
  private readonly currency: string[];
  private readonly thousands: string | null;
  private readonly grouped: RegExp | null;

  constructor(private readonly mapping: LegacyMapping) {
    this.empty = new Set(mapping.file.emptyValues.map((v) => v.trim().toLowerCase()));
    this.currency = mapping.file.numbers.currencySymbols;
    this.thousands = mapping.file.numbers.thousandsSeparator;
    this.grouped = this.thousands === null ? null : new RegExp(`^\\d{1,3}(${escapeRegex(this.thousands)}\\d{3})+(\\.\\d*)?$`);
  }

  /** Trimmed cell text, or null when blank or an empty token. */
  text(cells: string[], index: number): string | null {
    const raw = cells[index];
    if (raw === undefined) return null;
    const t = raw.trim();
    if (t === "" || this.empty.has(t.toLowerCase())) return null;
    return t;
  }

  /** A positive decimal string, or null. */
  money(cells: string[], column: ColumnRef, row: number): string | null {
    let t = this.text(cells, column.index);
    if (t === null) return null;
    for (const symbol of this.currency) {
      if (t.startsWith(symbol)) t = t.slice(symbol.length).trim();
      else if (t.endsWith(symbol)) t = t.slice(0, -symbol.length).trim();
    }
    if (this.thousands !== null && t.includes(this.thousands)) {
      if (!this.grouped!.test(t)) {
        throw new MrfError(`"${cells[column.index]!.trim()}" is not a number with "${this.thousands}" between groups of three digits`, {
          row,
          column: column.name,
        });
      }
      t = t.split(this.thousands).join("");
    }
    if (this.mapping.file.numbers.zeroIsEmpty && /^0*(\.0*)?$/.test(t) && /\d/.test(t)) return null;
    return decimal(t, { row, column: column.name });
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function mappedValue(
  spec: MappedColumn,
  cells: string[],
  cellReader: CellReader,
  row: number,
  what: string,
): string | null {
  const value = spec.column ? cellReader.text(cells, spec.column.index) : null;
  if (value === null) return spec.default;
  if (spec.map === null) return value;
  const mapped = spec.map.get(normalizeName(value));
  if (mapped === undefined) {
    throw new MrfError(`${what} "${value}" is not in the mapping's value map (${spec.mapKeys.map((k) => `"${k}"`).join(", ")})`, {
      row,
      column: spec.column!.name,
    });
  }
  return mapped;
}

/** One data row → one ChargeRecord with a PayerCharge per payer column that has an amount. */
function legacyRecord(layout: LegacyLayout, mapping: LegacyMapping, cellReader: CellReader, cells: string[], row: number): ChargeRecord {
  const get = (ref: ColumnRef | null) => (ref === null ? null : cellReader.text(cells, ref.index));
  const money = (ref: ColumnRef | null) => (ref === null ? null : cellReader.money(cells, ref, row));

  if (cells.length > layout.headers.length) {
    const extra = cells.slice(layout.headers.length).findIndex((c) => c.trim() !== "");
    if (extra >= 0) {
      throw new MrfError(`the row has ${cells.length} cells but the header row has ${layout.headers.length} columns`, {
        row,
        column: `#${layout.headers.length + extra + 1}`,
      });
    }
  }
  for (const i of layout.unnamed) {
    if (cellReader.text(cells, i) !== null) {
      throw new MrfError(`"${cells[i]!.trim()}" is in a column without a header`, { row, column: `#${i + 1}` });
    }
  }

  const codes: ItemCodeInfo[] = [];
  for (const c of layout.codes) {
    const code = get(c);
    if (code === null) continue;
    let type = c.fixedType;
    if (type === null) {
      const rule = c.rules.find(
        (r) => r.pattern.test(code) && r.when.every((w) => w.pattern.test(cellReader.text(cells, w.column.index) ?? "")),
      );
      type = rule?.type ?? c.fallbackType;
    }
    if (type === null) {
      throw new MrfError(`code "${code}" matches none of the mapping's code-type rules, and there is no fallbackType`, {
        row,
        column: c.name,
      });
    }
    codes.push({ code, type });
  }

  let description = get(layout.description);
  let noDescription = false;
  if (description === null) {
    const first = codes[0];
    if (layout.description.whenBlank !== "code" || first === undefined) {
      throw new MrfError(
        layout.description.whenBlank === "code" ? "description is blank and the row has no code to describe it by" : "description is blank",
        { row, column: layout.description.name },
      );
    }
    description = `${first.type} ${first.code}`;
    noDescription = true;
  }

  const setting = mappedValue(layout.setting, cells, cellReader, row, "setting");
  if (setting === null) {
    throw new MrfError("setting is blank and the mapping gives no columns.setting.default", { row, column: layout.setting.column?.name });
  }
  const normalizedSetting = setting.toLowerCase();
  if (!(SETTINGS as readonly string[]).includes(normalizedSetting)) {
    throw new MrfError(`setting "${setting}" is not one of ${SETTINGS.join(", ")}; map it with columns.setting.map`, {
      row,
      column: layout.setting.column?.name,
    });
  }

  const notes = [
    noDescription ? "The file gives no description for this item" : null,
    get(layout.notes),
    ...layout.extraNotes.map((ref) => {
      const value = get(ref);
      return value === null ? null : `${ref.name}: ${value}`;
    }),
  ].filter((n): n is string => n !== null);

  const payers: PayerCharge[] = [];
  const p = mapping.payers;
  for (const col of layout.payers) {
    const amount = money(col);
    if (amount === null) continue;
    payers.push({
      payerName: col.payerName,
      planName: col.planName,
      negotiatedDollar: amount,
      negotiatedPercentage: null,
      negotiatedAlgorithm: null,
      methodology: p?.methodology ?? null,
      medianAmount: null,
      percentile10: null,
      percentile90: null,
      allowedCount: null,
      payerNotes: p?.notes ?? null,
    });
  }

  return {
    row,
    description,
    codes,
    setting: normalizedSetting,
    modifiers: get(layout.modifiers),
    drugUnit: null,
    drugUnitType: null,
    gross: money(layout.gross),
    discountedCash: money(layout.discountedCash),
    minimum: money(layout.minimum),
    maximum: money(layout.maximum),
    genericNotes: notes.length ? notes.join("; ") : null,
    billingClass: layout.billingClass ? mappedValue(layout.billingClass, cells, cellReader, row, "billing class") : null,
    payers,
  };
}

export interface LegacyReadOptions {
  /** Name used in error messages (defaults to the path). */
  displayName?: string;
  /** Receives the file stream once opened, so callers can report bytes read. */
  onStream?: (stream: ReadStream) => void;
  /**
   * Called instead of throwing when a data row cannot be read (lenient loading):
   * the row is left out and reading goes on. Problems with the header row or the
   * file itself always throw.
   */
  onRowError?: (error: MrfError, cells: string[]) => void;
}

function withFile(error: unknown, file: string | undefined): unknown {
  if (error instanceof MrfError) {
    return error.location.file === file ? error : new MrfError(error.message, { ...error.location, file });
  }
  if (error instanceof CsvLimitError) return new MrfError(error.message, { file, row: error.row });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && code.startsWith("E")) return new MrfError(`cannot read the file (${code})`, { file });
  return error;
}

/** Reads a legacy CSV from a stream; see readLegacyFile. */
export async function* readLegacyStream(
  input: Readable,
  mapping: LegacyMapping,
  options: Omit<LegacyReadOptions, "onStream"> = {},
): AsyncGenerator<LegacyEvent> {
  const file = options.displayName;
  const headerRow = mapping.file.skipRows + 1;
  const cellReader = new CellReader(mapping);
  let row = 0;
  let layout: LegacyLayout | undefined;
  const rows = csvRows(input)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<string[]>;
      try {
        next = await rows.next();
      } catch (error) {
        throw withFile(error, file);
      }
      if (next.done) break;
      const cells = next.value;
      row++;
      if (row < headerRow) continue;
      if (row === headerRow) {
        try {
          layout = resolveLegacyLayout(cells, mapping, file, headerRow);
        } catch (error) {
          throw withFile(error, file);
        }
        yield { type: "header", header: legacyHeader(mapping), format: "legacy" };
        continue;
      }
      if (cells.every((c) => cellReader.text([c], 0) === null)) continue; // blank, or "empty" tokens only
      let record: ChargeRecord;
      try {
        record = legacyRecord(layout!, mapping, cellReader, cells, row);
      } catch (error) {
        const located = withFile(error, file);
        if (located instanceof MrfError && options.onRowError) {
          options.onRowError(located, cells);
          continue;
        }
        throw located;
      }
      yield { type: "record", record };
    }
  } finally {
    // Closes the file when the caller stops early or reading fails.
    await rows.return?.(undefined);
    input.destroy();
  }
  if (!layout) {
    throw new MrfError(
      row === 0 ? "the file is empty" : `the file ends before row ${headerRow}, where the mapping expects the column headers`,
      { file, row: row + 1 },
    );
  }
}

/**
 * Streams a legacy CSV price file at `path` as `mapping` declares: first a
 * header event (hospital facts from the mapping, format "legacy"), then one
 * record event per data row (blank rows are skipped). Errors are MrfErrors
 * naming file, row and column. The third argument is the display name used in
 * errors, or options (display name, stream hook, lenient row-error handler).
 */
export async function* readLegacyFile(
  path: string,
  mapping: LegacyMapping,
  displayNameOrOptions: string | LegacyReadOptions = {},
): AsyncGenerator<LegacyEvent> {
  const options = typeof displayNameOrOptions === "string" ? { displayName: displayNameOrOptions } : displayNameOrOptions;
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  options.onStream?.(stream);
  yield* readLegacyStream(stream, mapping, { ...options, displayName: options.displayName ?? path });
}
