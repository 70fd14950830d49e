// searchServices: find services by billing code or by words in the hospitals' descriptions,
// and group each hospital's gross, cash, min/max and payer-negotiated charges by service.
//
// Every query is bounded: at most MAX_CANDIDATES matching items are considered, at most
// MAX_OFFERS_PER_SERVICE items are priced per service and at most MAX_CHARGE_ROWS_PER_ITEM
// standard-charge rows are read per item. Only each hospital's current file counts (its newest
// succeeded MRF file).
import type pg from "pg";
import { payerChargeRows, payerPlanJoin } from "@/lib/db/charges-sql";
import { CODE_TYPE_RANK_SQL, LATEST_FILES_CTE, codeTypeRank, withReadOnlyClient } from "./db";
import { numericToNumber } from "./money";
import type { SearchQuery } from "./query";
import { codeQuery, codeVariants, descriptionWords, fullTextQuery, looksLikeCode } from "./terms";
import type { HospitalRef, MatchKind, PayerRate, SearchResult, ServiceOffer, ServiceResult } from "./types";

export const MAX_CANDIDATES = 2_000;
export const MAX_OFFERS_PER_SERVICE = 30;
export const MAX_CHARGE_ROWS_PER_ITEM = 120;

interface Candidate {
  hospitalId: number;
  itemId: string;
  codeType: string | null;
  code: string | null;
  description: string;
}

interface CandidateRow {
  hospital_id: number;
  item_id: string;
  code_type: string | null;
  code: string | null;
  description: string;
}

const toCandidate = (r: CandidateRow): Candidate => ({
  hospitalId: r.hospital_id,
  itemId: r.item_id,
  codeType: r.code_type,
  code: r.code,
  description: r.description,
});

async function candidatesByCode(client: pg.PoolClient, text: string): Promise<Candidate[]> {
  const { rows } = await client.query<CandidateRow>(
    `WITH ${LATEST_FILES_CTE}
     SELECT i.hospital_id, i.id::text AS item_id, c.code_type, c.code, i.description
     FROM items i
     JOIN latest l ON l.hospital_id = i.hospital_id AND l.id = i.mrf_file_id
     CROSS JOIN LATERAL (
       SELECT DISTINCT u.code, upper(u.code_type) AS code_type
       FROM unnest(i.codes, i.code_types) AS u(code, code_type)
       WHERE u.code = ANY($1::text[])
     ) c
     WHERE i.search @@ $2::tsquery
     LIMIT $3`,
    [codeVariants(text), codeQuery(codeVariants(text)), MAX_CANDIDATES],
  );
  return rows.map(toCandidate);
}

async function candidatesByWords(client: pg.PoolClient, text: string): Promise<Candidate[]> {
  const query = fullTextQuery(descriptionWords(text));
  if (query === null) return [];
  const { rows } = await client.query<CandidateRow>(
    `WITH ${LATEST_FILES_CTE}
     SELECT i.hospital_id, i.id::text AS item_id, pc.code_type, pc.code, i.description
     FROM items i
     JOIN latest l ON l.hospital_id = i.hospital_id AND l.id = i.mrf_file_id
     LEFT JOIN LATERAL (
       SELECT upper(u.code_type) AS code_type, u.code
       FROM unnest(i.code_types, i.codes) WITH ORDINALITY AS u(code_type, code, position)
       ORDER BY ${CODE_TYPE_RANK_SQL("u.code_type")}, u.position
       LIMIT 1
     ) pc ON true
     WHERE i.search @@ $1::tsquery
     LIMIT $2`,
    [query, MAX_CANDIDATES],
  );
  return rows.map(toCandidate);
}

interface ServiceGroup {
  id: string;
  codeType: string | null;
  code: string | null;
  items: Candidate[];
  hospitalIds: Set<number>;
}

const normalizeDescription = (d: string) => d.trim().replace(/\s+/g, " ");

function groupCandidates(candidates: Candidate[]): ServiceGroup[] {
  const groups = new Map<string, ServiceGroup>();
  for (const c of candidates) {
    const id =
      c.codeType && c.code ? `${c.codeType}:${c.code}` : `description:${normalizeDescription(c.description).toLowerCase()}`;
    let group = groups.get(id);
    if (!group) {
      group = { id, codeType: c.code ? c.codeType : null, code: c.code, items: [], hospitalIds: new Set() };
      groups.set(id, group);
    }
    group.items.push(c);
    group.hospitalIds.add(c.hospitalId);
  }
  return [...groups.values()];
}

