// Great-circle distance in miles, in TypeScript and as a PostgreSQL expression.
//
// Both use the haversine formula on a sphere of the Earth's mean radius, so a
// distance computed in SQL (to filter and sort hospitals) and one computed in
// code (to show it) agree to a fraction of a foot. Plain arithmetic in SQL: no
// PostGIS or earthdistance extension is needed (managed databases do not
// always offer them, and ZIP centroids are not precise enough to need them).

/** Mean radius of the Earth (IUGG), in statute miles. */
export const EARTH_RADIUS_MILES = 3958.7613;

export interface Coordinates {
  latitude: number;
  longitude: number;
}

const RADIANS = Math.PI / 180;

/** Haversine distance between two points, in miles. */
export function distanceMiles(a: Coordinates, b: Coordinates): number {
  const dLat = (b.latitude - a.latitude) * RADIANS;
  const dLng = (b.longitude - a.longitude) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * RADIANS) * Math.cos(b.latitude * RADIANS) * Math.sin(dLng / 2) ** 2;
  // min(1, …): rounding can push h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(Math.min(1, h)));
}

// A column ("latitude", "hl.latitude", "\"Lat\""), a placeholder with an
// optional cast ("$1", "$2::float8", "$3::double precision") or a number.
const SQL_OPERAND =
  /^(?:(?:[A-Za-z_][A-Za-z0-9_]*|"[^"]+")(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|"[^"]+"))*|\$\d+(?:::[A-Za-z][A-Za-z0-9_ ]*)?|-?\d+(?:\.\d+)?)$/;

function operand(sql: string): string {
  if (!SQL_OPERAND.test(sql)) {
    throw new TypeError(`distanceSql takes column names, $n placeholders or numbers, not ${JSON.stringify(sql)}`);
  }
  // Cast so that bare placeholders get a type ("$1 - $2" alone would not).
  return `(${sql})::float8`;
}

/**
 * A PostgreSQL expression (double precision, miles) for the same distance as
 * {@link distanceMiles}, between the point in two columns and a point given as
 * two placeholders (or columns, or numbers):
 *
 * ```ts
 * distanceSql("hl.latitude", "hl.longitude", "$1", "$2") // … WHERE <that> <= $3
 * ```
 *
 * The arguments are SQL, not values: pass values as query parameters. Anything
 * but a column name, a `$n` placeholder (optionally cast) or a number is
 * refused. NULL coordinates give NULL.
 */
export function distanceSql(latColumn: string, lngColumn: string, latParam: string, lngParam: string): string {
  const lat1 = operand(latColumn);
  const lng1 = operand(lngColumn);
  const lat2 = operand(latParam);
  const lng2 = operand(lngParam);
  const h =
    `power(sin(radians(${lat2} - ${lat1}) / 2), 2)` +
    ` + cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lng2} - ${lng1}) / 2), 2)`;
  // CASE, not least(): least() skips NULLs, and NULL coordinates must give NULL.
  return `(${2 * EARTH_RADIUS_MILES} * asin(CASE WHEN ${h} > 1 THEN 1::float8 ELSE sqrt(${h}) END))`;
}
