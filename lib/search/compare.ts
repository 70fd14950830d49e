// Side-by-side comparison of one service at two to five hospitals: each
// hospital's listings of the service in its current file, with every payer's
// rate, for the compare page and its chart.
import type pg from "pg";
import { withReadOnlyClient } from "./db";
import { loadOffers, type OfferItem } from "./offers";
import { codeLexeme, quoteLexeme } from "./lexemes";
import { pickLabel } from "./services";
import type { HospitalRef, PriceKind, ServiceCode, ServiceOffer } from "./types";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 5;

export interface CompareQuery {
  /** The service: a code, as in a search result's id ("CPT:70551"). */
  service: ServiceCode;
  /** Hospital slugs, in the order to show them (2 to 5, distinct). */
  hospitals: string[];
  payer: string | null;
  setting: "inpatient" | "outpatient" | null;
  price: PriceKind;
}

export interface ComparedHospital {
  hospital: HospitalRef;
  /** The hospital's listings of the service (one per setting); empty when it does not list it. */
  offers: ServiceOffer[];
}

export interface Comparison {
  service: ServiceCode;
  /** The hospitals' most common description of the service. */
  label: string;
  hospitals: ComparedHospital[];
  /** Slugs asked for that name no hospital with a current file. */
  unknown: string[];
}

export type CompareParseResult = { ok: true; query: CompareQuery } | { ok: false; parameter: string; message: string };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;

/** Reads `service=CPT:70551&h=slug-a,slug-b[&payer=…][&setting=…][&price=…]`. */
export function parseCompareParams(params: Record<string, string | string[] | undefined>): CompareParseResult {
  const one = (key: string) => {
    const v = params[key];
    return Array.isArray(v) ? v[0] : v;
  };
  const service = /^([A-Za-z][A-Za-z0-9-]{0,15}):([A-Za-z0-9.-]{1,24})$/.exec(one("service")?.trim() ?? "");
  if (!service) return { ok: false, parameter: "service", message: "Choose a service to compare (a billing code such as CPT:70551)." };
  const slugs = [...new Set((one("h") ?? "").split(",").map((s) => s.trim()).filter(Boolean))];
  if (slugs.length < MIN_COMPARED || slugs.length > MAX_COMPARED || !slugs.every((s) => SLUG.test(s))) {
    return { ok: false, parameter: "h", message: `Choose ${MIN_COMPARED} to ${MAX_COMPARED} hospitals to compare.` };
  }
  const setting = one("setting");
  const price = one("price");
  return {
    ok: true,
    query: {
      service: { type: service[1]!.toUpperCase(), code: service[2]!.toUpperCase() },
      hospitals: slugs,
      payer: one("payer")?.trim().slice(0, 100) || null,
      setting: setting === "inpatient" || setting === "outpatient" ? setting : null,
      price: price === "cash" || price === "gross" || price === "negotiated" ? price : one("payer") ? "negotiated" : "cash",
    },
  };
}

interface ItemRow {
  hospital_id: number;
  slug: string;
  name: string;
  is_demo: boolean;
  city: string | null;
  state: string | null;
  item_id: string | null;
  file_id: number;
  description: string | null;
}

async function compare(client: pg.ClientBase, query: CompareQuery): Promise<Comparison> {
  const { rows } = await client.query<ItemRow>(
    `WITH latest AS (
       SELECT DISTINCT ON (f.hospital_id) f.hospital_id, f.id
       FROM mrf_files f WHERE f.status = 'succeeded'
       ORDER BY f.hospital_id, f.last_updated_on DESC, f.id DESC
     )
     SELECT h.id AS hospital_id, h.slug, h.name, h.is_demo, loc.city, loc.state, i.id::text AS item_id, l.id AS file_id, i.description
     FROM unnest($1::text[]) WITH ORDINALITY AS s(slug, ord)
     JOIN hospitals h ON h.slug = s.slug
     JOIN latest l ON l.hospital_id = h.id
     LEFT JOIN LATERAL (SELECT hl.city, hl.state FROM hospital_locations hl WHERE hl.hospital_id = h.id ORDER BY hl.position LIMIT 1) loc ON true
     LEFT JOIN items i ON i.hospital_id = h.id AND i.mrf_file_id = l.id AND i.search @@ $2::tsquery
          AND $3 = ANY(i.codes)
     ORDER BY s.ord, i.id`,
    [query.hospitals, quoteLexeme(codeLexeme(query.service.code)), query.service.code],
  );
  const hospitals = new Map<number, HospitalRef>();
  const items: OfferItem[] = [];
  const descriptions: string[] = [];
  for (const r of rows) {
    hospitals.set(r.hospital_id, { slug: r.slug, name: r.name, isDemo: r.is_demo, city: r.city, state: r.state, distanceMiles: null });
    if (r.item_id !== null) {
      items.push({ hospitalId: r.hospital_id, itemId: r.item_id, fileId: r.file_id, description: r.description ?? "", miles: null });
      descriptions.push(r.description ?? "");
    }
  }
  const offers = await loadOffers(client, items, hospitals, { setting: query.setting, payer: query.payer, plan: null, price: query.price });
  const byHospital = new Map<number, ServiceOffer[]>();
  items.forEach((item, k) => byHospital.set(item.hospitalId, [...(byHospital.get(item.hospitalId) ?? []), ...offers[k]!]));
  const found = new Set([...hospitals.values()].map((h) => h.slug));
  return {
    service: query.service,
    label: pickLabel(descriptions),
    hospitals: [...hospitals.entries()].map(([id, hospital]) => ({ hospital, offers: byHospital.get(id) ?? [] })),
    unknown: query.hospitals.filter((s) => !found.has(s)),
  };
}

/** The comparison of `query.service` at the hospitals asked for. Throws on database errors. */
export function compareHospitals(query: CompareQuery): Promise<Comparison> {
  return withReadOnlyClient((client) => compare(client, query));
}
