// Extra chargemaster lines for scaled-up files (generateMrfFile targetRows).
//
// Real hospital files are dominated by thousands of supply, implant, pharmacy
// and lab lines identified by the hospital's own chargemaster (CDM) number plus
// a revenue code. To reach ~700,000 rows without repeating one item, we
// enumerate combinations of product × size × (fictional) manufacturer ×
// package, cycling the product first so consecutive lines differ. Once every
// combination of a family is used, products are listed again per hospital
// department, as real chargemasters do (a 700,000-row file has ~80,000 items
// and ~60,000 distinct descriptions). Every line gets a unique CDM number.

import type { CatalogEntry, ServiceKind } from "./catalog";
import type { DrugInfo, Setting } from "./types";
import { hashSeed } from "./prng";

interface Product {
  name: string;
  specs: readonly string[];
  /** Gross price for the first spec, one unit. */
  price: number;
  drug?: (spec: string) => DrugInfo;
}

interface Family {
  kind: ServiceKind;
  revenueCode: string;
  settings: Setting[];
  products: readonly Product[];
  makers: readonly string[];
  packs: readonly { label: string; units: number }[];
}

const range = (from: number, to: number, step: number) => {
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) out.push(Math.round(v * 10) / 10);
  return out;
};
const sizes = ["extra small", "small", "medium", "large", "extra large"] as const;
const bySize = (prefixes: readonly string[]) => prefixes.flatMap((p) => sizes.map((s) => (p ? `${p}, ${s}` : s)));
const french = range(8, 26, 2).map((n) => `${n} Fr`);
const gauges = range(14, 27, 1).map((n) => `${n} gauge`);
const screws = range(2, 6.5, 0.5).flatMap((d) => [12, 20, 30, 40, 50].map((l) => `${d.toFixed(1)} mm x ${l} mm`));
const cm = (list: number[]) => list.map((n) => `${n} cm`);
const ml = (list: number[]) => list.map((n) => `${n} mL`);

const SUPPLY_MAKERS = ["Kestrel Surgical", "Alderpoint Medical", "Brightmoor Supply", "Norwell Devices", "Quillon Medical", "Tamarind Health Supply", "Westbrook Clinical", "Halvern Products", "Obsidian Bay Medical", "Larkspur Care", "Pinecrest Medical", "Juniper Line"];
const IMPLANT_MAKERS = ["Redfern Orthopedics", "Sablecrest Implants", "Vantor Spine", "Meridell Cardio", "Kestrel Surgical", "Alderpoint Medical", "Coldwater Ortho", "Ashgrove Vascular"];
const PHARMA_MAKERS = ["Brookvale Pharma", "Corrigan Labs", "Eastmere Generics", "Fallow Pharmaceuticals", "Greywell Rx", "Hollins Therapeutics"];
const LAB_SITES = ["in-house", "send-out", "STAT"];

