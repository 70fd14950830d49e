// Places people search from ("78701", "Austin, TX") and places in hospitals'
// addresses, turned into coordinates with the offline ZIP centroid data set.
import type { Coordinates } from "./distance";
import { stateFromText, stateName, type StateCode } from "./states";
import { cityIndexKey, cityKey, zipRecord, zipRecordsByCity, type ZipRecord } from "./zip-data";

/** A place a search is made from. */
export interface GeoLocation extends Coordinates {
  kind: "zip" | "city";
  /** How to show it: "Austin, TX 78701" or "Austin, TX". */
  label: string;
  state: StateCode;
  /** Only for a ZIP code: its 5 digits. */
  zip?: string;
}

export type LocationErrorCode =
  | "empty"
  | "invalid_zip"
  | "unknown_zip"
  | "unknown_state"
  | "unknown_city"
  | "state_only"
  | "ambiguous"
  | "unrecognized";

/** Why a place could not be found, in words for the person who typed it. */
export interface LocationError {
  ok: false;
  code: LocationErrorCode;
  /** A sentence to show as is, saying what to change. */
  message: string;
  /** Inputs that would work, e.g. ["Springfield, IL", "Springfield, MO"] for an ambiguous city. */
  suggestions: string[];
}

export type LocationResult = { ok: true; location: GeoLocation } | LocationError;

export interface ZipCentroid extends Coordinates {
  city: string;
  state: StateCode;
}

export interface CityCentroid extends ZipCentroid {
  /** How many ZIP codes of the city the centre is the mean of. */
  zipCount: number;
}

const EXAMPLE = "like 78701 or Austin, TX";
const MAX_INPUT = 100;
const ZIP = /^(\d{5})(?:\s*-\s*\d{4})?$/;

function fail(code: LocationErrorCode, message: string, suggestions: string[] = []): LocationError {
  return { ok: false, code, message, suggestions };
}

/** The centre of a ZIP code ("78701" or "78701-1234"), or null if the data set does not know it. */
export function zipCentroid(zip: string): ZipCentroid | null {
  const m = ZIP.exec(zip.trim());
  const record = m ? zipRecord(m[1]!) : null;
  return record && { latitude: record.latitude, longitude: record.longitude, city: record.city, state: record.state };
}

/** The spelling the data set uses most for a city's ZIP codes. */
function commonSpelling(records: readonly ZipRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.city, (counts.get(r.city) ?? 0) + 1);
  let best = records[0]!.city;
  for (const [name, n] of counts) if (n > counts.get(best)!) best = name;
  return best;
}

/**
 * The centre of a city: the mean of the centres of its ZIP codes in the data
 * set (a city has no centroid of its own there). Names are compared without
 * case, accents, punctuation or spaces, "St." meaning "Saint", and "… City"
 * also found without "City" ("New York City" is "New York" in the data set).
 * Null if the state has no such city.
 */
export function cityCentroid(city: string, state: string): CityCentroid | null {
  const code = stateFromText(state);
  if (!code || !cityKey(city)) return null;
  const index = zipRecordsByCity();
  let records = index.get(cityIndexKey(code, city));
  if (!records && /\s+city$/i.test(city.trim())) records = index.get(cityIndexKey(code, city.trim().replace(/\s+city$/i, "")));
  if (!records) return null;
  let latitude = 0;
  let longitude = 0;
  for (const r of records) {
    latitude += r.latitude;
    longitude += r.longitude;
  }
  return {
    latitude: latitude / records.length,
    longitude: longitude / records.length,
    city: commonSpelling(records),
    state: code,
    zipCount: records.length,
  };
}

let statesByCity: Map<string, StateCode[]> | undefined;

/**
 * The states that have a city of this name (by {@link cityKey}), the one with
 * the most ZIP codes (the biggest city, roughly) first: "Washington" → DC, PA, …
 */
