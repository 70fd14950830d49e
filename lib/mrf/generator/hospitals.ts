// The fictional demo hospitals and payers.
//
// Every hospital, payer, plan, person, license number, EIN and NPI here is made
// up. Street addresses use real city / ZIP pairs (so geographic search and ZIP
// parsing behave realistically) with invented street numbers. NPIs are 10 digits
// with a valid NPI (Luhn) check digit, but are not looked up in NPPES; web links
// use the reserved ".example" domain.

import type { HospitalLocation, MrfFormat } from "./types";

export interface DemoHospital {
  /** Stable identity used in seeds and file names. */
  id: string;
  name: string;
  /** Two-letter licensing state (license_number|ST). */
  state: string;
  /** Fictional EIN; CMS suggests "<ein>_<hospital-name>_standardcharges.<ext>". */
  ein: string;
  licenseNumber: string;
  /** NPI bases (9 digits); the check digit is appended by npiWithCheckDigit. */
  npiBases: string[];
  attesterName: string;
  locations: HospitalLocation[];
  /** The format this hospital publishes in the demo set. */
  format: MrfFormat;
  /** Relative price level (1 = catalog base prices). */
  priceIndex: number;
  /** Whether inpatient MS-DRG packages carry a gross charge (many real files leave it blank). */
  drgGross: boolean;
  /** Catalog keys this hospital does not offer (e.g. a small hospital without joint replacement). */
  excludes?: string[];
}

export interface PayerDef {
  name: string;
  /** Plans and their typical payment level as a fraction of gross charges. */
  plans: { name: string; factor: readonly [number, number] }[];
}

// Typical payment levels as a fraction of chargemaster prices.
const COMMERCIAL = [0.42, 0.66] as const;
const MANAGED = [0.36, 0.55] as const;
const MEDICARE_ADV = [0.22, 0.34] as const;
const MEDICAID = [0.15, 0.27] as const;
const MARKETPLACE = [0.3, 0.45] as const;

/** Payers that sell in every state; each hospital contracts with some of them. */
export const NATIONAL_PAYERS: readonly PayerDef[] = [
  { name: "Northstar Mutual Health", plans: [{ name: "Choice PPO", factor: COMMERCIAL }, { name: "Select HMO", factor: MANAGED }, { name: "Medicare Advantage HMO", factor: MEDICARE_ADV }] },
  { name: "Silverline Benefit Trust", plans: [{ name: "Open Access PPO", factor: COMMERCIAL }, { name: "Premier EPO", factor: MANAGED }] },
  { name: "Tallgrass Mutual Health", plans: [{ name: "National PPO", factor: COMMERCIAL }, { name: "Medicare Advantage PPO", factor: MEDICARE_ADV }, { name: "Marketplace Silver", factor: MARKETPLACE }] },
  { name: "Harborstone Health Insurance", plans: [{ name: "Standard PPO", factor: COMMERCIAL }, { name: "Value HMO", factor: MANAGED }, { name: "Point of Service", factor: COMMERCIAL }] },
];

