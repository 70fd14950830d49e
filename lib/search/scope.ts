// Which hospitals a search looks at: each hospital's current price file (its
// newest successfully loaded one), narrowed by state, by hospital, or by
// distance from a location. Read once per search, before the candidate queries,
// so that they filter items by a list of file ids (lib/search/candidates.ts).
import type pg from "pg";
import { distanceSql } from "@/lib/geo";
import { LATEST_FILES_CTE } from "./db";

export interface ScopeFilter {
  state: string | null;
  /** Hospital slug. */
  hospital: string | null;
  location: { latitude: number; longitude: number } | null;
  /** Miles; only with a location. */
  radius: number | null;
}

export interface Scope {
  /** The current file of each hospital in scope. */
  fileIds: number[];
  /** Miles from the searched location to each in-scope hospital's nearest location, by hospital id (absent without a location, or when its addresses could not be placed). */
  miles: Map<number, number>;
  /** True when no filter narrowed it: every hospital's current file is in scope. */
  everyHospital: boolean;
}

/** The hospitals and files in scope of a search (one query). */
export async function loadScope(client: pg.ClientBase, filter: ScopeFilter): Promise<Scope> {
  const params: unknown[] = [];
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
  const { rows } = await client.query<{ hospital_id: number; file_id: number; miles: number | null }>(
    `WITH ${LATEST_FILES_CTE}
     SELECT l.hospital_id, l.id AS file_id, ${miles} AS miles
     FROM latest l${milesJoin}
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`,
    params,
  );
  const distances = new Map<number, number>();
  for (const r of rows) if (r.miles !== null) distances.set(r.hospital_id, r.miles);
  return { fileIds: rows.map((r) => r.file_id), miles: distances, everyHospital: where.length === 0 };
}