/** The most common of the hospitals' descriptions (ties: the shorter, then alphabetical). */
export function pickLabel(descriptions: string[]): string {
  const counts = new Map<string, { text: string; n: number }>();
  for (const d of descriptions) {
    const text = normalizeDescription(d);
    const key = text.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.n += 1;
    else counts.set(key, { text, n: 1 });
  }
  const best = [...counts.values()].sort(
    (a, b) => b.n - a.n || a.text.length - b.text.length || a.text.localeCompare(b.text),
  )[0];
  return best?.text ?? "";
}

interface HospitalRow {
  id: number;
  slug: string;
  name: string;
  is_demo: boolean;
  city: string | null;
  state: string | null;
}

async function loadHospitals(client: pg.PoolClient, ids: number[]): Promise<Map<number, HospitalRef>> {
  const { rows } = await client.query<HospitalRow>(
    `SELECT h.id, h.slug, h.name, h.is_demo, loc.city, loc.state
     FROM hospitals h
     LEFT JOIN LATERAL (
       SELECT l.city, l.state FROM hospital_locations l
       WHERE l.hospital_id = h.id ORDER BY l.position LIMIT 1
     ) loc ON true
     WHERE h.id = ANY($1::int[])`,
    [ids],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { slug: r.slug, name: r.name, isDemo: r.is_demo, city: r.city?.trim() || null, state: r.state?.trim() || null },
    ]),
  );
}

interface ChargeRow {
  ord: string;
  id: string;
  setting: string;
  billing_class: string | null;
  modifiers: string | null;
  gross: string | null;
  discounted_cash: string | null;
  minimum: string | null;
  maximum: string | null;
  payer_name: string | null;
  plan_name: string | null;
  negotiated_dollar: string | null;
  negotiated_percentage: string | null;
  negotiated_algorithm: string | null;
  methodology: string | null;
}

async function loadCharges(client: pg.PoolClient, items: Candidate[]): Promise<Map<number, ChargeRow[]>> {
  const { rows } = await client.query<ChargeRow>(
    `SELECT x.ord::text AS ord, c.*
     FROM unnest($1::int[], $2::bigint[]) WITH ORDINALITY AS x(hospital_id, item_id, ord)
     CROSS JOIN LATERAL (
       SELECT sc.id::text AS id, pc.position, sc.setting, sc.billing_class, sc.modifiers, sc.gross, sc.discounted_cash,
              sc.minimum, sc.maximum, pp.payer_name, pp.plan_name, pc.negotiated_dollar,
              pc.negotiated_percentage, pc.negotiated_algorithm, pc.methodology
       FROM standard_charges sc
       LEFT JOIN LATERAL ${payerChargeRows("sc")} ON true
       ${payerPlanJoin("sc")}
       WHERE sc.hospital_id = x.hospital_id AND sc.item_id = x.item_id
       ORDER BY sc.id, pc.position
       LIMIT $3
     ) c
     ORDER BY x.ord, c.id::bigint, c.position`,
    [items.map((i) => i.hospitalId), items.map((i) => i.itemId), MAX_CHARGE_ROWS_PER_ITEM],
  );
  const byItem = new Map<number, ChargeRow[]>();
  for (const row of rows) {
    const index = Number(row.ord) - 1;
    const list = byItem.get(index);
    if (list) list.push(row);
    else byItem.set(index, [row]);
  }
  return byItem;
}

/** Builds one offer per setting / billing class / modifiers from an item's standard-charge rows. */
function offersFromCharges(hospital: HospitalRef, item: Candidate, rows: ChargeRow[]): ServiceOffer[] {
  const offers = new Map<string, ServiceOffer & { fromPayerlessRow: Set<string> }>();
  for (const row of rows) {
    const key = JSON.stringify([row.setting, row.billing_class, row.modifiers]);
    let offer = offers.get(key);
    if (!offer) {
      offer = {
        hospital,
        description: normalizeDescription(item.description),
        setting: row.setting,
        billingClass: row.billing_class,
        modifiers: row.modifiers,
        gross: null,
        discountedCash: null,
        minimum: null,
        maximum: null,
        payers: [],
        payersTruncated: false,
        fromPayerlessRow: new Set(),
      };
      offers.set(key, offer);
    }
    // Gross, cash, min and max repeat on every row of a tall file; a row without a payer is the
    // authoritative carrier of them, otherwise the first row that has a value wins.
    const amounts: [keyof Pick<ServiceOffer, "gross" | "discountedCash" | "minimum" | "maximum">, string | null][] = [
      ["gross", row.gross],
      ["discountedCash", row.discounted_cash],
      ["minimum", row.minimum],
      ["maximum", row.maximum],
    ];
    for (const [field, raw] of amounts) {
      const value = numericToNumber(raw);
      if (value === null) continue;
      if (row.payer_name === null && !offer.fromPayerlessRow.has(field)) {
        offer[field] = value;
        offer.fromPayerlessRow.add(field);
      } else if (offer[field] === null) {
        offer[field] = value;
      }
    }
    if (row.payer_name !== null) {
      const rate: PayerRate = {
        payer: row.payer_name,
        plan: row.plan_name,
        negotiatedDollar: numericToNumber(row.negotiated_dollar),
        negotiatedPercentage: numericToNumber(row.negotiated_percentage),
        negotiatedAlgorithm: row.negotiated_algorithm,
        methodology: row.methodology,
      };
      offer.payers.push(rate);
    }
  }
  const truncated = rows.length >= MAX_CHARGE_ROWS_PER_ITEM;
  return [...offers.values()].map((offer) => ({
    hospital: offer.hospital,
    description: offer.description,
    setting: offer.setting,
    billingClass: offer.billingClass,
    modifiers: offer.modifiers,
    gross: offer.gross,
    discountedCash: offer.discountedCash,
    minimum: offer.minimum,
    maximum: offer.maximum,
    payers: offer.payers.sort(
      (a, b) => a.payer.localeCompare(b.payer) || (a.plan ?? "").localeCompare(b.plan ?? ""),
    ),
    payersTruncated: truncated,
  }));
}

