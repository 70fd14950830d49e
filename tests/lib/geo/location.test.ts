import { describe, expect, it } from "vitest";
import {
  US_STATES,
  cityCentroid,
  distanceMiles,
  geocodeAddress,
  isStateCode,
  parseLocation,
  stateFromText,
  stateName,
  zipCentroid,
  type GeoLocation,
  type LocationErrorCode,
} from "@/lib/geo";
import { CSV_STATE_CODES } from "@/lib/mrf/validate/constants";

function located(input: string): GeoLocation {
  const result = parseLocation(input);
  if (!result.ok) throw new Error(`${input}: ${result.message}`);
  return result.location;
}

function refused(input: string, code: LocationErrorCode): { message: string; suggestions: string[] } {
  const result = parseLocation(input);
  if (result.ok) throw new Error(`${input}: found ${result.location.label}`);
  expect(result.code, `${input}: ${result.message}`).toBe(code);
  return result;
}

const AUSTIN_78701 = { latitude: 30.2713, longitude: -97.7426 };

describe("parseLocation: ZIP codes", () => {
  it("reads a 5-digit ZIP code as its centre, labelled with its city", () => {
    expect(located("78701")).toEqual({ kind: "zip", label: "Austin, TX 78701", state: "TX", zip: "78701", ...AUSTIN_78701 });
  });

  it("reads a ZIP+4 code as its 5-digit ZIP code, spaces around ignored", () => {
    expect(located("78701-1234")).toEqual(located("78701"));
    expect(located("  78701 - 1234 ")).toEqual(located("78701"));
  });

  it("keeps the leading zeros of New England and Puerto Rico ZIP codes", () => {
    expect(located("02115")).toMatchObject({ kind: "zip", state: "MA", label: "Boston, MA 02115" });
    expect(located("00601")).toMatchObject({ kind: "zip", state: "PR" });
  });

  it("reads the ZIP code at the end of an address", () => {
    expect(located("Austin, TX 78701")).toEqual(located("78701"));
    expect(located("100 Congress Ave, Austin, TX 78701-4042")).toEqual(located("78701"));
  });

  it("refuses unknown ZIP codes and digits that are not a ZIP code", () => {
    expect(refused("00000", "unknown_zip").message).toBe(
      "We don't know the ZIP code 00000. Check it, or enter a city and state instead, like Austin, TX.",
    );
    expect(refused("1234", "invalid_zip").message).toMatch(/^A ZIP code has 5 digits/);
    expect(refused("787011", "invalid_zip").message).toContain("787011");
    refused("78701-12", "invalid_zip");
  });

  it("refuses military mail ZIP codes, which are not places", () => {
    refused("09001", "unknown_zip");
    refused("96201", "unknown_zip");
  });
});

