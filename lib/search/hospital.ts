// Hospital pages: a hospital's profile, its current price file and a keyset-paginated list of its
// services with gross and cash prices.
import { isValidSlug } from "./slug";
import { CODE_TYPE_RANK_SQL, withReadOnlyClient } from "./db";
import { numericToNumber } from "./money";
import type { ServiceCode } from "./types";

export const HOSPITAL_SERVICES_PAGE_SIZE = 50;
const MAX_LOCATIONS = 100;
const MAX_CODES_PER_ITEM = 5;
const MAX_CHARGE_ROWS_PER_ITEM = 500;

export interface HospitalLocation {
  name: string;
  address: string;
  city: string | null;
  state: string | null;
  postalCode: string | null;
}

export interface HospitalFile {
  id: number;
  source: string;
  fileName: string;
  cmsVersion: string;
  format: "csv_tall" | "csv_wide" | "json";
  /** YYYY-MM-DD, as published in the file. */
  lastUpdatedOn: string;
  itemCount: number;
  rowCount: number;
}

export interface HospitalProfile {
  id: number;
  slug: string;
  name: string;
  isDemo: boolean;
  licenseNumber: string | null;
  licenseState: string | null;
  type2Npis: string[];
  locations: HospitalLocation[];
  /** The current file: the newest succeeded one, or null when none has loaded yet. */
  currentFile: HospitalFile | null;
}

export interface HospitalServicePrice {
  setting: string;
  gross: number | null;
  discountedCash: number | null;
  minimum: number | null;
  maximum: number | null;
  payerCount: number;
}

export interface HospitalService {
  itemId: string;
  description: string;
  codes: ServiceCode[];
  prices: HospitalServicePrice[];
}

