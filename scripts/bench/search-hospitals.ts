// The fictional hospitals of the search benchmark's national sample (bench:search).
//
// Names, EINs, license numbers, NPIs and people are made up; addresses are
// invented street numbers on real US city / ZIP pairs taken from the `zipcodes`
// package, so location search (ZIP, "City, ST", radius) meets real geography.
// Hospitals are spread over the 50 states and DC roughly as hospitals are
// (every state gets at least one), clustered in each state's larger cities.
// Everything is drawn from seeded streams: same seed and count, same roster.
import { createRequire } from "node:module";
import type { DemoHospital } from "../../lib/mrf/generator/hospitals";
import { Rng } from "../../lib/mrf/generator/prng";
import type { HospitalLocation, MrfFormat } from "../../lib/mrf/generator/types";

export interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

interface ZipcodesModule {
  codes: Record<string, ZipRecord & { country: string }>;
}

// `zipcodes` is CommonJS without type declarations: required and typed here.
const zipcodes = createRequire(import.meta.url)("zipcodes") as ZipcodesModule;

/** Rough number of community hospitals per state (50 states and DC), used as weights. */
export const STATE_WEIGHTS: Readonly<Record<string, number>> = {
  AL: 100, AK: 20, AZ: 80, AR: 85, CA: 340, CO: 90, CT: 30, DE: 8, DC: 10, FL: 215, GA: 150, HI: 25,
  ID: 45, IL: 185, IN: 125, IA: 115, KS: 130, KY: 105, LA: 125, ME: 35, MD: 50, MA: 70, MI: 135,
  MN: 125, MS: 95, MO: 120, MT: 60, NE: 90, NV: 40, NH: 26, NJ: 70, NM: 40, NY: 170, NC: 110, ND: 45,
  OH: 190, OK: 120, OR: 60, PA: 190, RI: 11, SC: 70, SD: 55, TN: 120, TX: 420, UT: 50, VT: 14, VA: 90,
  WA: 90, WV: 55, WI: 135, WY: 27,
};

export type Tier = "critical-access" | "community" | "regional" | "academic";

/** Share of hospitals, relative file size, and payer/plan pairs per tier. */
export const TIERS: Readonly<Record<Tier, { share: number; size: number; plans: readonly [number, number]; extraLocations: readonly [number, number]; suffixes: readonly string[] }>> = {
  "critical-access": { share: 0.25, size: 0.3, plans: [5, 8], extraLocations: [0, 0], suffixes: ["Community Hospital", "Memorial Hospital", "Critical Access Hospital", "County Hospital"] },
  community: { share: 0.45, size: 1, plans: [7, 12], extraLocations: [0, 1], suffixes: ["Community Hospital", "Memorial Hospital", "General Hospital", "Medical Center", "Hospital"] },
  regional: { share: 0.2, size: 2.5, plans: [10, 16], extraLocations: [1, 2], suffixes: ["Regional Medical Center", "Regional Hospital", "Medical Center", "Health Center"] },
  academic: { share: 0.1, size: 6, plans: [14, 20], extraLocations: [1, 2], suffixes: ["University Medical Center", "University Hospital", "Medical Center"] },
};

/** Services a critical access hospital does not offer (no joint replacement, cath lab, spine surgery). */
const CRITICAL_ACCESS_EXCLUDES = ["MS-DRG:470", "MS-DRG:469", "CPT:27447", "MS-DRG:460", "MS-DRG:247", "HCPCS:C1776", "HCPCS:C1785"];

const NAME_FIRST = [
  "Alder", "Amber", "Ash", "Aspen", "Bay", "Birch", "Bluff", "Briar", "Brook", "Canyon", "Cedar", "Clover", "Copper", "Coral",
  "Cottonwood", "Crescent", "Cypress", "Elm", "Fern", "Fox", "Glen", "Granite", "Harbor", "Hawthorn", "Heron", "Hickory", "Holly",
  "Iron", "Juniper", "Lantern", "Laurel", "Linden", "Magnolia", "Maple", "Meadow", "Mesa", "Mill", "Oak", "Orchard", "Osprey",
  "Pine", "Poplar", "Quail", "Raven", "Redwood", "Ridge", "River", "Rock", "Sage", "Silver", "Spruce", "Stone", "Summit", "Sycamore",
  "Thistle", "Timber", "Walnut", "Willow", "Wren", "Yarrow",
];
const NAME_SECOND = [
  "Bend", "Brook", "Creek", "Crest", "Crossing", "Dale", "Falls", "Field", "Ford", "Gate", "Grove", "Haven", "Heights", "Hill",
  "Hollow", "Lake", "Landing", "Meadow", "Mount", "Park", "Pass", "Point", "Prairie", "Ridge", "Run", "Shore", "Spring", "Valley",
  "View", "Vista", "Water", "Wood",
];
const STREETS = ["Main", "Oak", "Maple", "Washington", "Lincoln", "Park", "Hospital", "Medical Center", "Church", "College", "Lake", "Hill", "River", "Elm", "Highland", "Jefferson", "Madison", "Franklin", "Center", "University"];
const STREET_KINDS = ["St", "Ave", "Blvd", "Dr", "Rd", "Pkwy", "Way"];
const FIRST_NAMES = ["Avery", "Jordan", "Morgan", "Riley", "Casey", "Quinn", "Harper", "Rowan", "Elliot", "Sasha", "Devon", "Marisol", "Tomas", "Ingrid", "Kwame", "Leilani", "Anika", "Mateo", "Noor", "Soren"];
const LAST_NAMES = ["Ashworth", "Bellamy", "Castillo", "Delacroix", "Eriksen", "Fairbanks", "Galloway", "Hargrove", "Ibarra", "Jablonski", "Kowalczyk", "Lindgren", "Mbeki", "Nakamura", "Okafor", "Pemberton", "Quintero", "Rasmussen", "Sorensen", "Thibodeaux"];