async function runSearch(client: pg.PoolClient, query: SearchQuery): Promise<SearchResult> {
  const codeFirst = looksLikeCode(query.q);
  let matchedBy: MatchKind = codeFirst ? "code" : "description";
  let candidates = codeFirst ? await candidatesByCode(client, query.q) : await candidatesByWords(client, query.q);
  if (candidates.length === 0) {
    // A code-like text may be words after all ("b12"); a single word may be a code without digits.
    if (codeFirst) {
      candidates = await candidatesByWords(client, query.q);
      if (candidates.length > 0) matchedBy = "description";
    } else if (!/\s/.test(query.q) && query.q.length <= 24) {
      candidates = await candidatesByCode(client, query.q);
      if (candidates.length > 0) matchedBy = "code";
    }
  }

  const groups = groupCandidates(candidates);
  const labels = new Map(groups.map((g) => [g.id, pickLabel(g.items.map((i) => i.description))]));
  groups.sort(
    (a, b) =>
      b.hospitalIds.size - a.hospitalIds.size ||
      (matchedBy === "code" ? codeTypeRank(a.codeType ?? "") - codeTypeRank(b.codeType ?? "") : 0) ||
      (labels.get(a.id) ?? "").localeCompare(labels.get(b.id) ?? "") ||
      a.id.localeCompare(b.id),
  );
  const selected = groups.slice(0, query.limit);

  const hospitalIds = [...new Set(selected.flatMap((g) => [...g.hospitalIds]))];
  const hospitals = hospitalIds.length > 0 ? await loadHospitals(client, hospitalIds) : new Map<number, HospitalRef>();
  const hospitalName = (id: number) => hospitals.get(id)?.name ?? "";

  // Per service, price the first MAX_OFFERS_PER_SERVICE items in hospital-name order.
  const pricedItems = selected.map((g) =>
    [...g.items]
      .sort(
        (a, b) =>
          hospitalName(a.hospitalId).localeCompare(hospitalName(b.hospitalId)) ||
          a.hospitalId - b.hospitalId ||
          a.description.localeCompare(b.description) ||
          Number(BigInt(a.itemId) - BigInt(b.itemId)),
      )
      .slice(0, MAX_OFFERS_PER_SERVICE),
  );
  const flatItems = pricedItems.flat();
  const charges = flatItems.length > 0 ? await loadCharges(client, flatItems) : new Map<number, ChargeRow[]>();

  let cursor = 0;
  const services: ServiceResult[] = selected.map((group, groupIndex) => {
    const offers: ServiceOffer[] = [];
    for (const item of pricedItems[groupIndex] ?? []) {
      const rows = charges.get(cursor) ?? [];
      cursor += 1;
      const hospital = hospitals.get(item.hospitalId);
      if (!hospital || rows.length === 0) continue;
      offers.push(...offersFromCharges(hospital, item, rows));
    }
    return {
      id: group.id,
      code: group.codeType && group.code ? { type: group.codeType, code: group.code } : null,
      label: labels.get(group.id) ?? "",
      hospitalCount: group.hospitalIds.size,
      hospitals: offers,
      hospitalsTruncated: group.items.length > MAX_OFFERS_PER_SERVICE,
    };
  });

  return {
    query: { q: query.q, limit: query.limit },
    matchedBy,
    totalServices: groups.length,
    truncated: candidates.length >= MAX_CANDIDATES,
    services,
  };
}

/** Searches the current price files of all hospitals. Throws on database errors. */
export async function searchServices(query: SearchQuery): Promise<SearchResult> {
  return withReadOnlyClient((client) => runSearch(client, query));
}