/** Regional payers by state. */
export const REGIONAL_PAYERS: Readonly<Record<string, readonly PayerDef[]>> = {
  CA: [
    { name: "Golden Poppy Health", plans: [{ name: "Coastal HMO", factor: MANAGED }, { name: "Medicaid Managed Care", factor: MEDICAID }] },
    { name: "Pacific Tideline Insurance", plans: [{ name: "Tideline PPO", factor: COMMERCIAL }, { name: "Tideline EPO", factor: MANAGED }] },
  ],
  TX: [
    { name: "Bluebonnet Health Plan", plans: [{ name: "Bluebonnet PPO", factor: COMMERCIAL }, { name: "Bluebonnet HMO", factor: MANAGED }, { name: "Medicaid Managed Care", factor: MEDICAID }] },
    { name: "Lone Prairie Mutual", plans: [{ name: "Ranchland PPO", factor: COMMERCIAL }, { name: "Marketplace Bronze", factor: MARKETPLACE }] },
  ],
  NY: [
    { name: "Harborlight Health Plan", plans: [{ name: "Harborlight EPO", factor: MANAGED }, { name: "Medicaid Managed Care", factor: MEDICAID }] },
    { name: "Adirondack Fern Assurance", plans: [{ name: "Fern PPO", factor: COMMERCIAL }, { name: "Fern HMO", factor: MANAGED }] },
  ],
  FL: [
    { name: "Sawgrass Health Partners", plans: [{ name: "Sawgrass HMO", factor: MANAGED }, { name: "Medicare Advantage HMO", factor: MEDICARE_ADV }] },
    { name: "Coral Key Health Plan", plans: [{ name: "Coral Key PPO", factor: COMMERCIAL }, { name: "Marketplace Silver", factor: MARKETPLACE }] },
  ],
  IL: [
    { name: "Cornbelt Lantern Health", plans: [{ name: "Lantern PPO", factor: COMMERCIAL }, { name: "Lantern HMO", factor: MANAGED }] },
    { name: "Lakefront Compass Insurance", plans: [{ name: "Compass EPO", factor: MANAGED }, { name: "Medicaid Managed Care", factor: MEDICAID }] },
  ],
  OH: [
    { name: "Scioto River Health Plan", plans: [{ name: "River PPO", factor: COMMERCIAL }, { name: "River HMO", factor: MANAGED }] },
    { name: "Cuyahoga Valley Assurance", plans: [{ name: "Valley EPO", factor: MANAGED }, { name: "Medicaid Managed Care", factor: MEDICAID }] },
  ],
};

/**
 * Demo hospitals. The format mix (4 tall CSV, 4 wide CSV, 2 JSON) exercises
 * every layout an ingester has to handle.
 */
