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
  const all = Object.keys(packageCodes);
  // ZIP codes from all over the file, and some the data set lacks or that are unusable.
  const few = [...all.filter((_, i) => i % 2000 === 0), all[all.length - 1]!, "00000", "99999", "10200", "09001"];
  const many = all.filter((_, i) => i % 40 === 0);

  it("reads the data file's text like the package's module", () => {
    expect(readsZipsFromText()).toBe(true);
    expect(few.length).toBeLessThan(32);
    for (const zip of few) expect(zipRecord(zip), zip).toEqual(expected(packageCodes[zip]));
    expect(zipRecord("7870")).toBeNull();
    expect(zipRecord('0","')).toBeNull();
    expect(readsZipsFromText()).toBe(true);
  });

  it("switches to the module after a few dozen look-ups, with the same answers", () => {
    for (const zip of many) expect(zipRecord(zip), zip).toEqual(expected(packageCodes[zip]));
    expect(readsZipsFromText()).toBe(false);
    for (const zip of few) expect(zipRecord(zip), zip).toEqual(expected(packageCodes[zip]));
    expect(zipRecordsByCity().size).toBeGreaterThan(25_000);
  });
});
