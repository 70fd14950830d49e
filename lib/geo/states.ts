// US states, DC and the five inhabited territories, with their names.
//
// The codes are CMS's own list (the one the CSV validator accepts, see
// lib/mrf/validate/constants.ts); this module adds the names, for validation
// of searched places and for a state filter.
import { CSV_STATE_CODES } from "../mrf/validate/constants";

/** Two-letter code of a state, DC or an inhabited territory (PR, GU, VI, AS, MP). */
export type StateCode = (typeof CSV_STATE_CODES)[number];

export interface UsState {
  code: StateCode;
  name: string;
}

// A Record over StateCode: the compiler checks every code has exactly one name.
const NAMES: Record<StateCode, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado",
  CT: "Connecticut", DE: "Delaware", DC: "District of Columbia", FL: "Florida", GA: "Georgia",
  HI: "Hawaii", ID: "Idaho", IL: "Illinois", IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky",
  LA: "Louisiana", ME: "Maine", MD: "Maryland", MA: "Massachusetts", MI: "Michigan", MN: "Minnesota",
  MS: "Mississippi", MO: "Missouri", MT: "Montana", NE: "Nebraska", NV: "Nevada", NH: "New Hampshire",
  NJ: "New Jersey", NM: "New Mexico", NY: "New York", NC: "North Carolina", ND: "North Dakota",
  OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania", RI: "Rhode Island",
  SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah", VT: "Vermont",
  VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming",
  PR: "Puerto Rico", GU: "Guam", VI: "U.S. Virgin Islands", AS: "American Samoa",
  MP: "Northern Mariana Islands",
};

/** Every state, DC and territory, sorted by name (ready for a select box). */
export const US_STATES: readonly UsState[] = CSV_STATE_CODES.map((code) => ({ code, name: NAMES[code] })).sort(
  (a, b) => a.name.localeCompare(b.name, "en"),
);

const CODES: ReadonlySet<string> = new Set(CSV_STATE_CODES);

export function isStateCode(value: string): value is StateCode {
  return CODES.has(value);
}

/** The state's name ("TX" → "Texas"). */
export function stateName(code: StateCode): string {
  return NAMES[code];
}

/** Lower-case letters only: "D.C." → "dc", "New  York" → "newyork". */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");

const BY_NAME = new Map<string, StateCode>();
for (const code of CSV_STATE_CODES) BY_NAME.set(squash(NAMES[code]), code);
BY_NAME.set("virginislands", "VI");
BY_NAME.set("usvirginislands", "VI");
BY_NAME.set("northernmarianas", "MP");

/**
 * The state a user or an address means: a two-letter code ("tx", "D.C.") or a
 * name ("Texas", "new york"), case, spaces and dots ignored; null if neither.
 */
export function stateFromText(text: string): StateCode | null {
  const key = squash(text);
  if (key.length === 2) {
    const code = key.toUpperCase();
    return isStateCode(code) ? code : null;
  }
  return BY_NAME.get(key) ?? null;
}