export interface HospitalServicesPage {
  services: HospitalService[];
  /** Pass as `after` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** A hospital's name, for a search limited to it; null when no hospital has the slug. */
export async function getHospitalName(slug: string): Promise<string | null> {
  if (!isValidSlug(slug)) return null;
  return withReadOnlyClient(async (client) => {
    const found = await client.query<{ name: string }>("SELECT name FROM hospitals WHERE slug = $1", [slug]);
    return found.rows[0]?.name ?? null;
  });
}

export async function getHospitalProfile(slug: string): Promise<HospitalProfile | null> {
  if (!isValidSlug(slug)) return null;
  return withReadOnlyClient(async (client) => {
    const hospital = await client.query<{
      id: number;
      slug: string;
      name: string;
      is_demo: boolean;
      license_number: string | null;
      license_state: string | null;
      type_2_npis: string[] | null;
    }>(
      `SELECT id, slug, name, is_demo, license_number, license_state, type_2_npis
       FROM hospitals WHERE slug = $1`,
      [slug],
    );
    const h = hospital.rows[0];
    if (!h) return null;
    // One connection runs one query at a time (pg queues the rest), so these go in turn.
    const locations = await client.query<{
      name: string;
      address: string;
      city: string | null;
      state: string | null;
      postal_code: string | null;
    }>(
      `SELECT name, address, city, state, postal_code FROM hospital_locations
       WHERE hospital_id = $1 ORDER BY position LIMIT $2`,
      [h.id, MAX_LOCATIONS],
    );
    const files = await client.query<{
      id: number;
      source: string;
      file_name: string;
      cms_version: string;
      format: HospitalFile["format"];
      last_updated_on: string;
      item_count: number;
      row_count: number;
    }>(
      `SELECT id, source, file_name, cms_version, format::text AS format,
              to_char(last_updated_on, 'YYYY-MM-DD') AS last_updated_on, item_count, row_count
       FROM mrf_files
       WHERE hospital_id = $1 AND status = 'succeeded'
       ORDER BY last_updated_on DESC, id DESC
       LIMIT 1`,
      [h.id],
    );
    const f = files.rows[0];
    return {
      id: h.id,
      slug: h.slug,
      name: h.name,
      isDemo: h.is_demo,
      licenseNumber: h.license_number,
      licenseState: h.license_state?.trim() || null,
      type2Npis: h.type_2_npis ?? [],
      locations: locations.rows.map((l) => ({
        name: l.name,
        address: l.address,
        city: l.city,
        state: l.state?.trim() || null,
        postalCode: l.postal_code,
      })),
      currentFile: f
        ? {
            id: f.id,
            source: f.source,
            fileName: f.file_name,
            cmsVersion: f.cms_version,
            format: f.format,
            lastUpdatedOn: f.last_updated_on,
            itemCount: f.item_count,
            rowCount: f.row_count,
          }
        : null,
    };
  });
}

/** A page cursor (an item id) from a URL, or null when it is not one: bigint ids, up to 19 digits. */
export function parseServiceCursor(value: unknown): string | null {
  if (typeof value !== "string" || !/^\d{1,19}$/.test(value)) return null;
  return BigInt(value) <= 9223372036854775807n ? value : null;
}

/**
 * One page of a hospital's services in file order. Keyset pagination on the items' primary key
 * (hospital_id, id) keeps every page equally cheap however deep it is.
 */
export async function listHospitalServices(
  hospitalId: number,
  fileId: number,
  options: { after?: string | null; pageSize?: number } = {},
): Promise<HospitalServicesPage> {
  const pageSize = Math.min(Math.max(options.pageSize ?? HOSPITAL_SERVICES_PAGE_SIZE, 1), 200);
  const after = parseServiceCursor(options.after) ?? "0";
  return withReadOnlyClient(async (client) => {
    const items = await client.query<{ item_id: string; description: string; codes: ServiceCode[] }>(
      `SELECT i.id::text AS item_id, i.description,
              COALESCE((
                SELECT json_agg(json_build_object('type', c.code_type, 'code', c.code) ORDER BY c.rank, c.position)
                FROM (
                  SELECT upper(u.code_type) AS code_type, u.code, u.position,
                         ${CODE_TYPE_RANK_SQL("u.code_type")} AS rank
                  FROM unnest(i.code_types, i.codes) WITH ORDINALITY AS u(code_type, code, position)
                  ORDER BY u.position
                  LIMIT ${MAX_CODES_PER_ITEM}
                ) c
              ), '[]'::json) AS codes
       FROM items i
       WHERE i.hospital_id = $1 AND i.mrf_file_id = $2 AND i.id > $3::bigint
       ORDER BY i.id
       LIMIT $4`,
      [hospitalId, fileId, after, pageSize + 1],
    );
    const pageRows = items.rows.slice(0, pageSize);
    const hasMore = items.rows.length > pageSize;
    if (pageRows.length === 0) return { services: [], nextCursor: null };

    const prices = await client.query<{
      item_id: string;
      setting: string;
      gross: string | null;
      discounted_cash: string | null;
      minimum: string | null;
      maximum: string | null;
      payer_count: string;
    }>(
      `SELECT x.item_id::text AS item_id, p.*
       FROM unnest($2::bigint[]) AS x(item_id)
       CROSS JOIN LATERAL (
         SELECT sc.setting,
                (array_agg(sc.gross ORDER BY sc.id) FILTER (WHERE sc.gross IS NOT NULL))[1] AS gross,
                (array_agg(sc.discounted_cash ORDER BY sc.id) FILTER (WHERE sc.discounted_cash IS NOT NULL))[1] AS discounted_cash,
                (array_agg(sc.minimum ORDER BY sc.id) FILTER (WHERE sc.minimum IS NOT NULL))[1] AS minimum,
                (array_agg(sc.maximum ORDER BY sc.id) FILTER (WHERE sc.maximum IS NOT NULL))[1] AS maximum,
                sum(sc.payer_count)::text AS payer_count
         FROM (
           SELECT s.*, coalesce(cardinality(s.plan_nos), 0) AS payer_count
           FROM standard_charges s
           WHERE s.hospital_id = $1 AND s.item_id = x.item_id
           ORDER BY s.id
           LIMIT ${MAX_CHARGE_ROWS_PER_ITEM}
         ) sc
         GROUP BY sc.setting
       ) p
       ORDER BY x.item_id, p.setting`,
      [hospitalId, pageRows.map((r) => r.item_id)],
    );
    const byItem = new Map<string, HospitalServicePrice[]>();
    for (const p of prices.rows) {
      const list = byItem.get(p.item_id) ?? [];
      list.push({
        setting: p.setting,
        gross: numericToNumber(p.gross),
        discountedCash: numericToNumber(p.discounted_cash),
        minimum: numericToNumber(p.minimum),
        maximum: numericToNumber(p.maximum),
        payerCount: Number(p.payer_count),
      });
      byItem.set(p.item_id, list);
    }
    return {
      services: pageRows.map((r) => ({
        itemId: r.item_id,
        description: r.description,
        codes: r.codes,
        prices: byItem.get(r.item_id) ?? [],
      })),
      nextCursor: hasMore ? (pageRows[pageRows.length - 1]?.item_id ?? null) : null,
    };
  });
}

export { isValidSlug };
