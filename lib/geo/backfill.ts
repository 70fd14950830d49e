// Fills the coordinates of hospital locations loaded before ingestion placed
// them (or whose ZIP code the data set did not know then).
import type pg from "pg";
import { geocodeAddress } from "./location";

export interface BackfillResult {
  /** Locations given coordinates now. */
  filled: number;
  /** Locations still without: their address has no ZIP code or city the data set knows. */
  unresolved: number;
}

/**
 * Gives every hospital location without coordinates its ZIP code's centre (or
 * its city's), in one UPDATE. Idempotent. With nothing to fill it costs one
 * query on a small table; locations that cannot be placed keep NULL
 * coordinates (and are looked at again next time, which loads the ZIP data
 * set: 10–200 ms).
 */
export async function backfillHospitalCoordinates(client: pg.ClientBase): Promise<BackfillResult> {
  const { rows } = await client.query<{ id: number; postal_code: string | null; city: string | null; state: string | null }>(
    `SELECT id, postal_code, city, state FROM hospital_locations
      WHERE (latitude IS NULL OR longitude IS NULL) AND (postal_code IS NOT NULL OR (city IS NOT NULL AND state IS NOT NULL))
      ORDER BY id`,
  );
  const ids: number[] = [];
  const latitudes: number[] = [];
  const longitudes: number[] = [];
  for (const row of rows) {
    const point = await geocodeAddress({ postalCode: row.postal_code, city: row.city, state: row.state?.trim() ?? null });
    if (!point) continue;
    ids.push(row.id);
    latitudes.push(point.latitude);
    longitudes.push(point.longitude);
  }
  if (ids.length) {
    await client.query(
      `UPDATE hospital_locations hl SET latitude = v.latitude, longitude = v.longitude
         FROM unnest($1::int[], $2::float8[], $3::float8[]) AS v(id, latitude, longitude)
        WHERE hl.id = v.id AND (hl.latitude IS NULL OR hl.longitude IS NULL)`,
      [ids, latitudes, longitudes],
    );
  }
  return { filled: ids.length, unresolved: rows.length - ids.length };
}
