// Access to the offline US ZIP centroid data set (npm `zipcodes` 8.0.0, BSD):
// about 42,000 ZIP codes with the latitude and longitude of their centre, their
// city and state. Internal to lib/geo.
//
// The package keeps its data in one 5 MB CommonJS file of object literals, and
// evaluating it costs 150–200 ms, once per process. Ingestion only needs one
// or two ZIP codes per file, and that cost would be a tenth of the time of
// loading a 50 MB file, so a ZIP code is first looked up in the file's text
// (read in about 10 ms; each ZIP code is a key `"78701":{…}` there) and the
// module is only evaluated for what needs all of it: city look-ups. If the
// file cannot be read as text (a bundler moved it, a new package version
// changed its layout), everything goes through the module.
//
// Both are loaded synchronously (`createRequire`), so that parsing a search's
// location stays a plain function; Node.js and Next.js's bundler (which traces
// `createRequire(import.meta.url)`) both resolve it at run time.
import { readFileSync } from "node:fs";
import module from "node:module";
import path from "node:path";
import type { ZipcodesRecord } from "zipcodes/lib/codes.js";
import { isStateCode, type StateCode } from "./states";

export interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: StateCode;
}

/**
 * A record of the data set, if it is usable here: a place in a state, DC or an
 * inhabited territory (not APO/FPO military mail or the freely associated
 * states), with real coordinates. The data set has (0, 0) for places it does
 * not know and at least one sign error (10200, New York, at 73.95° east); no US
 * place lies east of Greenwich and west of 130° E (Guam, the Marianas and Wake
 * Island are east of it).
 */
function usable(record: ZipcodesRecord | undefined): ZipRecord | null {
  if (!record || !isStateCode(record.state)) return null;
  const { latitude, longitude } = record;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (latitude === 0 && longitude === 0) return null;
  if (longitude > 0 && longitude < 130) return null;
  return { zip: record.zip, latitude, longitude, city: record.city, state: record.state };
}

const requireHere = module.createRequire(import.meta.url);

let fileText: string | null | undefined;
let loadedCodes: Record<string, ZipcodesRecord> | undefined;

/** The whole data set, as the package's module (evaluated once). */
function allZipRecords(): Record<string, ZipcodesRecord> {
  loadedCodes ??= (requireHere("zipcodes/lib/codes.js") as { codes: Record<string, ZipcodesRecord> }).codes;
  // The text is no longer needed once the module is loaded.
  fileText = null;
  return loadedCodes;
}

/** The data file's text, or null when it cannot be found or its layout is not the expected one. */
function dataFileText(): string | null {
  if (fileText !== undefined) return fileText;
  fileText = null;
  try {
    const file: unknown = requireHere.resolve("zipcodes/lib/codes.js");
    // Under a bundler, resolve() may return a module id: only read a real path.
    if (typeof file === "string" && path.isAbsolute(file) && file.endsWith(`${path.sep}codes.js`)) {
      const text = readFileSync(file, "utf8");
      if (text.startsWith('exports.codes = {"')) fileText = text;
    }
  } catch {
    fileText = null;
  }
  return fileText;
}

/** The record of a ZIP code as found in the data file's text; undefined when the text cannot say. */
function recordFromText(zip: string): ZipcodesRecord | null | undefined {
  const text = dataFileText();
  if (text === null) return undefined;
  const key = `"${zip}":{`;
  const at = text.indexOf(key);
  if (at < 0) return null;
  const start = at + key.length - 1;
  const end = text.indexOf("}", start);
  try {
    const record = JSON.parse(text.slice(start, end + 1)) as ZipcodesRecord;
    return record.zip === zip ? record : undefined;
  } catch {
    return undefined;
  }
}

const MAX_TEXT_LOOKUPS = 32;
let textLookups = 0;

/** Whether ZIP look-ups read the data file's text now (false once the module is loaded, or if the text is unreadable). */
export function readsZipsFromText(): boolean {
  return !loadedCodes && textLookups < MAX_TEXT_LOOKUPS && dataFileText() !== null;
}

/** The data set's record of a 5-digit ZIP code, or null if it has none usable. */
export function zipRecord(zip: string): ZipRecord | null {
  if (!/^\d{5}$/.test(zip)) return null;
  // Each look-up in the text scans it (about 2 ms): many of them (a file
  // listing dozens of locations, a long-running server) are cheaper with the module.
  if (!loadedCodes && textLookups < MAX_TEXT_LOOKUPS) {
    textLookups++;
    const fromText = recordFromText(zip);
    if (fromText !== undefined) return usable(fromText ?? undefined);
  }
  return usable(allZipRecords()[zip]);
}

let cityIndex: Map<string, ZipRecord[]> | undefined;

/**
 * Every usable record by `${state}|${cityKey(city)}`, built once from the whole
 * data set.
 */
export function zipRecordsByCity(): Map<string, ZipRecord[]> {
  if (cityIndex) return cityIndex;
  const index = new Map<string, ZipRecord[]>();
  for (const raw of Object.values(allZipRecords())) {
    const record = usable(raw);
    if (!record) continue;
    const key = cityIndexKey(record.state, record.city);
    const list = index.get(key);
    if (list) list.push(record);
    else index.set(key, [record]);
  }
  cityIndex = index;
  return index;
}

const ABBREVIATIONS: Readonly<Record<string, string>> = { st: "saint", ste: "sainte", ft: "fort", mt: "mount" };
// Whole words only: "St." and "st" but not "Stanton" or "West".
const ABBREVIATION = /(?<![a-z0-9])(?:st|ste|ft|mt)(?![a-z0-9])/;
const ABBREVIATION_WORDS = new RegExp(ABBREVIATION.source, "g");

/**
 * How city names are compared: accents, case, punctuation and spaces ignored,
 * and "St", "Ste", "Ft", "Mt" read as "Saint", "Sainte", "Fort", "Mount" (the
 * data set writes "Saint Louis" and "Coeur D Alene", people write "St. Louis"
 * and "Coeur d'Alene").
 */
export function cityKey(city: string): string {
  // Plain ASCII (all of the data set) skips Unicode normalization.
  let text = /^[\x20-\x7e]*$/.test(city) ? city.toLowerCase() : city.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  if (ABBREVIATION.test(text)) text = text.replace(ABBREVIATION_WORDS, (word) => ABBREVIATIONS[word]!);
  return text.replace(/[^a-z0-9]+/g, "");
}

export function cityIndexKey(state: StateCode, city: string): string {
  return `${state}|${cityKey(city)}`;
}
