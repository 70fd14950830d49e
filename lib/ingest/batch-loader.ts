// Buffers normalized rows and writes them with COPY in batches, inside the
// caller's transaction. Memory is bounded by the batch size, not the file size.
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ChargeRecord } from "../mrf/types";
import { CopyBuffer } from "./copy-buffer";
import { copyField } from "./copy-text";

const ITEM_COLUMNS = "hospital_id, id, mrf_file_id, description, item_key";
const QUARANTINE_COLUMNS = "hospital_id, mrf_file_id, row, reasons, raw";
const CODE_COLUMNS = "hospital_id, item_id, position, code, code_type";
const CHARGE_COLUMNS = [
  "hospital_id", "item_id", "mrf_file_id", "setting", "modifiers", "drug_unit", "drug_unit_type",
  "gross", "discounted_cash", "payer_name", "plan_name", "negotiated_dollar", "negotiated_percentage",
  "negotiated_algorithm", "methodology", "minimum", "maximum", "median_amount", "percentile_10",
  "percentile_90", "allowed_count", "payer_notes", "generic_notes", "billing_class",
].join(", ");

// Ids are reserved in large blocks: reserving waits for the COPYs already queued
// on the connection, so it must be rare for parsing and loading to overlap.
const ID_BLOCK = 50_000;
const FLUSH_AT_CHARGES = 20_000;
// COPY batches sent but not yet confirmed; more would only buffer in memory.
const MAX_IN_FLIGHT = 2;

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

export class BatchLoader {
  private items = new CopyBuffer();
  private codes = new CopyBuffer();
  private charges = new CopyBuffer(8 << 20);
  private quarantine = new CopyBuffer();
  quarantinedCount = 0;
  private pendingCharges = 0;
  private ids: bigint[] = [];
  private lastItemKey: string | undefined;
  private currentItemId: bigint | undefined;
  private inFlight: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();
  itemCount = 0;
  chargeCount = 0;

  constructor(
    private readonly client: pg.ClientBase,
    readonly hospitalId: number,
    readonly mrfFileId: number,
  ) {}

  private async nextItemId(): Promise<bigint> {
    if (this.ids.length === 0) {
      // Reserve a block of ids from the table's own sequence (safe under concurrency),
      // after the COPYs already sent: the connection runs one statement at a time.
      await this.tail;
      const { rows } = await this.client.query<{ id: string }>(
        `SELECT nextval(pg_get_serial_sequence('items', 'id'))::text AS id FROM generate_series(1, $1)`,
        [ID_BLOCK],
      );
      this.ids = rows.map((r) => BigInt(r.id)).reverse();
    }
    return this.ids.pop()!;
  }

  async add(record: ChargeRecord): Promise<void> {
    // Consecutive records for the same description and codes are one item in
    // several settings (or, in tall files, several payer rows of one item).
    const codes = itemKey(record);
    const key = `${record.description}\u0001${codes}`;
    if (key !== this.lastItemKey || this.currentItemId === undefined) {
      this.currentItemId = await this.nextItemId();
      this.lastItemKey = key;
      this.itemCount++;
      const itemId = String(this.currentItemId);
      this.items.write(`${this.hospitalId}\t${itemId}\t${this.mrfFileId}\t${copyField(record.description)}\t${copyField(codes)}\n`);
      for (let i = 0; i < record.codes.length; i++) {
        const c = record.codes[i]!;
        this.codes.write(`${this.hospitalId}\t${itemId}\t${i + 1}\t${copyField(c.code)}\t${copyField(c.type)}\n`);
      }
    }
    // The columns shared by every payer row of this record, in CHARGE_COLUMNS order.
    const head =
      `${this.hospitalId}\t${this.currentItemId}\t${this.mrfFileId}\t${copyField(record.setting)}\t` +
      `${copyField(record.modifiers)}\t${copyField(record.drugUnit)}\t${copyField(record.drugUnitType)}\t` +
      `${copyField(record.gross)}\t${copyField(record.discountedCash)}\t`;
    const minMax = `${copyField(record.minimum)}\t${copyField(record.maximum)}\t`;
    const notes = `${copyField(record.genericNotes)}\t${copyField(record.billingClass)}\n`;
    if (record.payers.length === 0) {
      this.charges.write(`${head}\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t${minMax}\\N\t\\N\t\\N\t\\N\t\\N\t${notes}`);
    }
    for (const p of record.payers) {
      this.charges.write(
        `${head}${copyField(p.payerName)}\t${copyField(p.planName)}\t${copyField(p.negotiatedDollar)}\t` +
        `${copyField(p.negotiatedPercentage)}\t${copyField(p.negotiatedAlgorithm)}\t${copyField(p.methodology)}\t` +
        `${minMax}${copyField(p.medianAmount)}\t${copyField(p.percentile10)}\t${copyField(p.percentile90)}\t` +
        `${copyField(p.allowedCount)}\t${copyField(p.payerNotes)}\t${notes}`,
      );
    }
    const added = Math.max(1, record.payers.length);
    this.chargeCount += added;
    this.pendingCharges += added;
    if (this.pendingCharges >= FLUSH_AT_CHARGES) await this.flush();
  }

  /** Sets a row aside (lenient mode) with the reasons it was refused. */
  async reject(row: number, raw: string, reasons: unknown): Promise<void> {
    this.quarantine.write(
      `${this.hospitalId}\t${this.mrfFileId}\t${row}\t${copyField(JSON.stringify(reasons))}\t${copyField(raw)}\n`,
    );
    this.quarantinedCount++;
    this.pendingCharges++;
    if (this.pendingCharges >= FLUSH_AT_CHARGES) await this.flush();
  }

  /** Sends the buffered rows without waiting for PostgreSQL to finish them. */
  async flush(): Promise<void> {
    const items = this.items.take();
    const codes = this.codes.take();
    const charges = this.charges.take();
    const quarantined = this.quarantine.take();
    this.pendingCharges = 0;
    // Chained, not awaited: the connection runs one COPY at a time (items before
    // the codes and charges that refer to them) while parsing continues.
    const batch = this.tail.then(async () => {
      await this.copy(`COPY items (${ITEM_COLUMNS}) FROM STDIN`, items);
      await this.copy(`COPY item_codes (${CODE_COLUMNS}) FROM STDIN`, codes);
      await this.copy(`COPY standard_charges (${CHARGE_COLUMNS}) FROM STDIN`, charges);
      await this.copy(`COPY quarantined_rows (${QUARANTINE_COLUMNS}) FROM STDIN`, quarantined);
    });
    this.tail = batch;
    this.inFlight.push(batch);
    batch.catch(() => undefined); // surfaced by the awaits below or in finish()
    while (this.inFlight.length > MAX_IN_FLIGHT) await this.inFlight.shift();
  }

  /** Sends what is left and waits until PostgreSQL has every row. */
  async finish(): Promise<void> {
    await this.flush();
    while (this.inFlight.length) await this.inFlight.shift();
  }

  private async copy(sql: string, bytes: Buffer): Promise<void> {
    if (bytes.length === 0) return;
    const stream = this.client.query(copyFrom(sql));
    await pipeline(Readable.from([bytes]), stream);
  }
}
