import { beforeEach, describe, expect, it } from "vitest";
import { cityCentroid, zipCentroid } from "@/lib/geo";
import { ingestFile, parseAddress } from "@/lib/ingest";
import { resetDatabase, testDatabaseUrl, withClient } from "../../support/db";
import { jsonMrf, tallCsv, wideCsv, writeFixture } from "../../support/mrf-fixtures";

const FIXTURE_ADDRESSES = "100 Elm St, Austin, TX 78701|200 Oak Ave, Round Rock, TX 78664";

describe("parseAddress", () => {
  it.each([
    ["12 Main Street, Fullerton, CA 92832", { city: "Fullerton", state: "CA", postalCode: "92832" }],
    ["12 Main Street, Fullerton, CA 92832-1234", { city: "Fullerton", state: "CA", postalCode: "92832" }],
    ["12 Main Street, Suite 4, Fullerton, ca. 92832", { city: "Fullerton", state: "CA", postalCode: "92832" }],
    ["12 Main Street, Fullerton, California 92832", { city: "Fullerton", state: "CA", postalCode: "92832" }],
    ["12 Main Street, Fullerton CA 92832", { city: "Fullerton", state: "CA", postalCode: "92832" }],
    ["12 Main Street, Fullerton, CA 92832, USA", { city: "Fullerton", state: "CA", postalCode: "92832" }],
    ["12 Main Street, Fullerton, CA92832", { city: "Fullerton", state: "CA", postalCode: "92832" }],
    ["12 Main Street, Fullerton, CA", { city: "Fullerton", state: "CA", postalCode: null }],
    ["1 Hospital Dr, Washington, DC 20001", { city: "Washington", state: "DC", postalCode: "20001" }],
    ["Fullerton, CA 92832", { city: null, state: "CA", postalCode: "92832" }],
    ["12 Main Street Fullerton CA 92832", { city: null, state: "CA", postalCode: "92832" }],
    ["12 Main Street 92832", { city: null, state: null, postalCode: "92832" }],
    ["12 Main Street, Fullerton, ZZ 92832", { city: null, state: null, postalCode: "92832" }],
    ["Building 7", { city: null, state: null, postalCode: null }],
    ["", { city: null, state: null, postalCode: null }],
  ])("%j", (address, expected) => expect(parseAddress(address)).toEqual(expected));
});

describe("ingestion places hospital locations", () => {
  beforeEach(resetDatabase);

  const ingest = (name: string, content: string) => ingestFile(writeFixture(name, content), { databaseUrl: testDatabaseUrl() });
  const locations = () =>
    withClient(
      async (c) =>
        (
          await c.query<{ name: string; city: string | null; state: string | null; postal_code: string | null; latitude: number | null; longitude: number | null }>(
            `SELECT name, city, state, postal_code, latitude, longitude FROM hospital_locations ORDER BY position`,
          )
        ).rows,
    );

  it("gives every location its ZIP code's centre (tall CSV)", async () => {
    expect((await ingest("tall.csv", tallCsv())).status).toBe("succeeded");
    const austin = zipCentroid("78701")!;
    const roundRock = zipCentroid("78664")!;
    expect(await locations()).toEqual([
      { name: "Test Fixture Hospital", city: "Austin", state: "TX", postal_code: "78701", latitude: austin.latitude, longitude: austin.longitude },
      { name: "Test Fixture Clinic", city: "Round Rock", state: "TX", postal_code: "78664", latitude: roundRock.latitude, longitude: roundRock.longitude },
    ]);
  });

  it("does the same for wide CSV and JSON files", async () => {
    expect((await ingest("wide.csv", wideCsv())).status).toBe("succeeded");
    expect((await locations()).every((l) => l.latitude !== null && l.longitude !== null)).toBe(true);
    await resetDatabase();
    expect((await ingest("file.json", jsonMrf())).status).toBe("succeeded");
    expect(await locations()).toMatchObject([{ postal_code: "78701", latitude: 30.2713, longitude: -97.7426 }]);
  });

  it("uses the city's centre without a ZIP code, and leaves unknown places empty", async () => {
    const content = tallCsv().replace(FIXTURE_ADDRESSES, "100 Elm St, Round Rock, Texas|1 Nowhere Rd, Nowhere Special, TX 00000");
    expect((await ingest("tall.csv", content)).status).toBe("succeeded");
    const roundRock = cityCentroid("Round Rock", "TX")!;
    expect(await locations()).toEqual([
      { name: "Test Fixture Hospital", city: "Round Rock", state: "TX", postal_code: null, latitude: roundRock.latitude, longitude: roundRock.longitude },
      { name: "Test Fixture Clinic", city: "Nowhere Special", state: "TX", postal_code: "00000", latitude: null, longitude: null },
    ]);
  });

  it("places the locations of a new version of the file again", async () => {
    await ingest("v1.csv", tallCsv());
    const moved = tallCsv({ lastUpdatedOn: "2026-10-01" }).replace(FIXTURE_ADDRESSES, "1200 Harbor Blvd, Fullerton, CA 92832|500 W Lincoln Ave, Anaheim, CA 92805");
    expect((await ingest("v2.csv", moved)).status).toBe("succeeded");
    const fullerton = zipCentroid("92832")!;
    const anaheim = zipCentroid("92805")!;
    expect(await locations()).toMatchObject([
      { postal_code: "92832", latitude: fullerton.latitude, longitude: fullerton.longitude },
      { postal_code: "92805", latitude: anaheim.latitude, longitude: anaheim.longitude },
    ]);
  });
});