describe("parseLocation: cities", () => {
  const austin = () => located("Austin, TX");

  it("reads City, ST as the centre of the city's ZIP codes", () => {
    const a = austin();
    expect(a).toMatchObject({ kind: "city", label: "Austin, TX", state: "TX" });
    expect(a).not.toHaveProperty("zip");
    // The mean of Austin's ZIP centroids lies in the city, a few miles from downtown.
    expect(distanceMiles(a, AUSTIN_78701)).toBeLessThan(5);
  });

  it.each(["austin, tx", "AUSTIN, TX", "  Austin ,   tx  ", "Austin TX", "austin tx", "Austin,TX", "Austin, Tx.", "Austin, TX, USA"])(
    "ignores case and spaces: %j",
    (input) => expect(located(input)).toEqual(austin()),
  );

  it.each(["Austin, Texas", "austin texas", "AUSTIN,TEXAS"])("accepts the state's full name: %j", (input) =>
    expect(located(input)).toEqual(austin()),
  );

  it("reads two- and three-word state names and city names", () => {
    expect(located("Charleston, West Virginia")).toMatchObject({ label: "Charleston, WV", state: "WV" });
    expect(located("Charleston West Virginia")).toMatchObject({ label: "Charleston, WV" });
    expect(located("Raleigh North Carolina")).toMatchObject({ label: "Raleigh, NC" });
    expect(located("salt lake city utah")).toMatchObject({ label: "Salt Lake City, UT" });
    expect(located("Virginia Beach VA")).toMatchObject({ label: "Virginia Beach, VA" });
    expect(located("Indiana PA")).toMatchObject({ label: "Indiana, PA" });
    expect(located("Washington, D.C.")).toMatchObject({ label: "Washington, DC", state: "DC" });
    expect(located("Washington DC")).toMatchObject({ label: "Washington, DC" });
    expect(located("San Juan, Puerto Rico")).toMatchObject({ label: "San Juan, PR" });
  });

  it("reads St./Saint, Ft./Fort, Mt./Mount, apostrophes and a trailing “City” alike", () => {
    expect(located("St. Louis, MO")).toEqual(located("Saint Louis, Missouri"));
    expect(located("St Louis MO")).toMatchObject({ label: "Saint Louis, MO" });
    expect(located("Ft. Worth, TX")).toEqual(located("Fort Worth, TX"));
    expect(located("Coeur d'Alene, ID")).toMatchObject({ state: "ID" });
    expect(located("New York City, NY")).toEqual(located("New York, NY"));
  });

  it("accepts a city alone when only one state has a city of that name", () => {
    expect(located("Sarasota")).toMatchObject({ label: "Sarasota, FL" });
    // "New York" is a state, and also its biggest city.
    expect(located("New York")).toMatchObject({ label: "New York, NY" });
  });

  it("asks for the state when several states have the city, biggest first", () => {
    const springfield = refused("Springfield", "ambiguous");
    expect(springfield.message).toMatch(/^There is a Springfield in more than one state \(IL, MA, MO, [A-Z]{2}, [A-Z]{2} and \d+ more\)\. Add the state, like Springfield, IL\.$/);
    expect(springfield.suggestions.slice(0, 3)).toEqual(["Springfield, IL", "Springfield, MA", "Springfield, MO"]);
    expect(refused("kansas city", "ambiguous").suggestions).toEqual(["Kansas City, MO", "Kansas City, KS"]);
  });

  it("asks for a city when only a state is given", () => {
    expect(refused("Texas", "state_only").message).toBe("Texas is a whole state. Add a city (like “City, TX”) or enter a ZIP code.");
    refused("TX", "state_only");
    refused(", TX", "state_only");
    expect(refused("Washington", "state_only").suggestions[0]).toBe("Washington, DC");
  });

  it("says which part is unknown", () => {
    expect(refused("Austinn, TX", "unknown_city").message).toBe("We couldn't find “Austinn” in Texas. Check the spelling, or enter a ZIP code.");
    expect(refused("Austinn Texas", "unknown_city").message).toContain("in Texas");
    expect(refused("Austin, Texs", "unknown_state").message).toBe(
      "“Texs” is not a US state. Use its two-letter code or its name, like TX or Texas.",
    );
    expect(refused("Austin, ZZ", "unknown_state").message).toContain("“ZZ”");
    expect(refused("Toronto, ON", "unknown_state").message).toContain("“ON”");
  });

  it("refuses empty input and garbage with a hint of what works", () => {
    expect(refused("", "empty").message).toBe("Enter a ZIP code or a city and state, like 78701 or Austin, TX.");
    refused("   \t ", "empty");
    refused("!!!", "unrecognized");
    expect(refused("asdf qwer", "unknown_city").message).toBe(
      "We couldn't find a place called “asdf qwer”. Enter a ZIP code or a city and state, like 78701 or Austin, TX.",
    );
    refused("x".repeat(500), "unrecognized");
    refused("'; DROP TABLE hospitals; --", "unknown_city");
  });
});

