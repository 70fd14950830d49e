// A service's listings: each chosen item's standard charges (one per setting)
// with their payer charges, as the offers the search shows — the price a
// visitor asked for, the spread across payers, the file the prices come from.
import type pg from "pg";
import { numericToNumber } from "./money";
import { median } from "./stats";
import type { HospitalRef, PayerRate, PriceKind, RateSpread, ServiceOffer, ShownPrice } from "./types";

/** Payer charges read per standard charge at most (a listing shows that many rates). */
export const MAX_RATES_PER_CHARGE = 120;

export interface OfferItem {
  hospitalId: number;
  itemId: string;
  fileId: number;
  description: string;
  miles: number | null;
}

export interface OfferFilter {
  setting: "inpatient" | "outpatient" | null;
  /** Case-insensitive parts of the payer's and plan's names. */
  payer: string | null;
  plan: string | null;
  price: PriceKind;
}

interface ChargeRow {
  ord: number;
  setting: string;
  billing_class: string | null;
  modifiers: string | null;
  gross: string | null;
  discounted_cash: string | null;
  minimum: string | null;
  maximum: string | null;
  plan_nos: number[] | null;
  negotiated_dollars: (string | null)[] | null;
  negotiated_percentages: (string | null)[] | null;
  negotiated_algorithms: (string | null)[] | null;
  methodologies: (string | null)[] | null;
  median_amounts: (string | null)[] | null;
  percentiles_10: (string | null)[] | null;
  percentiles_90: (string | null)[] | null;
  allowed_counts: (string | null)[] | null;
  payer_notes: (string | null)[] | null;
}

interface PlanRow {
  hospital_id: number;
  mrf_file_id: number;
  plan_no: number;
  payer_name: string;
  plan_name: string | null;
}

interface FileRow {
  id: number;
  last_updated_on: string;
  source: string;
}

const at = <T>(values: (T | null)[] | null, i: number): T | null => (values ? (values[i] ?? null) : null);

function spreadOf(rates: PayerRate[]): RateSpread | null {
  const dollars = rates.map((r) => r.negotiatedDollar).filter((d): d is number => d !== null).sort((a, b) => a - b);
  if (dollars.length === 0) return null;
  return { min: dollars[0]!, median: median(dollars), max: dollars[dollars.length - 1]!, count: dollars.length };
}

const contains = (text: string | null, part: string | null) => part === null || (text ?? "").toLowerCase().includes(part.toLowerCase());

/** The figure a listing is ranked and shown by, for the price kind asked. */
function shownPrice(kind: PriceKind, offer: Pick<ServiceOffer, "gross" | "discountedCash">, rates: PayerRate[], payerFiltered: boolean): ShownPrice | null {
  if (kind === "cash") return offer.discountedCash === null ? null : { kind, amount: offer.discountedCash, payer: null, plan: null };
  if (kind === "gross") return offer.gross === null ? null : { kind, amount: offer.gross, payer: null, plan: null };
  const dollars = rates.filter((r) => r.negotiatedDollar !== null);
  if (dollars.length === 0) return null;
  if (payerFiltered) {
    // The visitor's payer and plan: their lowest dollar rate (a plan may be listed more than once).
    const best = dollars.reduce((a, b) => (b.negotiatedDollar! < a.negotiatedDollar! ? b : a));
    return { kind, amount: best.negotiatedDollar!, payer: best.payer, plan: best.plan };
  }
  return { kind, amount: median(dollars.map((r) => r.negotiatedDollar!)), payer: null, plan: null };
}

/**
 * The offers of `items` (several per item when it is listed in several
 * settings), in the items' order. Items whose charges the filter leaves out
 * (another setting) give none.
 */
