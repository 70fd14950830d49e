// Upserts the hospital a file describes and its locations.
import type pg from "pg";
import { geocodeAddress, stateFromText } from "../geo";
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

/** A country written after the ZIP code: "…, TX 78701, USA". */
const COUNTRY = /[\s,]*\b(?:USA|U\.S\.A\.?|US|U\.S\.|United States(?: of America)?)\.?$/i;

/**
 * "12 Main Street, Fullerton, CA 92832" → city, state, ZIP (null parts when the
 * form differs). Also reads a state's name ("…, Austin, Texas 78701"), no comma
 * before the state ("…, Austin TX 78701"), a ZIP+4, a missing ZIP ("…, Austin,
 * TX") and a trailing "USA". A city is only read when a street comes before it.
 */
export function parseAddress(address: string): ParsedAddress {
  let rest = address.trim().replace(COUNTRY, "");
  let postalCode: string | null = null;
  const zip = /(?<![\d-])(\d{5})(?:-\d{4})?$/.exec(rest);
  if (zip) {
    postalCode = zip[1]!;
    rest = rest.slice(0, zip.index);
  }
  const parts = rest.replace(/[\s,]+$/, "").split(",").map((part) => part.trim());
  const last = parts[parts.length - 1] ?? "";
  const named = stateFromText(last);
  if (named && (/^[A-Za-z]{2}\.?$/.test(last) || parts.length > 1)) {
    return { city: parts.length >= 3 ? parts[parts.length - 2]! || null : null, state: named, postalCode };
  }
  // "Austin TX" as the last part: the city is before the code.
  const cityAndCode = /^(.*?)\s+([A-Za-z]{2})\.?$/.exec(last);
  const code = cityAndCode ? stateFromText(cityAndCode[2]!) : null;
  if (cityAndCode && code) return { city: parts.length >= 2 ? cityAndCode[1]! : null, state: code, postalCode };
  return { city: null, state: null, postalCode };
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
      // The ZIP code's centre (or the city's) for distance search; a look-up in
      // memory, and files list only a few locations.
      const point = await geocodeAddress(parsed);
      await client.query(
        `INSERT INTO hospital_locations (hospital_id, position, name, address, city, state, postal_code, latitude, longitude)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, position + 1, location.name, location.address, parsed.city, parsed.state, parsed.postalCode, point?.latitude ?? null, point?.longitude ?? null],
      );
    }
  }
  return { id, slug };
}