describe("zipCentroid, cityCentroid, geocodeAddress", () => {
  it("gives a ZIP code's centre, city and state, or null", () => {
    expect(zipCentroid("78701")).toEqual({ ...AUSTIN_78701, city: "Austin", state: "TX" });
    expect(zipCentroid("78701-1234")).toEqual(zipCentroid("78701"));
    expect(zipCentroid("00000")).toBeNull();
    expect(zipCentroid("7870")).toBeNull();
    expect(zipCentroid("abcde")).toBeNull();
  });

  it("skips the data set's broken records: (0, 0) and a longitude with the wrong sign", () => {
    expect(zipCentroid("10200")).toBeNull();
    // Guam and the Northern Marianas lie east of Greenwich, rightly.
    expect(zipCentroid("96910")).toMatchObject({ state: "GU" });
    expect(zipCentroid("96950")).toMatchObject({ state: "MP" });
  });

  it("gives a city's centre as the mean of its ZIP centres", () => {
    const austin = cityCentroid("Austin", "TX")!;
    expect(austin).toMatchObject({ city: "Austin", state: "TX" });
    expect(austin.zipCount).toBeGreaterThan(40);
    expect(cityCentroid("austin", "Texas")).toEqual(austin);
    expect(cityCentroid("Austin", "ZZ")).toBeNull();
    expect(cityCentroid("Nowhere Special", "TX")).toBeNull();
  });

  it("places an address by its ZIP code, else by its city", () => {
    expect(geocodeAddress({ postalCode: "78701", city: "Austin", state: "TX" })).toEqual({ ...AUSTIN_78701, source: "zip" });
    expect(geocodeAddress({ postalCode: "78701", city: null, state: null })).toEqual({ ...AUSTIN_78701, source: "zip" });
    const city = cityCentroid("Round Rock", "TX")!;
    expect(geocodeAddress({ postalCode: null, city: "Round Rock", state: "TX" })).toEqual({ latitude: city.latitude, longitude: city.longitude, source: "city" });
    expect(geocodeAddress({ postalCode: "00000", city: "Round Rock", state: "TX" })).toMatchObject({ source: "city" });
    expect(geocodeAddress({ postalCode: null, city: "Round Rock", state: null })).toBeNull();
    expect(geocodeAddress({ postalCode: "00000", city: null, state: "TX" })).toBeNull();
  });

  it("trusts the city when the ZIP code lies in another state, the ZIP code when the city is unknown", () => {
    // 78701 is in Texas; the address says Fullerton, CA.
    expect(geocodeAddress({ postalCode: "78701", city: "Fullerton", state: "CA" })).toMatchObject({ source: "city" });
    expect(geocodeAddress({ postalCode: "78701", city: "Nowhere Special", state: "CA" })).toEqual({ ...AUSTIN_78701, source: "zip" });
  });
});

describe("US states", () => {
  it("has the 50 states, DC and the five inhabited territories: CMS's list, with names", () => {
    expect(US_STATES).toHaveLength(56);
    expect(US_STATES.map((s) => s.code).sort()).toEqual([...CSV_STATE_CODES].sort());
    for (const code of ["PR", "GU", "VI", "AS", "MP", "DC"]) expect(isStateCode(code)).toBe(true);
    for (const code of ["FM", "MH", "PW", "AA", "AE", "AP", "ON", "tx"]) expect(isStateCode(code)).toBe(false);
    expect(US_STATES[0]).toEqual({ code: "AL", name: "Alabama" });
    expect(US_STATES.map((s) => s.name)).toEqual([...US_STATES.map((s) => s.name)].sort((a, b) => a.localeCompare(b, "en")));
    expect(stateName("VI")).toBe("U.S. Virgin Islands");
  });

  it("reads codes and names in any case", () => {
    expect(stateFromText("tx")).toBe("TX");
    expect(stateFromText(" Texas ")).toBe("TX");
    expect(stateFromText("new   york")).toBe("NY");
    expect(stateFromText("D.C.")).toBe("DC");
    expect(stateFromText("District of Columbia")).toBe("DC");
    expect(stateFromText("Virgin Islands")).toBe("VI");
    expect(stateFromText("Ontario")).toBeNull();
    expect(stateFromText("")).toBeNull();
    for (const { code, name } of US_STATES) {
      expect(stateFromText(code)).toBe(code);
      expect(stateFromText(name)).toBe(code);
    }
  });
});
