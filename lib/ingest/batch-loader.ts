// Normalizes charge records into items (with their codes and search lexemes),
// standard charges (with their payer charges as parallel arrays) and payer plans, and writes them with COPY in
// batches inside the caller's transaction. Memory is bounded by the batch size,
// not the file size.
//
// Ids are computed, not drawn from sequences: mrf_file_id × 10^10 + ordinal in
// the file (file 7's third item is 70000000003). A load then needs no round trip for ids, and PostgreSQL can work on
// one batch while the next is parsed (docs/adr/0006).
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ChargeRecord } from "../mrf/types";
import { CopyBuffer } from "./copy-buffer";
import { searchVectorLiteral } from "../search/lexemes";
import { copyField } from "./copy-text";

const ITEM_COLUMNS = "hospital_id, id, mrf_file_id, description, item_key, codes, code_types, search";
const CHARGE_COLUMNS =
  "hospital_id, id, item_id, mrf_file_id, setting, modifiers, drug_unit, drug_unit_type, gross, discounted_cash, minimum, maximum, " +
  "generic_notes, billing_class, plan_nos, negotiated_dollars, negotiated_percentages, negotiated_algorithms, methodologies, " +
  "median_amounts, percentiles_10, percentiles_90, allowed_counts, payer_notes";
const PLAN_COLUMNS = "hospital_id, mrf_file_id, plan_no, payer_name, plan_name";
const QUARANTINE_COLUMNS = "hospital_id, mrf_file_id, row, reasons, raw";

/** Distinct description words a file adds to search_words at most. */
const MAX_VOCABULARY = 100_000;
/** Rows (payer charges, charges without payers, quarantined rows) per COPY batch. */
const FLUSH_AT_ROWS = 25_000;
// The first batch is small and each next one twice as large up to FLUSH_AT_ROWS,
// so PostgreSQL starts after 1,000 rows rather than idling while the reader
// (its code not yet optimized) parses the first 25,000: on files with few payer
// rows per item PostgreSQL is the slower side, and this is time it never gets back.
const FIRST_FLUSH_AT_ROWS = 1_000;
// COPY batches sent but not yet confirmed. PostgreSQL's pace is uneven (a GIN
// pending-list cleanup, a burst of WAL or buffer writes stalls it for a while):
// with two batches queued the reader waited about a fifth of the time on
// files where it is the slower side; four absorb those stalls (a few MB more).
const MAX_IN_FLIGHT = 4;
/** Records merged into one standard charge at most; a longer run starts another (bounds memory). */
const MAX_GROUP_RECORDS = 1_000;
/** Ordinals per file: ids are file id × 10^10 + ordinal, written as text without arithmetic. */
const ORDINAL_DIGITS = 10;
const MAX_ORDINAL = 10 ** ORDINAL_DIGITS - 1;
/** NULL in COPY text. */
const NULL = "\\N";

/**
 * What identifies an item across a hospital's file versions: its codes (type
 * and code, in order), or its description when it has no code.
 */
export function itemKey(record: Pick<ChargeRecord, "codes" | "description">): string {
  if (record.codes.length === 0) return `desc:${record.description.toLowerCase()}`;
  let key = "";
  for (const c of record.codes) key += (key ? "|" : "") + c.type + ":" + c.code;
  return key;
}

/** The fields that make consecutive records one standard charge (notes aside: see flushGroup). */
function sameCharge(a: ChargeRecord, b: ChargeRecord): boolean {
  return (
    a.setting === b.setting &&
    a.gross === b.gross &&
    a.discountedCash === b.discountedCash &&
    a.minimum === b.minimum &&
    a.maximum === b.maximum &&
    a.modifiers === b.modifiers &&
    a.drugUnit === b.drugUnit &&
    a.drugUnitType === b.drugUnitType &&
    a.billingClass === b.billingClass
  );
}

function joinNotes(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null || b === a) return a;
  return `${a}; ${b}`;
}