const FAMILIES: readonly Family[] = [
  {
    kind: "supply",
    revenueCode: "0270",
    settings: ["both"],
    makers: SUPPLY_MAKERS,
    packs: [
      { label: "each", units: 1 },
      { label: "pack of 5", units: 5 },
      { label: "box of 10", units: 10 },
      { label: "box of 25", units: 25 },
    ],
    products: [
      { name: "Wound dressing, foam", specs: cm([5, 7.5, 10, 12.5, 15, 20]), price: 24 },
      { name: "Wound dressing, hydrocolloid", specs: cm([5, 10, 15, 20]), price: 19 },
      { name: "Gauze sponge, sterile", specs: cm([5, 7.5, 10]), price: 3.5 },
      { name: "Elastic bandage", specs: cm([5, 7.5, 10, 15]), price: 11 },
      { name: "Urinary catheter, Foley, silicone", specs: french, price: 48 },
      { name: "Suction catheter", specs: french, price: 9 },
      { name: "IV catheter, safety", specs: gauges, price: 14 },
      { name: "Hypodermic needle", specs: gauges, price: 1.2 },
      { name: "Syringe, Luer lock", specs: ml([1, 3, 5, 10, 20, 30, 60]), price: 2.1 },
      { name: "Exam gloves, nitrile", specs: bySize([""]), price: 0.6 },
      { name: "Surgical gown, reinforced", specs: bySize(["standard", "extra long"]), price: 18 },
      { name: "Oxygen mask, non-rebreather", specs: bySize(["adult", "pediatric"]), price: 16 },
      { name: "Nasal cannula, oxygen", specs: bySize(["adult", "pediatric", "infant"]), price: 8 },
      { name: "Compression stockings, knee length", specs: bySize([""]), price: 26 },
      { name: "Knee brace, hinged", specs: bySize(["left", "right"]), price: 145 },
      { name: "Wrist splint", specs: bySize(["left", "right"]), price: 62 },
      { name: "Cervical collar", specs: bySize(["adult", "pediatric"]), price: 88 },
      { name: "Walking boot, short", specs: bySize([""]), price: 175 },
      { name: "ECG electrodes", specs: ["adult", "pediatric", "neonatal", "radiolucent", "stress test"], price: 4 },
      { name: "Suture, absorbable", specs: ["2-0", "3-0", "4-0", "5-0", "6-0"].flatMap((s) => cm([45, 70]).map((l) => `${s}, ${l}`)), price: 21 },
      { name: "Suture, nylon", specs: ["2-0", "3-0", "4-0", "5-0", "6-0"].flatMap((s) => cm([45, 70]).map((l) => `${s}, ${l}`)), price: 17 },
      { name: "Skin stapler, disposable", specs: ["15 staples", "25 staples", "35 staples"], price: 64 },
      { name: "Specimen container, sterile", specs: ml([60, 90, 120, 250]), price: 3 },
      { name: "Suction tubing, connecting", specs: cm([180, 300, 365]), price: 7 },
    ],
  },
  {
    kind: "supply",
    revenueCode: "0272",
    settings: ["both"],
    makers: SUPPLY_MAKERS,
    packs: [{ label: "each", units: 1 }],
    products: [
      { name: "Central venous catheter kit, triple lumen", specs: french.slice(0, 6).flatMap((f) => cm([16, 20]).map((l) => `${f}, ${l}`)), price: 310 },
      { name: "Lumbar puncture tray", specs: gauges.slice(4, 10).map((g) => `needle ${g}`), price: 120 },
      { name: "Arterial line kit", specs: gauges.slice(4, 9), price: 140 },
      { name: "Chest tube set", specs: french, price: 190 },
      { name: "Biopsy needle, core", specs: gauges.slice(0, 8).flatMap((g) => cm([10, 15, 20]).map((l) => `${g}, ${l}`)), price: 260 },
      { name: "Surgical stapler reload", specs: ["30 mm", "45 mm", "60 mm"].flatMap((l) => ["white", "blue", "gold", "green"].map((c) => `${l}, ${c}`)), price: 380 },
      { name: "Laparoscopic trocar", specs: ["5 mm", "8 mm", "10 mm", "12 mm", "15 mm"].flatMap((d) => ["short", "standard", "long"].map((l) => `${d}, ${l}`)), price: 150 },
      { name: "Epidural kit", specs: gauges.slice(2, 8), price: 95 },
      { name: "Thoracentesis kit", specs: french.slice(0, 5), price: 135 },
      { name: "Endoscopy biopsy forceps", specs: ["standard", "jumbo", "with needle"].flatMap((t) => cm([160, 230]).map((l) => `${t}, ${l}`)), price: 210 },
    ],
  },
  {
    kind: "implant",
    revenueCode: "0278",
    settings: ["both"],
    makers: IMPLANT_MAKERS,
    packs: [{ label: "each", units: 1 }],
    products: [
      { name: "Bone screw, cortical, titanium", specs: screws, price: 420 },
      { name: "Bone screw, locking, stainless steel", specs: screws, price: 510 },
      { name: "Bone plate, straight", specs: ["4 hole", "6 hole", "8 hole", "10 hole", "12 hole"].flatMap((h) => ["3.5 mm", "4.5 mm"].map((s) => `${s}, ${h}`)), price: 1900 },
      { name: "Suture anchor, knotless", specs: ["2.4 mm", "2.9 mm", "3.5 mm", "4.5 mm", "5.5 mm"], price: 950 },
      { name: "Hernia mesh, polypropylene", specs: ["6 x 11 cm", "10 x 15 cm", "15 x 15 cm", "15 x 30 cm", "30 x 30 cm"], price: 780 },
      { name: "Intraocular lens, single piece", specs: range(10, 30, 0.5).map((d) => `+${d.toFixed(1)} diopter`), price: 650 },
      { name: "Coronary stent, drug-coated", specs: ["2.25", "2.5", "2.75", "3.0", "3.5", "4.0"].flatMap((d) => [8, 12, 15, 18, 23, 28, 33].map((l) => `${d} mm x ${l} mm`)), price: 2600 },
      { name: "Ureteral stent", specs: french.slice(0, 5).flatMap((f) => cm([22, 24, 26, 28]).map((l) => `${f}, ${l}`)), price: 340 },
      { name: "Hip femoral stem, cementless", specs: range(1, 12, 1).map((n) => `size ${n}`), price: 5200 },
      { name: "Knee tibial insert, polyethylene", specs: range(1, 8, 1).flatMap((n) => ["9 mm", "11 mm", "13 mm", "16 mm"].map((t) => `size ${n}, ${t}`)), price: 2400 },
      { name: "Spinal interbody cage", specs: range(8, 16, 1).flatMap((h) => ["neutral", "lordotic"].map((a) => `${h} mm, ${a}`)), price: 4800 },
      { name: "Pedicle screw, polyaxial", specs: ["4.5", "5.5", "6.5", "7.5"].flatMap((d) => [30, 35, 40, 45, 50].map((l) => `${d} mm x ${l} mm`)), price: 1100 },
    ],
  },
  {
    kind: "drug",
    revenueCode: "0250",
    settings: ["both"],
    makers: PHARMA_MAKERS,
    packs: [{ label: "per dose", units: 1 }],
    products: [
      { name: "Acetaminophen tablet", specs: ["325 mg", "500 mg"], price: 1.5, drug: () => ({ unit: 1, type: "EA" }) },
      { name: "Acetaminophen oral liquid", specs: ["160 mg per 5 mL", "500 mg per 15 mL"], price: 4, drug: (s) => ({ unit: s.includes("15 mL") ? 15 : 5, type: "ML" }) },
      { name: "Ibuprofen tablet", specs: ["200 mg", "400 mg", "600 mg", "800 mg"], price: 1.2, drug: () => ({ unit: 1, type: "EA" }) },
      { name: "Oxycodone tablet", specs: ["5 mg", "10 mg"], price: 3.8, drug: () => ({ unit: 1, type: "EA" }) },
      { name: "Metoprolol tartrate tablet", specs: ["25 mg", "50 mg", "100 mg"], price: 1.1, drug: () => ({ unit: 1, type: "EA" }) },
      { name: "Lisinopril tablet", specs: ["5 mg", "10 mg", "20 mg", "40 mg"], price: 1.0, drug: () => ({ unit: 1, type: "EA" }) },
      { name: "Atorvastatin tablet", specs: ["10 mg", "20 mg", "40 mg", "80 mg"], price: 1.3, drug: () => ({ unit: 1, type: "EA" }) },
      { name: "Pantoprazole delayed-release tablet", specs: ["20 mg", "40 mg"], price: 2.2, drug: () => ({ unit: 1, type: "EA" }) },
      { name: "Cefazolin for injection", specs: ["1 gram vial", "2 gram vial"], price: 38, drug: (s) => ({ unit: s.startsWith("2") ? 2 : 1, type: "GR" }) },
      { name: "Vancomycin for injection", specs: ["500 mg vial", "1 gram vial"], price: 52, drug: (s) => (s.startsWith("500") ? { unit: 500, type: "ME" } : { unit: 1, type: "GR" }) },
      { name: "Lidocaine 1% injection", specs: ["5 mL vial", "10 mL vial", "20 mL vial"], price: 12, drug: (s) => ({ unit: Number.parseInt(s, 10), type: "ML" }) },
      { name: "Lactated Ringer's IV solution", specs: ["500 mL bag", "1,000 mL bag"], price: 70, drug: (s) => ({ unit: s.startsWith("500") ? 500 : 1000, type: "ML" }) },
      { name: "Dextrose 5% IV solution", specs: ["250 mL bag", "500 mL bag", "1,000 mL bag"], price: 65, drug: (s) => ({ unit: s.startsWith("250") ? 250 : s.startsWith("500") ? 500 : 1000, type: "ML" }) },
      { name: "Hydromorphone injection", specs: ["1 mg per mL", "2 mg per mL"], price: 24, drug: () => ({ unit: 1, type: "ML" }) },
      { name: "Famotidine injection", specs: ["20 mg per 2 mL"], price: 15, drug: () => ({ unit: 2, type: "ML" }) },
      { name: "Potassium chloride extended-release tablet", specs: ["10 mEq", "20 mEq"], price: 1.6, drug: () => ({ unit: 1, type: "EA" }) },
      { name: "Insulin glargine pen", specs: ["100 units per mL, 3 mL pen"], price: 140, drug: () => ({ unit: 300, type: "F2" }) },
      { name: "Mupirocin 2% ointment", specs: ["15 gram tube", "22 gram tube"], price: 34, drug: (s) => ({ unit: Number.parseInt(s, 10), type: "GM" }) },
      { name: "Albuterol inhalation solution", specs: ["2.5 mg per 3 mL"], price: 6, drug: () => ({ unit: 3, type: "ML" }) },
      { name: "Heparin injection", specs: ["5,000 units per mL, 1 mL vial"], price: 18, drug: () => ({ unit: 5000, type: "UN" }) },
    ],
  },
  {
    kind: "lab",
    revenueCode: "0301",
    settings: ["both"],
    makers: LAB_SITES,
    packs: [{ label: "", units: 1 }],
    products: [
      { name: "Vitamin D (25-hydroxy) level", specs: ["serum"], price: 190 },
      { name: "Vitamin B12 level", specs: ["serum"], price: 120 },
      { name: "Ferritin level", specs: ["serum"], price: 95 },
      { name: "Magnesium level", specs: ["serum", "urine"], price: 60 },
      { name: "Phosphorus level", specs: ["serum", "urine"], price: 55 },
      { name: "Lactic acid level", specs: ["plasma", "arterial blood"], price: 110 },
      { name: "Troponin, high sensitivity", specs: ["initial", "repeat at 2 hours", "repeat at 6 hours"], price: 160 },
      { name: "B-type natriuretic peptide", specs: ["plasma"], price: 210 },
      { name: "Prothrombin time with INR", specs: ["plasma"], price: 45 },
      { name: "Partial thromboplastin time", specs: ["plasma"], price: 55 },
      { name: "D-dimer, quantitative", specs: ["plasma"], price: 130 },
      { name: "Blood culture", specs: ["aerobic bottle", "anaerobic bottle", "pediatric bottle"], price: 150 },
      { name: "Urine culture with colony count", specs: ["clean catch", "catheter specimen"], price: 90 },
      { name: "Influenza A and B rapid test", specs: ["nasal swab", "throat swab"], price: 120 },
      { name: "Strep A rapid test", specs: ["throat swab"], price: 70 },
      { name: "Hepatitis C antibody", specs: ["serum"], price: 115 },
      { name: "Lipase level", specs: ["serum"], price: 75 },
      { name: "C-reactive protein, high sensitivity", specs: ["serum"], price: 80 },
      { name: "Drug screen, urine", specs: ["5 drug classes", "10 drug classes"], price: 140 },
      { name: "Blood type and antibody screen", specs: ["whole blood"], price: 160 },
    ],
  },
];

