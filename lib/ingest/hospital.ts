// Upserts the hospital a file describes and its locations.
import type pg from "pg";
import type { MrfHeader } from "../mrf/types";

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export interface ParsedAddress {
  city: string | null;
  state: string | null;
  postalCode: string | null;
}

/** "12 Main Street, Fullerton, CA 92832" → city, state, ZIP (null parts when the form differs). */
export function parseAddress(address: string): ParsedAddress {
  const m = /,\s*([^,]+?)\s*,\s*([A-Za-z]{2})\.?\s+(\d{5})(?:-\d{4})?\s*$/.exec(address);
  if (m) return { city: m[1]!, state: m[2]!.toUpperCase(), postalCode: m[3]! };
  const stateOnly = /,\s*([A-Za-z]{2})\s*(\d{5})?(?:-\d{4})?\s*$/.exec(address);
  return { city: null, state: stateOnly?.[1]?.toUpperCase() ?? null, postalCode: stateOnly?.[2] ?? null };
}

export function hospitalSlug(header: MrfHeader): string {
  const state = header.licenseState ?? parseAddress(header.locations[0]?.address ?? "").state;
  return slugify(state ? `${header.hospitalName} ${state}` : header.hospitalName);
}

export async function upsertHospital(
  client: pg.ClientBase,
  header: MrfHeader,
  options: { demo: boolean; replaceLocations: boolean },
): Promise<{ id: number; slug: string }> {
  const slug = hospitalSlug(header);
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO hospitals (slug, name, is_demo, license_number, license_state, type_2_npis, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, now())
     ON CONFLICT (slug) DO UPDATE SET
       name = EXCLUDED.name,
       is_demo = hospitals.is_demo OR EXCLUDED.is_demo,
       license_number = EXCLUDED.license_number,
       license_state = EXCLUDED.license_state,
       type_2_npis = EXCLUDED.type_2_npis,
       updated_at = now()
     RETURNING id`,
    [slug, header.hospitalName, options.demo, header.licenseNumber, header.licenseState, header.type2Npis],
  );
  const id = rows[0]!.id;
  if (options.replaceLocations) {
    await client.query(`DELETE FROM hospital_locations WHERE hospital_id = $1`, [id]);
    for (const [position, location] of header.locations.entries()) {
      const parsed = parseAddress(location.address);
      await client.query(
        `INSERT INTO hospital_locations (hospital_id, position, name, address, city, state, postal_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, position + 1, location.name, location.address, parsed.city, parsed.state, parsed.postalCode],
      );
    }
  }
  return { id, slug };
}