export async function loadOffers(
  client: pg.ClientBase,
  items: OfferItem[],
  hospitals: Map<number, HospitalRef>,
  filter: OfferFilter,
): Promise<ServiceOffer[][]> {
  if (items.length === 0) return [];
  // One connection runs one query at a time (pg queues the rest), so these go in turn.
  const charges = await client.query<ChargeRow>(
    `SELECT x.ord::int AS ord, sc.setting, sc.billing_class, sc.modifiers, sc.gross, sc.discounted_cash, sc.minimum, sc.maximum,
            sc.plan_nos[1:$3] AS plan_nos, sc.negotiated_dollars[1:$3] AS negotiated_dollars,
            sc.negotiated_percentages[1:$3] AS negotiated_percentages, sc.negotiated_algorithms[1:$3] AS negotiated_algorithms,
            sc.methodologies[1:$3] AS methodologies, sc.median_amounts[1:$3] AS median_amounts,
            sc.percentiles_10[1:$3] AS percentiles_10, sc.percentiles_90[1:$3] AS percentiles_90,
            sc.allowed_counts[1:$3] AS allowed_counts, sc.payer_notes[1:$3] AS payer_notes
     FROM unnest($1::int[], $2::bigint[]) WITH ORDINALITY AS x(hospital_id, item_id, ord)
     JOIN standard_charges sc ON sc.hospital_id = x.hospital_id AND sc.item_id = x.item_id
     ORDER BY x.ord, sc.id`,
    [items.map((i) => i.hospitalId), items.map((i) => i.itemId), MAX_RATES_PER_CHARGE],
  );
  const plans = await client.query<PlanRow>(
    `SELECT p.hospital_id, p.mrf_file_id, p.plan_no, p.payer_name, p.plan_name
     FROM payer_plans p
     JOIN unnest($1::int[], $2::int[]) AS f(hospital_id, file_id) ON p.hospital_id = f.hospital_id AND p.mrf_file_id = f.file_id`,
    fileKeys(items),
  );
  const files = await client.query<FileRow>(
    `SELECT id, to_char(last_updated_on, 'YYYY-MM-DD') AS last_updated_on, source FROM mrf_files WHERE id = ANY($1::int[])`,
    [[...new Set(items.map((i) => i.fileId))]],
  );

  const planNames = new Map<string, { payer: string; plan: string | null }>();
  for (const p of plans.rows) planNames.set(`${p.mrf_file_id}:${p.plan_no}`, { payer: p.payer_name, plan: p.plan_name });
  const fileInfo = new Map(files.rows.map((f) => [f.id, { lastUpdatedOn: f.last_updated_on, source: f.source }]));
  const payerFiltered = filter.payer !== null || filter.plan !== null;

  // One listing per item, setting, billing class and modifiers: a hospital may publish the
  // gross and cash prices on one row and the payers' rates on others.
  const listings = new Map<string, { ord: number; offer: ServiceOffer; fromPayerless: boolean }>();
  for (const row of charges.rows) {
    const item = items[row.ord - 1]!;
    if (filter.setting && row.setting !== filter.setting && row.setting !== "both") continue;
    const hospital = hospitals.get(item.hospitalId);
    if (!hospital) continue;
    const rates: PayerRate[] = [];
    const count = row.plan_nos?.length ?? 0;
    for (let i = 0; i < count; i++) {
      const names = planNames.get(`${item.fileId}:${row.plan_nos![i]}`);
      rates.push({
        payer: names?.payer ?? "",
        plan: names?.plan ?? null,
        negotiatedDollar: numericToNumber(at(row.negotiated_dollars, i)),
        negotiatedPercentage: numericToNumber(at(row.negotiated_percentages, i)),
        negotiatedAlgorithm: at(row.negotiated_algorithms, i),
        methodology: at(row.methodologies, i),
        medianAmount: numericToNumber(at(row.median_amounts, i)),
        percentile10: numericToNumber(at(row.percentiles_10, i)),
        percentile90: numericToNumber(at(row.percentiles_90, i)),
        allowedCount: at(row.allowed_counts, i),
        notes: at(row.payer_notes, i),
      });
    }
    const key = `${row.ord}\u0000${row.setting}\u0000${row.billing_class ?? ""}\u0000${row.modifiers ?? ""}`;
    const seen = listings.get(key);
    if (seen) {
      const o = seen.offer;
      o.payers.push(...rates);
      o.payersTruncated ||= count >= MAX_RATES_PER_CHARGE;
      // The amounts of a row without payers win: it is the one that states them for the item.
      const payerless = count === 0;
      for (const [field, raw] of [["gross", row.gross], ["discountedCash", row.discounted_cash], ["minimum", row.minimum], ["maximum", row.maximum]] as const) {
        const value = numericToNumber(raw);
        if (value !== null && (o[field] === null || (payerless && !seen.fromPayerless))) o[field] = value;
      }
      seen.fromPayerless ||= payerless;
      continue;
    }
    const offer: ServiceOffer = {
      hospital: { ...hospital, distanceMiles: item.miles === null ? null : Math.round(item.miles * 10) / 10 },
      description: item.description.trim().replace(/\s+/g, " "),
      setting: row.setting,
      billingClass: row.billing_class,
      modifiers: row.modifiers,
      gross: numericToNumber(row.gross),
      discountedCash: numericToNumber(row.discounted_cash),
      minimum: numericToNumber(row.minimum),
      maximum: numericToNumber(row.maximum),
      payers: rates,
      payersTruncated: count >= MAX_RATES_PER_CHARGE,
      price: null,
      spread: null,
      hasPayerRate: null,
      file: fileInfo.get(item.fileId) ?? { lastUpdatedOn: "", source: "" },
    };
    listings.set(key, { ord: row.ord, offer, fromPayerless: count === 0 });
  }

  const out: ServiceOffer[][] = items.map(() => []);
  for (const { ord, offer } of listings.values()) {
    offer.payers.sort((a, b) => a.payer.localeCompare(b.payer) || (a.plan ?? "").localeCompare(b.plan ?? ""));
    const matching = payerFiltered ? offer.payers.filter((r) => contains(r.payer, filter.payer) && contains(r.plan, filter.plan)) : offer.payers;
    offer.spread = spreadOf(offer.payers);
    offer.hasPayerRate = payerFiltered ? matching.length > 0 : null;
    offer.price = shownPrice(filter.price, offer, matching, payerFiltered);
    out[ord - 1]!.push(offer);
  }
  return out;
}

function fileKeys(items: OfferItem[]): [number[], number[]] {
  const seen = new Map<string, [number, number]>();
  for (const i of items) seen.set(`${i.hospitalId}:${i.fileId}`, [i.hospitalId, i.fileId]);
  const pairs = [...seen.values()];
  return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
}