// Interleaving pattern (20 lines): supplies dominate real chargemasters, then
// implants, drugs and labs. Small families come up less often so they run out
// of fresh combinations later.
const FAMILY_PATTERN = [0, 2, 0, 3, 1, 0, 2, 4, 0, 1, 0, 3, 2, 0, 1, 0, 2, 3, 0, 4] as const;

// Departments used to list a product again once every combination is used.
// (operating room, emergency, cath lab, labor & delivery, interventional radiology,
// outpatient surgery, endoscopy, ICU, orthopedic clinic, wound care)
const DEPARTMENTS = ["OR", "ED", "CATH LAB", "L&D", "IR", "OPS", "ENDO", "ICU", "ORTHO CLINIC", "WOUND CARE"];

const TERSE: readonly [RegExp, string][] = [
  [/,/g, ""],
  [/ mm x /g, "X"],
  [/(\d) (mm|cm|mL|Fr|mg|mEq)\b/g, "$1$2"],
  [/(\d) gauge\b/g, "$1G"],
  [/\bextra small\b/g, "XS"],
  [/\bextra large\b/g, "XL"],
  [/\bsmall\b/g, "SM"],
  [/\bmedium\b/g, "MD"],
  [/\blarge\b/g, "LG"],
  [/\bpack of (\d+)/g, "PK/$1"],
  [/\bbox of (\d+)/g, "BX/$1"],
  [/ per /g, "/"],
  [/\s+/g, " "],
];

