import { describe, expect, it } from "vitest";
import { EARTH_RADIUS_MILES, distanceMiles, distanceSql, type Coordinates } from "@/lib/geo";
import { withClient } from "../../support/db";

const AUSTIN = { latitude: 30.2672, longitude: -97.7431 };
const DALLAS = { latitude: 32.7767, longitude: -96.797 };
const NEW_YORK = { latitude: 40.7128, longitude: -74.006 };
const LOS_ANGELES = { latitude: 34.0522, longitude: -118.2437 };

describe("distanceMiles", () => {
  it("gives great-circle miles", () => {
    expect(distanceMiles(AUSTIN, AUSTIN)).toBe(0);
    expect(distanceMiles(AUSTIN, DALLAS)).toBeCloseTo(182.1, 0);
    expect(distanceMiles(NEW_YORK, LOS_ANGELES)).toBeCloseTo(2445.6, 0);
    expect(distanceMiles(NEW_YORK, LOS_ANGELES)).toBeCloseTo(distanceMiles(LOS_ANGELES, NEW_YORK), 9);
    // A quarter of the equator, and the antipode: half the circumference.
    expect(distanceMiles({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 90 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_MILES, 6);
    expect(distanceMiles({ latitude: 10, longitude: 20 }, { latitude: -10, longitude: -160 })).toBeCloseTo(Math.PI * EARTH_RADIUS_MILES, 2);
  });

  it("crosses the date line the short way", () => {
    const guam = { latitude: 13.47, longitude: 144.74 };
    const pagoPago = { latitude: -14.27, longitude: -170.7 };
    expect(distanceMiles(guam, pagoPago)).toBeCloseTo(distanceMiles(guam, { latitude: -14.27, longitude: 189.3 }), 6);
    expect(distanceMiles(guam, pagoPago)).toBeLessThan(3700);
  });
});

describe("distanceSql", () => {
  // Deterministic pseudo-random pairs across the US and its territories, plus edge cases.
  function pairs(): [Coordinates, Coordinates][] {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const point = () => ({ latitude: -15 + random() * 87, longitude: -180 + random() * 330 });
    const list: [Coordinates, Coordinates][] = Array.from({ length: 500 }, () => [point(), point()]);
    // Nearby points, as in a radius search.
    for (let i = 0; i < 200; i++) {
      const a = point();
      list.push([a, { latitude: a.latitude + (random() - 0.5) / 2, longitude: a.longitude + (random() - 0.5) / 2 }]);
    }
    list.push([AUSTIN, AUSTIN], [AUSTIN, DALLAS], [NEW_YORK, LOS_ANGELES], [{ latitude: 10, longitude: 20 }, { latitude: -10, longitude: -160 }]);
    return list;
  }

  it("agrees with distanceMiles in PostgreSQL, within 0.1 mile (in fact to far less)", async () => {
    const list = pairs();
    const sql = `SELECT p.i, ${distanceSql("p.lat1", "p.lng1", "p.lat2", "p.lng2")} AS miles
      FROM unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[]) WITH ORDINALITY AS p(lat1, lng1, lat2, lng2, i)
      ORDER BY p.i`;
    const { rows } = await withClient((c) =>
      c.query<{ i: string; miles: number }>(sql, [
        list.map(([a]) => a.latitude),
        list.map(([a]) => a.longitude),
        list.map(([, b]) => b.latitude),
        list.map(([, b]) => b.longitude),
      ]),
    );
    expect(rows).toHaveLength(list.length);
    let worst = 0;
    rows.forEach((row, i) => {
      const [a, b] = list[i]!;
      worst = Math.max(worst, Math.abs(row.miles - distanceMiles(a, b)));
    });
    expect(worst).toBeLessThan(0.1);
    expect(worst).toBeLessThan(1e-6);
  });

  it("takes placeholders with or without a cast, and numbers; NULL coordinates give NULL", async () => {
    const { rows } = await withClient((c) =>
      c.query<{ bare: number; cast: number; literal: number; missing: number | null }>(
        `SELECT ${distanceSql("$1", "$2", "$3", "$4")} AS bare,
                ${distanceSql("$1::float8", "$2::double precision", "$3", "$4")} AS cast,
                ${distanceSql("30.2672", "-97.7431", "32.7767", "-96.797")} AS literal,
                ${distanceSql("NULL", "$2", "$3", "$4")} AS missing`,
        [AUSTIN.latitude, AUSTIN.longitude, DALLAS.latitude, DALLAS.longitude],
      ),
    );
    const expected = distanceMiles(AUSTIN, DALLAS);
    expect(rows[0]!.bare).toBeCloseTo(expected, 6);
    expect(rows[0]!.cast).toBeCloseTo(expected, 6);
    expect(rows[0]!.literal).toBeCloseTo(expected, 6);
    expect(rows[0]!.missing).toBeNull();
  });

  it("refuses anything but columns, placeholders and numbers", () => {
    expect(() => distanceSql("hl.latitude", "hl.longitude", "$1", "$2")).not.toThrow();
    expect(() => distanceSql('"Hl"."Lat"', "lng", "$10::float8", "-1.5")).not.toThrow();
    for (const bad of ["1); DROP TABLE hospitals; --", "'30'", "$1; SELECT 1", "", "a + b", "lat)"]) {
      expect(() => distanceSql(bad, "lng", "$1", "$2")).toThrow(TypeError);
      expect(() => distanceSql("lat", "lng", "$1", bad)).toThrow(TypeError);
    }
  });
});
