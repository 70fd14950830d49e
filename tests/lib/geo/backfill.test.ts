import { beforeEach, describe, expect, it } from "vitest";
import { backfillHospitalCoordinates, cityCentroid, zipCentroid } from "@/lib/geo";
import { resetDatabase, withClient } from "../../support/db";

beforeEach(resetDatabase);

interface Row {
  position: number;
  latitude: number | null;
  longitude: number | null;
}

async function seed(): Promise<void> {
  await withClient(async (c) => {
    const { rows } = await c.query<{ id: number }>(
      `INSERT INTO hospitals (slug, name, updated_at) VALUES ('backfill-test', 'Backfill Test Hospital', now()) RETURNING id`,
    );
    const id = rows[0]!.id;
    // As ingestion stored locations before it placed them: coordinates NULL.
    await c.query(
      `INSERT INTO hospital_locations (hospital_id, position, name, address, city, state, postal_code, latitude, longitude) VALUES
        ($1, 1, 'Main', '100 Elm St, Austin, TX 78701', 'Austin', 'TX', '78701', NULL, NULL),
        ($1, 2, 'No ZIP', '200 Oak Ave, Round Rock, TX', 'Round Rock', 'TX', NULL, NULL, NULL),
        ($1, 3, 'Unknown ZIP', '1 Nowhere Rd, Nowhere Special, TX 00000', 'Nowhere Special', 'TX', '00000', NULL, NULL),
        ($1, 4, 'Nothing to go by', 'Building 7', NULL, NULL, NULL, NULL, NULL),
        ($1, 5, 'Already placed', '1 Main St, Fullerton, CA 92832', 'Fullerton', 'CA', '92832', 1.5, 2.5)`,
      [id],
    );
  });
}

const rows = () =>
  withClient(async (c) => (await c.query<Row>(`SELECT position, latitude, longitude FROM hospital_locations ORDER BY position`)).rows);

describe("backfillHospitalCoordinates", () => {
  it("fills missing coordinates from the ZIP code or the city, and leaves the rest alone", async () => {
    await seed();
    const result = await withClient((c) => backfillHospitalCoordinates(c));
    expect(result).toEqual({ filled: 2, unresolved: 1 });
    const zip = zipCentroid("78701")!;
    const city = cityCentroid("Round Rock", "TX")!;
    expect(await rows()).toEqual([
      { position: 1, latitude: zip.latitude, longitude: zip.longitude },
      { position: 2, latitude: city.latitude, longitude: city.longitude },
      { position: 3, latitude: null, longitude: null },
      { position: 4, latitude: null, longitude: null },
      { position: 5, latitude: 1.5, longitude: 2.5 },
    ]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    await seed();
    await withClient((c) => backfillHospitalCoordinates(c));
    const after = await rows();
    expect(await withClient((c) => backfillHospitalCoordinates(c))).toEqual({ filled: 0, unresolved: 1 });
    expect(await rows()).toEqual(after);
  });

  it("does nothing on an empty table", async () => {
    expect(await withClient((c) => backfillHospitalCoordinates(c))).toEqual({ filled: 0, unresolved: 0 });
  });
});

describe("prepareDatabase", () => {
  it("places locations loaded without coordinates, and says nothing when there are none", async () => {
    const { prepareDatabase } = await import("@/lib/setup/database");
    await seed();
    const lines: string[] = [];
    const db = await prepareDatabase((line) => lines.push(line));
    await db.stop();
    expect(lines).toContain("Placed 2 hospital location(s) on the map from their ZIP code or city.");
    expect((await rows())[0]).toEqual({ position: 1, latitude: 30.2713, longitude: -97.7426 });

    lines.length = 0;
    await (await prepareDatabase((line) => lines.push(line))).stop();
    expect(lines.filter((line) => /location/.test(line))).toEqual([]);
  });
});