/** The note most records of a group carry, none counting as a note (the first of equals wins). */
function commonNote(group: readonly ChargeRecord[]): string | null {
  const first = group[0]!.genericNotes;
  let differs = false;
  for (let i = 1; i < group.length && !differs; i++) differs = group[i]!.genericNotes !== first;
  if (!differs) return first;
  const counts = new Map<string | null, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const r of group) {
    const n = (counts.get(r.genericNotes) ?? 0) + 1;
    counts.set(r.genericNotes, n);
    if (n > bestCount) [best, bestCount] = [r.genericNotes, n];
  }
  return best;
}

/**
 * Builds the COPY text of a PostgreSQL array column, element by element; the
 * column is NULL when every element is (so readers need not scan all-NULL
 * arrays). Most columns are all NULL in most files: nothing is built for them.
 */
class ArrayColumn {
  private text = "";
  private n = 0;
  /** Elements before the first value, written out only once a value arrives. */
  private leadingNulls = 0;

  constructor(private readonly quoted: boolean) {}

  /** `value` is a validated decimal or integer (nothing to escape) unless the column is quoted. */
  push(value: string | number | null): void {
    if (value === null) {
      if (this.n === 0) this.leadingNulls++;
      else this.text += ",NULL";
      return;
    }
    if (this.n === 0) {
      if (this.leadingNulls > 0) this.text = "NULL,".repeat(this.leadingNulls);
    } else {
      this.text += ",";
    }
    this.n++;
    this.text += this.quoted ? copyElement(value as string) : value;
  }

  /** The column's COPY field, and resets for the next charge. */
  take(): string {
    const field = this.n === 0 ? "\\N" : `{${this.text}}`;
    this.text = "";
    this.n = 0;
    this.leadingNulls = 0;
    return field;
  }
}