function statesWithCity(city: string): StateCode[] {
  if (!statesByCity) {
    const index = zipRecordsByCity();
    const byName = new Map<string, { state: StateCode; zips: number }[]>();
    for (const [key, records] of index) {
      const [state, name] = key.split("|") as [StateCode, string];
      const list = byName.get(name);
      if (list) list.push({ state, zips: records.length });
      else byName.set(name, [{ state, zips: records.length }]);
    }
    statesByCity = new Map();
    for (const [name, list] of byName) {
      list.sort((a, b) => b.zips - a.zips || a.state.localeCompare(b.state));
      statesByCity.set(name, list.map((entry) => entry.state));
    }
  }
  const states = statesByCity.get(cityKey(city));
  if (!states && /\s+city$/i.test(city.trim())) return statesWithCity(city.trim().replace(/\s+city$/i, ""));
  return states ?? [];
}

function zipLocation(zip: string): LocationResult {
  const record = zipRecord(zip);
  if (!record) return fail("unknown_zip", `We don't know the ZIP code ${zip}. Check it, or enter a city and state instead, like Austin, TX.`);
  const label = `${record.city}, ${record.state} ${zip}`;
  return { ok: true, location: { kind: "zip", label, latitude: record.latitude, longitude: record.longitude, state: record.state, zip } };
}

function cityLocation(c: CityCentroid): LocationResult {
  return { ok: true, location: { kind: "city", label: `${c.city}, ${c.state}`, latitude: c.latitude, longitude: c.longitude, state: c.state } };
}

const quoted = (text: string) => `“${text}”`;

/**
 * Reads a place typed into the search: a ZIP code ("78701", "78701-1234") or a
 * city and state ("Austin, TX", "austin tx", "Austin, Texas", "Saint Louis
 * Missouri"), or a city alone when only one state has a city of that name. A
 * city stands for the centre of its ZIP codes ({@link cityCentroid}). Any other
 * input gives a {@link LocationError} whose message says what to change.
 */
export function parseLocation(input: string): LocationResult {
  const text = input
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s,]+(?:USA|U\.S\.A\.|United States)$/i, "");
  if (!text) return fail("empty", `Enter a ZIP code or a city and state, ${EXAMPLE}.`);
  if (text.length > MAX_INPUT) return fail("unrecognized", `That is too long for a place. Enter a ZIP code or a city and state, ${EXAMPLE}.`);

  const zip = ZIP.exec(text);
  if (zip) return zipLocation(zip[1]!);
  if (/^[\d\s-]+$/.test(text)) return fail("invalid_zip", `A ZIP code has 5 digits, like 78701. Check ${quoted(text)}, or enter a city and state.`);
  // A whole address, or "Austin, TX 78701": the ZIP code at its end says where.
  const trailingZip = /[\s,](\d{5})(?:-\d{4})?$/.exec(text);
  if (trailingZip) return zipLocation(trailingZip[1]!);

  if (text.includes(",")) {
    const comma = text.lastIndexOf(",");
    const city = text.slice(0, comma).trim();
    const statePart = text.slice(comma + 1).trim();
    const state = stateFromText(statePart);
    if (!statePart) return cityAlone(city);
    if (!state) {
      return fail("unknown_state", `${quoted(statePart)} is not a US state. Use its two-letter code or its name, like TX or Texas.`);
    }
    if (!cityKey(city)) return stateOnly(state);
    const found = cityCentroid(city, state);
    return found ? cityLocation(found) : unknownCity(city, state);
  }

  // "City ST" or "City State Name": try the last one to three words as the state.
  const words = text.split(" ");
  const wholeState = stateFromText(text);
  if (wholeState) {
    // "New York" is also the state's biggest city; "Texas" and "TX" are only a state.
    const sameName = text.length > 2 ? cityCentroid(text, wholeState) : null;
    return sameName ? cityLocation(sameName) : stateOnly(wholeState, text);
  }
  const found: CityCentroid[] = [];
  let namedState: { city: string; state: StateCode } | undefined;
  for (let k = 1; k <= Math.min(3, words.length - 1); k++) {
    const state = stateFromText(words.slice(-k).join(" "));
    if (!state) continue;
    const city = words.slice(0, -k).join(" ");
    namedState ??= { city, state };
    const centroid = cityCentroid(city, state);
    if (centroid) found.push(centroid);
  }
  if (found.length === 1) return cityLocation(found[0]!);
  if (found.length > 1) {
    const suggestions = found.map((c) => `${c.city}, ${c.state}`);
    return fail("ambiguous", `${quoted(text)} could mean ${suggestions.join(" or ")}. Add a comma before the state.`, suggestions);
  }
  const alone = cityAlone(text);
  if (!alone.ok && alone.code === "unknown_city" && namedState) return unknownCity(namedState.city, namedState.state);
  return alone;
}

