// Which hospitals a search looks at: each hospital's current price file (its
// newest successfully loaded one), narrowed by state, by hospital, or by
// distance from a location. Read once per search, before the candidate queries,
// so that they filter items by a list of file ids (lib/search/candidates.ts);
// without a filter, those queries find every hospital's current file themselves.
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
  /** The current file of each hospital in scope; null when no filter narrowed it (every hospital's current file). */
  fileIds: number[] | null;
  /** Miles from the searched location to each in-scope hospital's nearest location, by hospital id (absent without a location, or when its addresses could not be placed). */
  miles: Map<number, number>;
}

/**
 * The hospitals and files in scope of a search: one query, or none without a filter (the
 * candidate query then finds every hospital's current file itself, which costs less than
 * reading them here and sending them back as a list).
 */
export async function loadScope(client: pg.ClientBase, filter: ScopeFilter): Promise<Scope> {
  if (!filter.location && !filter.state && !filter.hospital) return { fileIds: null, miles: new Map() };
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  let milesColumn = "NULL::float8";
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
    milesColumn = "d.miles";
    if (filter.radius !== null) where.push(`d.miles <= ${p(filter.radius)}::float8`);
  }
  if (filter.state) {
    where.push(`EXISTS (SELECT 1 FROM hospital_locations hs WHERE hs.hospital_id = l.hospital_id AND hs.state = ${p(filter.state)})`);
  }
  if (filter.hospital) {
    where.push(`EXISTS (SELECT 1 FROM hospitals hh WHERE hh.id = l.hospital_id AND hh.slug = ${p(filter.hospital)})`);
  }
  // As three JSON arrays in one row: a row per hospital costs node-postgres several times more.
  const { rows } = await client.query<{ scope: [number[] | null, number[] | null, (number | null)[] | null] }>(
    `WITH ${LATEST_FILES_CTE}
     SELECT json_build_array(array_agg(l.hospital_id), array_agg(l.id), array_agg(${milesColumn})) AS scope
     FROM latest l${milesJoin}
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`,
    params,
  );
  const [hospitalIds, fileIds, miles] = rows[0]!.scope;
  const distances = new Map<number, number>();
  hospitalIds?.forEach((id, i) => {
    const d = miles?.[i];
    if (d !== null && d !== undefined) distances.set(id, d);
  });
  // A location without a radius narrows nothing: the candidate query finds the files itself.
  return { fileIds: where.length === 0 ? null : (fileIds ?? []), miles: distances };
}