export interface NationalHospital extends DemoHospital {
  /** 0-based position in the roster. */
  index: number;
  tier: Tier;
  /** The main location's ZIP record. */
  zip: ZipRecord;
  /** Payer/plan pairs this hospital publishes (5–20). */
  planCount: number;
  /** Relative size of its file (tier size × noise); rows are shared out by it. */
  size: number;
}

let zipCache: Map<string, ZipRecord[]> | undefined;

/** US ZIP records of the 50 states and DC with an ordinary city name, by state, in ZIP order. */
export function zipsByState(): Map<string, ZipRecord[]> {
  if (zipCache) return zipCache;
  const byState = new Map<string, ZipRecord[]>();
  const all = Object.values(zipcodes.codes)
    .filter((z) => z.country === "US" && z.state in STATE_WEIGHTS && /^[A-Za-z][A-Za-z .'-]*$/.test(z.city))
    .sort((a, b) => (a.zip < b.zip ? -1 : a.zip > b.zip ? 1 : 0));
  for (const z of all) {
    const list = byState.get(z.state) ?? [];
    list.push({ zip: z.zip, latitude: z.latitude, longitude: z.longitude, city: z.city, state: z.state });
    byState.set(z.state, list);
  }
  zipCache = byState;
  return byState;
}

/** The state's ten cities with the most ZIP codes (its larger cities). */
function bigCityZips(zips: readonly ZipRecord[]): ZipRecord[] {
  const perCity = new Map<string, number>();
  for (const z of zips) perCity.set(z.city, (perCity.get(z.city) ?? 0) + 1);
  const big = new Set([...perCity.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10).map(([c]) => c));
  return zips.filter((z) => big.has(z.city));
}

function address(rng: Rng, z: ZipRecord): string {
  return `${rng.int(100, 9899)} ${rng.pick(STREETS)} ${rng.pick(STREET_KINDS)}, ${z.city}, ${z.state} ${z.zip}`;
}

/**
 * The roster: `count` hospitals. The first 51 cover every state and DC once;
 * the others go to states by weight, 60% of them in a state's larger cities.
 */
export function nationalHospitals(seed: number, count: number): NationalHospital[] {
  const zips = zipsByState();
  const states = Object.keys(STATE_WEIGHTS).sort();
  const rng = Rng.from("bench-search", seed, "roster");
  const stateWeights = states.map((s) => [s, STATE_WEIGHTS[s]!] as const);
  const tierWeights = (Object.keys(TIERS) as Tier[]).map((t) => [t, TIERS[t].share] as const);
  // Distinct first/second name pairs in a seeded order.
  const pairs = rng.shuffle(NAME_FIRST.flatMap((a) => NAME_SECOND.map((b) => `${a} ${b}`)));
  if (count > pairs.length) throw new RangeError(`at most ${pairs.length} hospitals, got ${count}`);

  const hospitals: NationalHospital[] = [];
  for (let index = 0; index < count; index++) {
    const h = Rng.from("bench-search", seed, "hospital", index);
    const state = index < states.length ? states[index]! : h.weighted(stateWeights);
    const stateZips = zips.get(state)!;
    const main = h.chance(0.6) ? h.pick(bigCityZips(stateZips)) : h.pick(stateZips);
    const tier = h.weighted(tierWeights);
    const t = TIERS[tier];
    const name = `${pairs[index]!} ${h.pick(t.suffixes)}`;
    const id = `national-${index}`;
    const locations: HospitalLocation[] = [{ name, address: address(h, main) }];
    const sameCity = stateZips.filter((z) => z.city === main.city && z.zip !== main.zip);
    const extra = h.int(t.extraLocations[0], t.extraLocations[1]);
    const campusNames = ["Outpatient Center", "Imaging Center", "Surgery Center", "Emergency Department", "Medical Pavilion"];
    for (let i = 0; i < extra; i++) {
      const z = sameCity.length > 0 ? h.pick(sameCity) : main;
      locations.push({ name: `${name} ${campusNames[(index + i) % campusNames.length]}`, address: address(h, z) });
    }
    const formatRoll = h.float();
    const format: MrfFormat = formatRoll < 0.75 ? "csv_tall" : formatRoll < 0.9 ? "csv_wide" : "json";
    hospitals.push({
      id,
      index,
      tier,
      zip: main,
      name,
      state,
      ein: `${String(10 + (index % 89)).padStart(2, "0")}-${String(1_000_000 + ((index * 7_919 + seed) % 9_000_000)).padStart(7, "0")}`,
      licenseNumber: `${state}-${String(100_000 + index * 37 + h.int(0, 30)).padStart(6, "0")}`,
      npiBases: Array.from({ length: locations.length }, (_, i) => String(100_000_000 + index * 97 + i * 13 + (seed % 11))),
      attesterName: `${h.pick(FIRST_NAMES)} ${h.pick(LAST_NAMES)}`,
      locations,
      format,
      priceIndex: h.range(0.75, 1.35) * (tier === "academic" ? 1.12 : tier === "critical-access" ? 0.92 : 1),
      drgGross: h.chance(0.6),
      excludes: tier === "critical-access" ? CRITICAL_ACCESS_EXCLUDES : undefined,
      planCount: h.int(t.plans[0], t.plans[1]),
      size: t.size * h.range(0.7, 1.3),
    });
  }
  return hospitals;
}