export const DEMO_HOSPITALS: readonly DemoHospital[] = [
  {
    id: "cedar-hollow",
    name: "Cedar Hollow Regional Medical Center",
    state: "CA",
    ein: "95-3817204",
    licenseNumber: "930001742",
    npiBases: ["184301276", "184301277"],
    attesterName: "Dana Whitfield",
    locations: [
      { name: "Cedar Hollow Regional Medical Center", address: "1200 Harbor Blvd, Fullerton, CA 92832" },
      { name: "Cedar Hollow Outpatient Imaging Center", address: "500 W Lincoln Ave, Anaheim, CA 92805" },
    ],
    format: "csv_tall",
    priceIndex: 1.25,
    drgGross: true,
  },
  {
    id: "pecan-creek",
    name: "Pecan Creek Memorial Hospital",
    state: "TX",
    ein: "74-2640918",
    licenseNumber: "H-008417",
    npiBases: ["159824730", "159824731"],
    attesterName: "Marcus Oyelaran",
    locations: [
      { name: "Pecan Creek Memorial Hospital", address: "2400 Sunrise Rd, Round Rock, TX 78664" },
      { name: "Pecan Creek Memorial Hospital Georgetown Campus", address: "1100 S Austin Ave, Georgetown, TX 78626" },
    ],
    format: "csv_wide",
    priceIndex: 0.95,
    drgGross: false,
  },
  {
    id: "hudson-lantern",
    name: "Hudson Lantern Hospital",
    state: "NY",
    ein: "14-6029381",
    licenseNumber: "0103004H",
    npiBases: ["172038465"],
    attesterName: "Priya Natarajan",
    locations: [{ name: "Hudson Lantern Hospital", address: "310 New Scotland Ave, Albany, NY 12208" }],
    format: "json",
    priceIndex: 1.15,
    drgGross: true,
  },
  {
    id: "saltmarsh-bay",
    name: "Saltmarsh Bay Medical Center",
    state: "FL",
    ein: "59-1873046",
    licenseNumber: "4102317",
    npiBases: ["136790524"],
    attesterName: "Evelyn Castellanos",
    locations: [{ name: "Saltmarsh Bay Medical Center", address: "2750 Bahia Vista St, Sarasota, FL 34239" }],
    format: "csv_tall",
    priceIndex: 1.05,
    drgGross: false,
  },
  {
    id: "prairie-beacon",
    name: "Prairie Beacon Health Center",
    state: "IL",
    ein: "37-1409265",
    licenseNumber: "0005829",
    npiBases: ["149573028", "149573029"],
    attesterName: "Thomas Abernathy",
    locations: [
      { name: "Prairie Beacon Health Center", address: "1400 W Park St, Champaign, IL 61820" },
      { name: "Prairie Beacon Freestanding Emergency Department", address: "600 N Cunningham Ave, Urbana, IL 61802" },
    ],
    format: "csv_wide",
    priceIndex: 0.9,
    drgGross: true,
  },
  {
    id: "kettle-creek",
    name: "Kettle Creek Community Hospital",
    state: "OH",
    ein: "31-0928473",
    licenseNumber: "0001486",
    npiBases: ["128406395"],
    attesterName: "Ruth Lindqvist",
    locations: [{ name: "Kettle Creek Community Hospital", address: "210 E State St, Athens, OH 45701" }],
    format: "csv_tall",
    priceIndex: 0.8,
    drgGross: true,
    // A small community hospital without a joint replacement program.
    excludes: ["MS-DRG:470", "MS-DRG:469", "CPT:27447", "MS-DRG:460", "MS-DRG:247", "HCPCS:C1776"],
  },
  {
    id: "mesquite-ridge",
    name: "Mesquite Ridge General Hospital",
    state: "TX",
    ein: "74-3358102",
    licenseNumber: "H-011203",
    npiBases: ["163750942"],
    attesterName: "Alejandro Baca",
    locations: [{ name: "Mesquite Ridge General Hospital", address: "1900 N Oregon St, El Paso, TX 79902" }],
    format: "json",
    priceIndex: 0.85,
    drgGross: false,
  },
  {
    id: "orchard-point",
    name: "Orchard Point Medical Center",
    state: "NY",
    ein: "16-0748215",
    licenseNumber: "2701008H",
    npiBases: ["115297364", "115297365"],
    attesterName: "Helen Marchetti",
    locations: [
      { name: "Orchard Point Medical Center", address: "980 Park Ave, Rochester, NY 14607" },
      { name: "Orchard Point Surgery Center", address: "3400 Monroe Ave, Pittsford, NY 14534" },
    ],
    format: "csv_wide",
    priceIndex: 1.1,
    drgGross: true,
  },
  {
    id: "sable-palm",
    name: "Sable Palm Regional Hospital",
    state: "FL",
    ein: "59-2694130",
    licenseNumber: "4100862",
    npiBases: ["190627483"],
    attesterName: "Jerome Whitlock",
    locations: [{ name: "Sable Palm Regional Hospital", address: "1500 E Colonial Dr, Orlando, FL 32803" }],
    format: "csv_tall",
    priceIndex: 1.2,
    drgGross: false,
  },
  {
    id: "ironwood-heights",
    name: "Ironwood Heights Medical Center",
    state: "OH",
    ein: "31-1560274",
    licenseNumber: "0002317",
    npiBases: ["177305816"],
    attesterName: "Naomi Kessler",
    locations: [{ name: "Ironwood Heights Medical Center", address: "850 E Broad St, Columbus, OH 43205" }],
    format: "csv_wide",
    priceIndex: 1.0,
    drgGross: true,
  },
];

/**
 * Appends the NPI check digit: Luhn over "80840" + the 9-digit base, as NPPES
 * defines it, so NPI validators in the ingest path accept the demo numbers.
 */
export function npiWithCheckDigit(base9: string): string {
  if (!/^\d{9}$/.test(base9)) throw new Error(`NPI base must be 9 digits: ${base9}`);
  const digits = `80840${base9}`;
  let sum = 0;
  // Double every second digit from the right of the full number (check digit excluded).
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return base9 + String((10 - (sum % 10)) % 10);
}
