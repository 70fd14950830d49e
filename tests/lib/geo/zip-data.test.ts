// The ZIP look-up that reads the data file's text (used until a city look-up
// loads the whole module) must give what the package's module gives.
import module from "node:module";
import { describe, expect, it } from "vitest";
import { readsZipsFromText, zipRecord, zipRecordsByCity } from "@/lib/geo/zip-data";
import { isStateCode } from "@/lib/geo";

type Raw = { zip: string; latitude: number; longitude: number; city: string; state: string };
const packageCodes = (module.createRequire(import.meta.url)("zipcodes/lib/codes.js") as { codes: Record<string, Raw> }).codes;

function expected(raw: Raw | undefined) {
  if (!raw || !isStateCode(raw.state) || (raw.latitude === 0 && raw.longitude === 0) || (raw.longitude > 0 && raw.longitude < 130)) return null;
  return { zip: raw.zip, latitude: raw.latitude, longitude: raw.longitude, city: raw.city, state: raw.state };
}

describe("zipRecord", () => {
  // Every 40th ZIP code and some that do not exist; before and after the module is loaded.
  const zips = [...Object.keys(packageCodes).filter((_, i) => i % 40 === 0), "00000", "99999", "12345", "10200", "09001"];

  it("reads the data file's text like the package's module", () => {
    expect(readsZipsFromText()).toBe(true);
    for (const zip of zips) expect(zipRecord(zip), zip).toEqual(expected(packageCodes[zip]));
    expect(zipRecord("7870")).toBeNull();
    expect(zipRecord('0","')).toBeNull();
  });

  it("gives the same once the whole module is loaded (for cities)", () => {
    expect(zipRecordsByCity().size).toBeGreaterThan(25_000);
    expect(readsZipsFromText()).toBe(false);
    for (const zip of zips) expect(zipRecord(zip), zip).toEqual(expected(packageCodes[zip]));
  });
});