/** A city typed without a state: fine when only one state has a city of that name. */
function cityAlone(city: string): LocationResult {
  if (!cityKey(city)) return fail("unrecognized", `Enter a ZIP code or a city and state, ${EXAMPLE}.`);
  const states = statesWithCity(city);
  if (states.length === 1) return cityLocation(cityCentroid(city, states[0]!)!);
  if (states.length > 1) {
    const spelled = cityCentroid(city, states[0]!)!.city;
    const suggestions = states.map((s) => `${spelled}, ${s}`);
    const shown = states.length > 6 ? `${states.slice(0, 5).join(", ")} and ${states.length - 5} more` : states.join(", ");
    return fail(
      "ambiguous",
      `There is a ${spelled} in more than one state (${shown}). Add the state, like ${spelled}, ${states[0]}.`,
      suggestions,
    );
  }
  return fail("unknown_city", `We couldn't find a place called ${quoted(city)}. Enter a ZIP code or a city and state, ${EXAMPLE}.`);
}

function unknownCity(city: string, state: StateCode): LocationError {
  return fail("unknown_city", `We couldn't find ${quoted(city)} in ${stateName(state)}. Check the spelling, or enter a ZIP code.`);
}

/** A state without a city; `text` is what was typed, also looked for as a city elsewhere ("Washington" → "Washington, DC"). */
function stateOnly(state: StateCode, text?: string): LocationError {
  const elsewhere = text && text.length > 2 ? statesWithCity(text).slice(0, 3) : [];
  const suggestions = elsewhere.map((s) => `${cityCentroid(text!, s)!.city}, ${s}`);
  const also = suggestions.length ? ` Or did you mean ${suggestions.join(" or ")}?` : "";
  return fail("state_only", `${stateName(state)} is a whole state. Add a city (like “City, ${state}”) or enter a ZIP code.${also}`, suggestions);
}

/** The parts of an address geocoding uses (hospital_locations' columns). */
export interface AddressParts {
  postalCode: string | null;
  city: string | null;
  state: string | null;
}

export interface AddressCoordinates extends Coordinates {
  /** Whether the point is the ZIP code's centre or the city's. */
  source: "zip" | "city";
}

/**
 * Coordinates for an address: its ZIP code's centre, or the city's when it has
 * no known ZIP code. When the ZIP code lies in another state than the address
 * says, one of the two is wrong: the city is used if that state has it,
 * otherwise still the ZIP code. Null when neither is known.
 */
export function geocodeAddress(address: AddressParts): AddressCoordinates | null {
  const zip = address.postalCode ? zipCentroid(address.postalCode) : null;
  const state = address.state ? stateFromText(address.state) : null;
  if (zip && (!state || zip.state === state)) return { latitude: zip.latitude, longitude: zip.longitude, source: "zip" };
  if (address.city && state) {
    const city = cityCentroid(address.city, state);
    if (city) return { latitude: city.latitude, longitude: city.longitude, source: "city" };
  }
  return zip && { latitude: zip.latitude, longitude: zip.longitude, source: "zip" };
}
