// Which hospitals a search looks at: each hospital's current price file (its
// newest successfully loaded one), narrowed by state, by hospital, or by
// distance from a location. One CTE, shared by the candidate query.
import { distanceSql } from "@/lib/geo";

export interface ScopeFilter {
  state: string | null;
  /** Hospital slug. */
  hospital: string | null;
  location: { latitude: number; longitude: number } | null;
  /** Miles; only with a location. */
  radius: number | null;
}

/**
 * `latest` and `scope` CTEs (no WITH keyword): scope(hospital_id, file_id,
 * miles) holds one row per hospital in scope, `miles` the distance from the
 * searched location to its nearest location (NULL without a location, or when
 * the hospital's addresses could not be placed). Parameters are appended to `params`.
 */
export function scopeCtes(filter: ScopeFilter, params: unknown[]): string {
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  let miles = "NULL::float8";
  let milesJoin = "";
  if (filter.location) {
    const lat = p(filter.location.latitude);
    const lng = p(filter.location.longitude);
    milesJoin = `
      LEFT JOIN LATERAL (
        SELECT min(${distanceSql("hl.latitude", "hl.longitude", `${lat}::float8`, `${lng}::float8`)}) AS miles
        FROM hospital_locations hl
        WHERE hl.hospital_id = l.hospital_id AND hl.latitude IS NOT NULL AND hl.longitude IS NOT NULL
      ) d ON true`;
    miles = "d.miles";
    if (filter.radius !== null) where.push(`d.miles <= ${p(filter.radius)}::float8`);
  }
  if (filter.state) {
    where.push(`EXISTS (SELECT 1 FROM hospital_locations hs WHERE hs.hospital_id = l.hospital_id AND hs.state = ${p(filter.state)})`);
  }
  if (filter.hospital) {
    where.push(`EXISTS (SELECT 1 FROM hospitals hh WHERE hh.id = l.hospital_id AND hh.slug = ${p(filter.hospital)})`);
  }
  return `
  latest AS (
    SELECT DISTINCT ON (f.hospital_id) f.hospital_id, f.id
    FROM mrf_files f
    WHERE f.status = 'succeeded'
    ORDER BY f.hospital_id, f.last_updated_on DESC, f.id DESC
  ),
  scope AS (
    SELECT l.hospital_id, l.id AS file_id, ${miles} AS miles
    FROM latest l${milesJoin}
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
  )`;
}
