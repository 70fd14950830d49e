// Buffers normalized rows and writes them with COPY in batches, inside the
// caller's transaction. Memory is bounded by the batch size, not the file size.
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ChargeRecord } from "../mrf/types";
import { copyLine } from "./copy-text";

const ITEM_COLUMNS = "hospital_id, id, mrf_file_id, description";
const CODE_COLUMNS = "hospital_id, item_id, position, code, code_type";
const CHARGE_COLUMNS = [
  "hospital_id", "item_id", "mrf_file_id", "setting", "modifiers", "drug_unit", "drug_unit_type",
  "gross", "discounted_cash", "payer_name", "plan_name", "negotiated_dollar", "negotiated_percentage",
  "negotiated_algorithm", "methodology", "minimum", "maximum", "median_amount", "percentile_10",
  "percentile_90", "allowed_count", "payer_notes", "generic_notes", "billing_class",
].join(", ");

const ID_BLOCK = 10_000;
const FLUSH_AT_CHARGES = 20_000;

export class BatchLoader {
  private items: string[] = [];
  private codes: string[] = [];
  private charges: string[] = [];
  private ids: bigint[] = [];
  private lastItemKey: string | undefined;
  private currentItemId: bigint | undefined;
  itemCount = 0;
  chargeCount = 0;

  constructor(
    private readonly client: pg.ClientBase,
    private readonly hospitalId: number,
    private readonly mrfFileId: number,
  ) {}

  private async nextItemId(): Promise<bigint> {
    if (this.ids.length === 0) {
      // Reserve a block of ids from the table's own sequence (safe under concurrency).
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
    const key = `${record.description}\u0001${record.codes.map((c) => `${c.type}:${c.code}`).join("|")}`;
    if (key !== this.lastItemKey || this.currentItemId === undefined) {
      this.currentItemId = await this.nextItemId();
      this.lastItemKey = key;
      this.itemCount++;
      this.items.push(copyLine([this.hospitalId, this.currentItemId, this.mrfFileId, record.description]));
      record.codes.forEach((c, i) =>
        this.codes.push(copyLine([this.hospitalId, this.currentItemId, i + 1, c.code, c.type])),
      );
    }
    const itemPart = [
      this.hospitalId, this.currentItemId, this.mrfFileId, record.setting, record.modifiers,
      record.drugUnit, record.drugUnitType, record.gross, record.discountedCash,
    ];
    const tail = [record.minimum, record.maximum];
    if (record.payers.length === 0) {
      this.charges.push(copyLine([...itemPart, null, null, null, null, null, null, ...tail, null, null, null, null, null, record.genericNotes, record.billingClass]));
    }
    for (const p of record.payers) {
      this.charges.push(
        copyLine([
          ...itemPart, p.payerName, p.planName, p.negotiatedDollar, p.negotiatedPercentage,
          p.negotiatedAlgorithm, p.methodology, ...tail, p.medianAmount, p.percentile10, p.percentile90,
          p.allowedCount, p.payerNotes, record.genericNotes, record.billingClass,
        ]),
      );
    }
    this.chargeCount += Math.max(1, record.payers.length);
    if (this.charges.length >= FLUSH_AT_CHARGES) await this.flush();
  }

  async flush(): Promise<void> {
    await this.copy(`COPY items (${ITEM_COLUMNS}) FROM STDIN`, this.items);
    await this.copy(`COPY item_codes (${CODE_COLUMNS}) FROM STDIN`, this.codes);
    await this.copy(`COPY standard_charges (${CHARGE_COLUMNS}) FROM STDIN`, this.charges);
    this.items = [];
    this.codes = [];
    this.charges = [];
  }

  private async copy(sql: string, lines: string[]): Promise<void> {
    if (lines.length === 0) return;
    const stream = this.client.query(copyFrom(sql));
    await pipeline(Readable.from([lines.join("")]), stream);
  }
}