const ARRAY_SPECIAL = /["\\]/;
/** Characters that need escaping in an array element or in COPY text. */
const ELEMENT_SPECIAL = /["\\\n\r\t\0]/;

/** An array element as it appears in a COPY field: quoted for the array, then escaped for COPY. */
function copyElement(value: string): string {
  return ELEMENT_SPECIAL.test(value) ? copyField(quoteElement(value)) : `"${value}"`;
}

/** An array element in double quotes, its quotes and backslashes escaped. */
function quoteElement(value: string): string {
  return ARRAY_SPECIAL.test(value) ? `"${value.replace(/["\\]/g, "\\$&")}"` : `"${value}"`;
}

/** The COPY fields of an item's `codes` and `code_types` arrays (both NULL when it has no code). */
function codeArrays(record: ChargeRecord): string {
  if (record.codes.length === 0) return "\\N\t\\N";
  let codes = "";
  let types = "";
  for (const c of record.codes) {
    codes += (codes ? "," : "") + copyElement(c.code.toUpperCase());
    types += (types ? "," : "") + copyElement(c.type);
  }
  return `{${codes}}\t{${types}}`;
}

/** True when both records name the same codes, in the same order. */
function sameCodes(a: ChargeRecord, b: ChargeRecord): boolean {
  if (a.codes === b.codes) return true;
  if (a.codes.length !== b.codes.length) return false;
  for (let i = 0; i < a.codes.length; i++) {
    if (a.codes[i]!.code !== b.codes[i]!.code || a.codes[i]!.type !== b.codes[i]!.type) return false;
  }
  return true;
}

/** ZEROS[k] is k zeros. */
const ZEROS = Array.from({ length: ORDINAL_DIGITS + 1 }, (_, k) => "0".repeat(k));

export class BatchLoader {
  private items = new CopyBuffer();
  private charges = new CopyBuffer(4 << 20);
  private quarantine = new CopyBuffer();
  /** The file id as COPY text: every row's mrf_file_id, and the first digits of every id. */
  private readonly fileIdText: string;
  private readonly prefix: string;
  /** payer → plan ("" for none) → plan number. */
  private plans = new Map<string, Map<string, number>>();
  /** The file's description words, for search_words (bounded: a vocabulary, not a copy of the file). */
  private vocabulary = new Set<string>();
  private planCount = 0;
  private planRows: string[] = [];
  private pendingRows = 0;
  private flushAtRows = FIRST_FLUSH_AT_ROWS;
  private lastRecord: ChargeRecord | undefined;
  private itemId = "";
  private group: ChargeRecord[] = [];
  // One per payer-charge field, in CHARGE_COLUMNS order.
  private readonly arrays = {
    planNos: new ArrayColumn(false),
    dollars: new ArrayColumn(false),
    percentages: new ArrayColumn(false),
    algorithms: new ArrayColumn(true),
    methodologies: new ArrayColumn(true),
    medians: new ArrayColumn(false),
    p10s: new ArrayColumn(false),
    p90s: new ArrayColumn(false),
    counts: new ArrayColumn(true),
    notes: new ArrayColumn(true),
  };
  /** The same columns in CHARGE_COLUMNS order. */
  private readonly arrayColumns = Object.values(this.arrays);
  private inFlight: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();
  itemCount = 0;
  /** Standard charges (an item in a setting with its amounts and payer charges). */
  standardChargeCount = 0;
  /** Charge rows as a tall CSV would list them: one per payer charge, or one for a charge without payers. */
  chargeCount = 0;
  quarantinedCount = 0;

  constructor(
    private readonly client: pg.ClientBase,
    readonly hospitalId: number,
    readonly mrfFileId: number,
  ) {
    this.fileIdText = String(mrfFileId);
    this.prefix = `${hospitalId}\t`;
  }

  private nextId(ordinal: number): string {
    if (ordinal > MAX_ORDINAL) throw new Error(`more than ${MAX_ORDINAL} items or charges in one file`);
    const digits = String(ordinal);
    return this.fileIdText + ZEROS[ORDINAL_DIGITS - digits.length] + digits;
  }

  /** Adds a record; true when enough rows are buffered that the caller should `flush()`. */
  add(record: ChargeRecord): boolean {
    // Consecutive records for the same description and codes are one item in
    // several settings (or, in tall files, several payer rows of one item).
    const last = this.lastRecord;
    if (last === undefined || record.description !== last.description || !sameCodes(record, last)) {
      this.flushGroup();
      this.itemCount++;
      this.itemId = this.nextId(this.itemCount);
      const w = this.items;
      w.write(this.prefix);
      w.write(this.itemId);
      w.rawCell(this.fileIdText);
      w.textCell(record.description);
      w.textCell(itemKey(record));
      w.rawCell(codeArrays(record));
      w.textCell(searchVectorLiteral(record.description, record.codes, this.vocabulary.size < MAX_VOCABULARY ? this.vocabulary : undefined));
      w.newline();
    } else if (this.group.length >= MAX_GROUP_RECORDS || !sameCharge(this.group[0]!, record)) {
      this.flushGroup();
    }
    this.lastRecord = record;
    this.group.push(record);
    const added = record.payers.length > 0 ? record.payers.length : 1;
    this.chargeCount += added;
    this.pendingRows += added;
    return this.pendingRows >= this.flushAtRows;
  }

  /** Sets a row aside (lenient mode) with the reasons it was refused; true when the caller should `flush()`. */
  reject(row: number, raw: string, reasons: unknown): boolean {
    this.quarantine.write(
      `${this.prefix}${this.mrfFileId}\t${row}\t${copyField(JSON.stringify(reasons))}\t${copyField(raw)}\n`,
    );
    this.quarantinedCount++;
    this.pendingRows++;
    return this.pendingRows >= this.flushAtRows;
  }

  private planNo(payerName: string, planName: string | null): number {
    let plans = this.plans.get(payerName);
    if (plans === undefined) this.plans.set(payerName, (plans = new Map()));
    let no = plans.get(planName ?? "");
    if (no === undefined) {
      no = ++this.planCount;
      plans.set(planName ?? "", no);
      this.planRows.push(`${this.prefix}${this.mrfFileId}\t${no}\t${copyField(payerName)}\t${copyField(planName)}\n`);
    }
    return no;
  }

  /** Writes the standard charge the buffered records make, with their payer charges. */
  private flushGroup(): void {
    const group = this.group;
    if (group.length === 0) return;
    const first = group[0]!;
    // The note most rows share belongs to the charge. In a tall CSV, a payer row
    // whose note differs keeps its own as that payer charge's notes.
    const chargeNotes = commonNote(group);
    const a = this.arrays;
    let payers = 0;
    for (const record of group) {
      const rowNotes = record.genericNotes !== chargeNotes ? record.genericNotes : null;
      for (const p of record.payers) {
        payers++;
        a.planNos.push(this.planNo(p.payerName, p.planName));
        a.dollars.push(p.negotiatedDollar);
        a.percentages.push(p.negotiatedPercentage);
        a.algorithms.push(p.negotiatedAlgorithm);
        a.methodologies.push(p.methodology);
        a.medians.push(p.medianAmount);
        a.p10s.push(p.percentile10);
        a.p90s.push(p.percentile90);
        a.counts.push(p.allowedCount);
        a.notes.push(joinNotes(rowNotes, p.payerNotes));
      }
    }
    // A payer-less row's own note would have nowhere to go: it stays with the charge.
    let notes = chargeNotes;
    if (payers < group.length) {
      for (const r of group) if (r.payers.length === 0 && r.genericNotes !== chargeNotes) notes = joinNotes(notes, r.genericNotes);
    }
    this.standardChargeCount++;
    const w = this.charges;
    w.write(this.prefix);
    w.write(this.nextId(this.standardChargeCount));
    w.rawCell(this.itemId);
    w.rawCell(this.fileIdText);
    w.textCell(first.setting);
    w.textCell(first.modifiers);
    // Amounts are validated decimals (as the array columns' are): nothing to escape.
    w.rawCell(first.drugUnit ?? NULL);
    w.textCell(first.drugUnitType);
    w.rawCell(first.gross ?? NULL);
    w.rawCell(first.discountedCash ?? NULL);
    w.rawCell(first.minimum ?? NULL);
    w.rawCell(first.maximum ?? NULL);
    w.textCell(notes);
    w.textCell(first.billingClass);
    for (const column of this.arrayColumns) w.rawCell(column.take());
    w.newline();
    this.group = [];
  }

  /** Sends the buffered rows without waiting for PostgreSQL to finish them. */
  async flush(): Promise<void> {
    const items = this.items.take();
    const charges = this.charges.take();
    const quarantined = this.quarantine.take();
    this.pendingRows = 0;
    this.flushAtRows = Math.min(FLUSH_AT_ROWS, this.flushAtRows * 2);
    // Chained, not awaited: the connection runs one COPY at a time while parsing continues.
    const batch = this.tail.then(async () => {
      await this.copy(`COPY items (${ITEM_COLUMNS}) FROM STDIN`, items);
      this.items.recycle(items);
      await this.copy(`COPY standard_charges (${CHARGE_COLUMNS}) FROM STDIN`, charges);
      this.charges.recycle(charges);
      await this.copy(`COPY quarantined_rows (${QUARANTINE_COLUMNS}) FROM STDIN`, quarantined);
      this.quarantine.recycle(quarantined);
    });
    this.tail = batch;
    this.inFlight.push(batch);
    batch.catch(() => undefined); // surfaced by the awaits below or in finish()
    while (this.inFlight.length > MAX_IN_FLIGHT) await this.inFlight.shift();
  }

  /** Sends what is left, with the file's payers and plans, and waits until PostgreSQL has every row. */
  async finish(): Promise<void> {
    this.flushGroup();
    await this.flush();
    const plans = Buffer.from(this.planRows.join(""), "utf8");
    const words = [...this.vocabulary];
    const batch = this.tail.then(async () => {
      await this.copy(`COPY payer_plans (${PLAN_COLUMNS}) FROM STDIN`, plans);
      for (let i = 0; i < words.length; i += 10_000) {
        await this.client.query(`INSERT INTO search_words (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [words.slice(i, i + 10_000)]);
      }
    });
    this.tail = batch;
    this.inFlight.push(batch);
    batch.catch(() => undefined);
    while (this.inFlight.length) await this.inFlight.shift();
  }

  private async copy(sql: string, bytes: Buffer): Promise<void> {
    if (bytes.length === 0) return;
    const stream = this.client.query(copyFrom(sql));
    await pipeline(Readable.from([bytes]), stream);
  }
}
