// A service's listings: each chosen item's standard charges (one per setting)
// with their payer charges, as the offers the search shows — the price a
// visitor asked for, the spread across payers, the file the prices come from.
import type pg from "pg";
import { compareText } from "./order";
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
  negotiated_dollars: (number | null)[] | null;
  negotiated_percentages: (number | null)[] | null;
  negotiated_algorithms: (string | null)[] | null;
  methodologies: (string | null)[] | null;
  median_amounts: (number | null)[] | null;
  percentiles_10: (number | null)[] | null;
  percentiles_90: (number | null)[] | null;
  allowed_counts: (string | null)[] | null;
  payer_notes: (string | null)[] | null;
  file_updated_on: string | null;
  file_source: string | null;
}

interface PlanRow {
  hospital_id: number;
  mrf_file_id: number;
  plan_no: number;
  payer_name: string;
  plan_name: string | null;
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
  options: { pricesOnly?: boolean } = {},
): Promise<ServiceOffer[][]> {
  if (items.length === 0) return [];
  // `pricesOnly`: enough to rank listings by price (each rate's payer, plan and dollar
  // amount), for ranking many and reading in full only those shown: the other arrays are
  // most of what a charge weighs, and parsing them most of what its reading costs.
  // The arrays come as JSON, which node-postgres parses natively (JSON.parse), several times
  // faster than its array parser; NUMERIC elements arrive as numbers (see ./money.ts).
  const array = (column: string) => `to_json(sc.${column}[1:$3]) AS ${column}`;
  const detail = (column: string) => (options.pricesOnly ? `NULL::json AS ${column}` : array(column));
  // The file's date and source come with each charge (a full read only): a join costs less
  // than a round trip of their own. One connection runs one query at a time, so the plan
  // names are read after the charges.
  const fileColumns = options.pricesOnly
    ? "NULL AS file_updated_on, NULL AS file_source"
    : "to_char(f.last_updated_on, 'YYYY-MM-DD') AS file_updated_on, f.source AS file_source";
  const fileJoin = options.pricesOnly ? "" : "LEFT JOIN mrf_files f ON f.id = x.file_id";
  const charges = await client.query<ChargeRow>(
    `SELECT x.ord::int AS ord, sc.setting, sc.billing_class, sc.modifiers, sc.gross, sc.discounted_cash, sc.minimum, sc.maximum,
            ${array("plan_nos")}, ${array("negotiated_dollars")},
            ${["negotiated_percentages", "negotiated_algorithms", "methodologies", "median_amounts", "percentiles_10", "percentiles_90", "allowed_counts", "payer_notes"].map(detail).join(", ")},
            ${fileColumns}
     FROM unnest($1::int[], $2::bigint[], $4::int[]) WITH ORDINALITY AS x(hospital_id, item_id, file_id, ord)
     JOIN standard_charges sc ON sc.hospital_id = x.hospital_id AND sc.item_id = x.item_id
     ${fileJoin}
     ORDER BY x.ord, sc.id`,
    [items.map((i) => i.hospitalId), items.map((i) => i.itemId), MAX_RATES_PER_CHARGE, items.map((i) => i.fileId)],
  );
  const payerFiltered = filter.payer !== null || filter.plan !== null;
  // A price needs the payers' names only to match the payer asked for, and no file details.
  const planNames: PlanNames = options.pricesOnly && !payerFiltered ? new Map() : await loadPlanNames(client, items);

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
    const fileNames = planNames.get(item.fileId);
    for (let i = 0; i < count; i++) {
      const names = fileNames?.get(row.plan_nos![i]!);
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
      file: { lastUpdatedOn: row.file_updated_on ?? "", source: row.file_source ?? "" },
    };
    listings.set(key, { ord: row.ord, offer, fromPayerless: count === 0 });
  }

  const out: ServiceOffer[][] = items.map(() => []);
  for (const { ord, offer } of listings.values()) {
    if (!options.pricesOnly) {
      offer.payers.sort((a, b) => compareText(a.payer, b.payer) || compareText(a.plan ?? "", b.plan ?? ""));
      offer.spread = spreadOf(offer.payers);
    }
    const matching = payerFiltered ? offer.payers.filter((r) => contains(r.payer, filter.payer) && contains(r.plan, filter.plan)) : offer.payers;
    offer.hasPayerRate = payerFiltered ? matching.length > 0 : null;
    offer.price = shownPrice(filter.price, offer, matching, payerFiltered);
    out[ord - 1]!.push(offer);
  }
  return out;
}

type PlanNames = Map<number, Map<number, { payer: string; plan: string | null }>>;

/** The payer and plan names of the items' files, by file, then plan number (a listing looks up each of its up to 120 rates). */
async function loadPlanNames(client: pg.ClientBase, items: OfferItem[]): Promise<PlanNames> {
  const { rows } = await client.query<PlanRow>(
    `SELECT p.hospital_id, p.mrf_file_id, p.plan_no, p.payer_name, p.plan_name
     FROM payer_plans p
     JOIN unnest($1::int[], $2::int[]) AS f(hospital_id, file_id) ON p.hospital_id = f.hospital_id AND p.mrf_file_id = f.file_id`,
    fileKeys(items),
  );
  const names: PlanNames = new Map();
  for (const p of rows) {
    let ofFile = names.get(p.mrf_file_id);
    if (!ofFile) names.set(p.mrf_file_id, (ofFile = new Map()));
    ofFile.set(p.plan_no, { payer: p.payer_name, plan: p.plan_name });
  }
  return names;
}

function fileKeys(items: OfferItem[]): [number[], number[]] {
  const seen = new Map<string, [number, number]>();
  for (const i of items) seen.set(`${i.hospitalId}:${i.fileId}`, [i.hospitalId, i.fileId]);
  const pairs = [...seen.values()];
  return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
}