function terse(text: string): string {
  let s = text;
  for (const [re, to] of TERSE) s = s.replace(re, to);
  return s.trim().toUpperCase();
}

/**
 * The n-th synthetic chargemaster line (n = 0, 1, 2, ...) for a hospital.
 * cdmPrefix makes the CDM numbers distinct between hospitals.
 */
export function syntheticEntry(n: number, cdmPrefix: string): CatalogEntry {
  const famIndex = FAMILY_PATTERN[n % FAMILY_PATTERN.length] as number;
  const family = FAMILIES[famIndex] as Family;
  // How many earlier lines used this family = this line's index within the family.
  const k = familyOrdinal(n, famIndex);

  // Mixed-radix walk: product changes fastest, then spec, maker, pack, department round.
  const products = family.products;
  const product = products[k % products.length] as Product;
  let q = Math.floor(k / products.length);
  const spec = product.specs[q % product.specs.length] as string;
  const specIndex = q % product.specs.length;
  q = Math.floor(q / product.specs.length);
  const maker = family.makers[q % family.makers.length] as string;
  q = Math.floor(q / family.makers.length);
  const pack = family.packs[q % family.packs.length] as { label: string; units: number };
  const round = Math.floor(q / family.packs.length);

  // Chargemaster style: terse upper-case text, as CDM systems store it (and it
  // keeps a 700,000-row benchmark file near realistic bytes per row).
  const parts = [product.name, spec, maker.split(" ")[0] as string];
  if (pack.units > 1) parts.push(pack.label);
  let description = terse(parts.join(" "));
  if (round > 0) description += ` ${DEPARTMENTS[(round - 1) % DEPARTMENTS.length]}`;
  // After the last department, descriptions repeat under new CDM numbers (real chargemasters have such duplicates).

  // Price: bigger sizes and multi-packs cost more; makers differ by up to ±25%.
  const makerFactor = 0.75 + (hashSeed("maker", maker) % 1000) / 2000;
  const sizeFactor = 1 + 0.04 * specIndex;
  const packFactor = pack.units === 1 ? 1 : pack.units * 0.85;
  const basePrice = product.price * makerFactor * sizeFactor * packFactor;

  const entry: CatalogEntry = {
    key: `SYN:${n}`,
    description,
    codes: [
      { code: `${cdmPrefix}${String(n).padStart(7, "0")}`, type: "CDM" },
      { code: family.revenueCode, type: "RC" },
    ],
    settings: family.settings,
    kind: family.kind,
    basePrice,
  };
  if (product.drug) entry.drug = product.drug(spec);
  return entry;
}

function familyOrdinal(n: number, famIndex: number): number {
  const perCycle = FAMILY_PATTERN.filter((f) => f === famIndex).length;
  const cycle = Math.floor(n / FAMILY_PATTERN.length);
  const pos = n % FAMILY_PATTERN.length;
  let before = 0;
  for (let i = 0; i < pos; i++) if (FAMILY_PATTERN[i] === famIndex) before++;
  return cycle * perCycle + before;
}
